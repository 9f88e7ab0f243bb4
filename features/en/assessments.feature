Feature: Derived assessments, the judgements the evidence rests on
  Three-valued logic: an assessment holds, does not hold, or is undecided when it depends on an answer the
  firm did not give.

  Scenario Outline: <fact> holds when <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the assessment <fact> holds

    Examples:
      | fact                      | case                                         | answers                                                          |
      | ample_rd                  | own R&D resources are high                   | rd_resources=4                                                   |
      | thin_rd                   | resources and spending are low               | rd_resources=2, rd_intensity=1%                                  |
      | high_imitation_barrier    | products are hard to copy                    | imitation_barrier=4                                              |
      | imitation_exposed         | easy copying meets many rivals               | imitation_barrier=1, competitor_count=many                       |
      | can_absorb                | absorptive capacity is high                  | absorptive_capacity=4                                            |
      | tech_buyable              | the technology is on offer                   | tech_availability=4                                              |
      | tech_locked               | the technology is not for sale               | tech_availability=1                                              |
      | openness_blocked          | geopolitical exposure is high                | geopolitical_risk=4                                              |
      | hard_core_tech            | hard to develop and to import                | dev_difficulty=4, tech_availability=2                            |
      | cluster_partner_available | one peer shares the need                     | cluster_peers=1                                                  |
      | coordination_available    | the association is strong                    | association_strength=4                                           |
      | rivalry_unmanaged         | rivalry is fierce and no one coordinates     | peer_rivalry=4, association_strength=2                           |
      | ma_capable                | competitive, global and rich                 | global_competitiveness=4, international_management=5, financial_strength=4 |
      | foreign_partner_available | a partner fits and the firm will share       | foreign_partner_fit=4, share_willingness=4                       |
      | import_trap_risk          | dependent on imports, cannot digest          | import_dependence=4, absorptive_capacity=2                       |
      | leakage_risk              | leakage is a real concern                    | ip_leakage_concern=4                                             |
      | talent_short              | talent is scarce                             | talent_base=2                                                    |
      | short_term_bias           | short-term pressure is strong                | short_termism=4                                                  |
      | capability_base           | substantial patents and know-how             | core_ip=4                                                        |
      | gov_backing               | government support is strong                 | gov_support=4                                                    |
      | urgent                    | time pressure is high                        | time_pressure=4                                                  |

  Scenario Outline: <fact> <state> at the boundary: <answers>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the assessment <fact> <state>

    Examples:
      | fact             | answers                                        | state         |
      | ample_rd         | rd_resources=3                                 | is undecided  |
      | ample_rd         | rd_resources=3, talent_base=3                  | does not hold |
      | ample_rd         | rd_resources=3, rd_intensity=5%, talent_base=4 | holds         |
      | ample_rd         | rd_resources=3, rd_intensity=4.9%, talent_base=4 | does not hold |
      | openness_blocked | geopolitical_risk=3                            | does not hold |
      | openness_blocked | geopolitical_risk=4                            | holds         |
      | tech_locked      | strategic_sector=no, tech_availability=2       | does not hold |
      | tech_locked      | strategic_sector=yes, tech_availability=2      | holds         |
      | tech_locked      | tech_availability=2                            | is undecided  |
