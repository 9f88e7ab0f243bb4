Feature: Which paths to combine, and what to do next (004 §6; 003 §3; 004 §5)
  A cluster should combine several paths rather than rely on one (004 §6). Advice for a path is given only
  when the path is recommended or possible.

  Scenario Outline: Combine <paths>: <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the combination includes rule <rule>

    Examples:
      | paths                                       | case                                     | answers                                                                                          | rule   |
      | import now, original later                  | buyable and digestible, R&D still modest | tech_availability=4, absorptive_capacity=4, rd_resources=3, rd_intensity=3%, talent_base=3, imitation_barrier=4, competitor_count=few, tech_gap=3, geopolitical_risk=2 | CMB-01 |
      | consortium for the core, alliance outside   | a strategic field with a foreign partner | strategic_sector=yes, foreign_partner_fit=4, share_willingness=4                                 | CMB-02 |
      | cluster firms with government and academia  | peers in a strategic field               | cluster_role=core_large_firm, cluster_peers=2, strategic_sector=yes                              | CMB-03 |
      | acquire, then digest and re-innovate        | good targets and absorption              | ma_targets=5, absorptive_capacity=4, tech_gap=4, geopolitical_risk=2                             | CMB-04 |
      | alliance first, own research after          | a partner, research strength, no blockade | foreign_partner_fit=4, share_willingness=4, rd_resources=4, imitation_barrier=4, geopolitical_risk=1, strategic_sector=no | CMB-05 |
      | own research on the core, import the rest   | strong research and buyable parts        | rd_resources=4, imitation_barrier=4, tech_availability=4, absorptive_capacity=4                  | CMB-06 |
      | cluster consortium seeks foreign partners   | coordinated peers and a foreign partner  | cluster_role=core_large_firm, cluster_peers=2, association_strength=4, foreign_partner_fit=4, share_willingness=4 | CMB-07 |
      | consortium for the generic, own for the core | core not for sale, strong research      | tech_availability=1, rd_resources=5, imitation_barrier=5, strategic_sector=yes                   | CMB-08 |

  Scenario Outline: Next step <rule> (<topic>): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the next steps include rule <rule>

    Examples:
      | rule   | topic         | case                                        | answers                                                                                          |
      | ADV-01 | funding       | frontier research funded by government      | tech_stage=basic_frontier, strategic_sector=yes                                                  |
      | ADV-02 | funding       | key core technology, mixed funding          | tech_stage=key_core, strategic_sector=yes                                                        |
      | ADV-03 | funding       | market application funded by the market     | tech_stage=application                                                                           |
      | ADV-04 | funding       | a multi-year budget for own research        | rd_resources=4, imitation_barrier=4, tech_stage=key_core                                         |
      | ADV-05 | collaboration | parallel work with cluster peers            | cluster_role=core_large_firm, cluster_peers=2                                                    |
      | ADV-06 | collaboration | engineers seconded to a joint institute     | strategic_sector=yes, dev_difficulty=4                                                           |
      | ADV-07 | collaboration | staged hand-over from the licensor          | tech_availability=4, absorptive_capacity=4                                                       |
      | ADV-08 | collaboration | outside experts when talent is short        | talent_base=2                                                                                    |
      | ADV-09 | collaboration | alliance goals in writing                   | foreign_partner_fit=4, share_willingness=4                                                       |
      | ADV-10 | enabler       | press for a coordination platform           | cluster_role=core_large_firm, cluster_peers=2, association_strength=3                            |
      | ADV-11 | enabler       | government help before bidding              | ma_targets=5, absorptive_capacity=4, tech_gap=4, gov_support=3                                   |
      | ADV-12 | enabler       | a government-led consortium                 | strategic_sector=yes, tech_stage=key_core                                                        |
      | ADV-13 | risk          | a digestion budget against the import trap  | tech_availability=5, absorptive_capacity=4, import_dependence=3                                  |
      | ADV-14 | risk          | fence off know-how in an alliance           | foreign_partner_fit=5, share_willingness=5, alliance_focus=technology, ip_leakage_concern=4      |
      | ADV-15 | risk          | screening risk of an acquisition            | ma_targets=5, absorptive_capacity=4, tech_gap=4, geopolitical_risk=3                             |
      | ADV-16 | risk          | prepare for supplies being cut              | geopolitical_risk=4                                                                              |

  Scenario: Advice for a path that is not advised is not given
    Given a firm answering tech_availability=1, absorptive_capacity=4, rd_resources=3, rd_intensity=3%, talent_base=3, imitation_barrier=4, competitor_count=few, tech_gap=3, geopolitical_risk=2
    When the expert system gives its advice
    Then the verdict on import_absorb is not advised
    And the verdict on original is recommended or possible
    And the next steps do not include rule ADV-07
    And the combination does not include rule CMB-01
