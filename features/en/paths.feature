Feature: The literature's conditions for and against each of the six paths
  Each row of an Examples table is one case: the answers a firm gives (field=value, everything else unknown)
  and the rule the literature says must speak for or against the path. Add a row to add a case.

  Scenario Outline: Original in-house innovation (004 §3.1, §5.3): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> original include rule <rule>

    Examples:
      | case                                         | answers                                                   | side    | rule   |
      | ample own R&D, results hard to copy          | rd_resources=4, imitation_barrier=4                       | for     | ORI-01 |
      | heavy R&D spending, talent, few rivals       | rd_intensity=8%, talent_base=4, competitor_count=few      | for     | ORI-01 |
      | products hard to copy                        | imitation_barrier=5                                       | for     | ORI-02 |
      | few potential competitors                    | competitor_count=few                                      | for     | ORI-03 |
      | own patents, close to the frontier           | core_ip=4, tech_gap=2                                     | for     | ORI-04 |
      | core not for sale and research strength      | tech_availability=1, rd_resources=5                       | for     | ORI-05 |
      | strategic field with narrow channels         | strategic_sector=yes, tech_availability=2, rd_resources=4 | for     | ORI-05 |
      | thin R&D resources                           | rd_resources=2, rd_intensity=0.02                         | against | ORI-06 |
      | easy to copy and many rivals                 | imitation_barrier=2, competitor_count=many                | against | ORI-07 |
      | far behind and in a hurry                    | tech_gap=5, time_pressure=5                               | against | ORI-08 |
      | far behind, buyable, no ample R&D            | tech_availability=4, tech_gap=4, rd_resources=3, talent_base=3 | against | ORI-09 |

  Scenario Outline: Import, digest, absorb and re-innovate (004 §3.2, §4.2): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> import_absorb include rule <rule>

    Examples:
      | case                                   | answers                                      | side    | rule   |
      | technology for sale abroad             | tech_availability=4                          | for     | IMP-01 |
      | able to learn by doing                 | absorptive_capacity=4                        | for     | IMP-02 |
      | clear gap and technology for sale      | tech_availability=4, tech_gap=3              | for     | IMP-03 |
      | limited own R&D, smart imitation       | tech_availability=4, rd_resources=2          | for     | IMP-04 |
      | urgent and for sale                    | tech_availability=5, time_pressure=4         | for     | IMP-05 |
      | not for sale at all                    | tech_availability=1                          | against | IMP-06 |
      | narrow, costly channels                | tech_availability=2                          | against | IMP-07 |
      | a key field of the national economy    | strategic_sector=yes                         | against | IMP-08 |
      | no capacity to digest                  | absorptive_capacity=2                        | against | IMP-09 |
      | import-lag trap                        | import_dependence=4, absorptive_capacity=2   | against | IMP-10 |
      | already at the frontier                | tech_gap=1                                   | against | IMP-11 |

  Scenario Outline: Government-industry-university-research cooperation (004 §3.3, §5.3; 003 §3.3): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> gov_industry_academia include rule <rule>

    Examples:
      | case                                          | answers                                                    | side    | rule   |
      | a key field where the core cannot be bought   | strategic_sector=yes                                       | for     | GIA-01 |
      | hard to develop and hard to import            | dev_difficulty=4, tech_availability=2                      | for     | GIA-02 |
      | advanced industry with hard remaining core    | industry_frontier=4, dev_difficulty=5, tech_availability=1 | for     | GIA-03 |
      | strong government backing for key core tech   | gov_support=4, tech_stage=key_core                         | for     | GIA-04 |
      | close ties to universities, demanding tech    | academic_links=4, dev_difficulty=4                         | for     | GIA-05 |
      | pre-competitive frontier research             | tech_stage=basic_frontier                                  | for     | GIA-06 |
      | key core technology the firm can co-fund      | tech_stage=key_core, financial_strength=4                     | for     | GIA-07 |
      | little government support                     | gov_support=2                                              | against | GIA-08 |
      | weak academic ties                            | academic_links=1                                           | against | GIA-09 |
      | a market application, even a hard one         | tech_stage=application, dev_difficulty=4                   | against | GIA-10 |

  Scenario Outline: Joint R&D by the cluster's large firms (004 §3.4, §5.1; 003 §3.2): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> cluster_cooperation include rule <rule>

    Examples:
      | case                                        | answers                                         | side    | rule   |
      | a core firm with a peer sharing the need    | cluster_peers=1, cluster_role=core_large_firm   | for     | CLU-01 |
      | a strong association coordinates            | cluster_peers=1, association_strength=4         | for     | CLU-02 |
      | a moderate association and low rivalry      | association_strength=3, peer_rivalry=2          | for     | CLU-02 |
      | several peers with the same problem         | cluster_peers=2                                 | for     | CLU-03 |
      | hard technology and a nearby peer           | cluster_peers=1, dev_difficulty=4               | for     | CLU-04 |
      | willing to share with a peer                | cluster_peers=1, share_willingness=4            | for     | CLU-05 |
      | no peer needs the technology                | cluster_peers=0                                 | against | CLU-06 |
      | fierce rivalry and no coordinator           | peer_rivalry=5, association_strength=2          | against | CLU-07 |
      | unwilling to share                          | share_willingness=2                             | against | CLU-09 |

  Scenario Outline: Cross-border technology alliance (004 §3.5, §4.3): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> cross_border_alliance include rule <rule>

    Examples:
      | case                                          | answers                                              | side    | rule   |
      | a complementary foreign partner, both open    | foreign_partner_fit=4, share_willingness=4           | for     | ALL-01 |
      | a technology alliance with a fitting partner  | alliance_focus=technology, foreign_partner_fit=4, share_willingness=4          | for     | ALL-02 |
      | able to absorb the partner's technology       | absorptive_capacity=4, foreign_partner_fit=4         | for     | ALL-04 |
      | brings its own core patents                   | core_ip=4                                            | for     | ALL-05 |
      | management experienced across borders         | international_management=4, foreign_partner_fit=4    | for     | ALL-06 |
      | market for technology                         | alliance_focus=market_for_technology                 | against | ALL-07 |
      | no fitting foreign partner                    | foreign_partner_fit=2                                | against | ALL-08 |
      | unwilling to open its core                    | share_willingness=2                                  | against | ALL-09 |

  Scenario Outline: Cross-border merger and acquisition (004 §3.6, §5.2): <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> cross_border_ma include rule <rule>

    Examples:
      | case                                         | answers                                                                        | side    | rule   |
      | globally competitive, global managers, money | global_competitiveness=4, international_management=4, financial_strength=4     | for     | MA-01  |
      | good targets for sale                        | ma_targets=4                                                                   | for     | MA-02  |
      | some groundwork, out of reach alone          | core_ip=4, tech_gap=3, rd_resources=3, talent_base=3                           | for     | MA-03  |
      | strong absorption and a clear gap            | absorptive_capacity=4, tech_gap=4, rd_resources=2, talent_base=2              | for     | MA-03  |
      | the fastest way, time is short               | time_pressure=5                                                                | for     | MA-04  |
      | government backing                           | gov_support=4                                                                  | for     | MA-05  |
      | very weak finances                           | financial_strength=1                                                           | against | MA-06  |
      | weak finances                                | financial_strength=2                                                           | against | MA-07  |
      | management without a global view            | international_management=2                                                     | against | MA-08  |
      | not globally competitive                     | global_competitiveness=2                                                       | against | MA-09  |
      | no targets                                   | ma_targets=1                                                                   | against | MA-10  |
      | no groundwork to integrate                   | core_ip=2, absorptive_capacity=2                                               | against | MA-11  |
