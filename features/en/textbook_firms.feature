Feature: The firm each path is written for comes first on that path
  Each row is the firm a passage describes, answered only where the passage speaks; the expected first path
  was written from the passage before the engine ran. A knowledge change that moves one of them away from
  its own path needs a reason in the papers.

  Scenario Outline: <path> comes first for the firm <source> describes: <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the first choice is <path>
    And the verdict on <path> is recommended

    Examples:
      | path                  | source          | zh                                   | case                                              | answers |
      | import_absorb         | 004 §3.2        | 研发薄弱、技术可买、能消化的配套企业 | a supplier with thin R&D, a buyable technology and the capacity to digest it | cluster_role=sme_supplier, rd_resources=2, rd_intensity=2%, talent_base=2, tech_availability=5, absorptive_capacity=4, tech_gap=4, time_pressure=4, core_ip=2, financial_strength=3 |
      | original              | 004 §3.1        | 资源充足、难以仿制、对手很少的前沿企业 | a frontier firm with ample R&D, copy-proof products and few rivals | cluster_role=core_large_firm, rd_resources=5, rd_intensity=8%, talent_base=5, core_ip=5, tech_gap=1, imitation_barrier=5, competitor_count=few, tech_availability=1 |
      | gov_industry_academia | 004 §3.3, §5.3  | 关键领域、买不来的前沿基础技术       | frontier basic technology in a key field, not for sale, with government and universities behind it | strategic_sector=yes, tech_availability=1, gov_support=5, academic_links=5, tech_stage=basic_frontier, dev_difficulty=5, rd_resources=3, industry_frontier=4 |
      | cluster_cooperation   | 004 §3.4, §5.1  | 有同行、有协调、愿共享的集群核心企业 | a core firm with peers, a strong association and a will to share | cluster_role=core_large_firm, cluster_peers=3, association_strength=5, peer_rivalry=2, dev_difficulty=4, share_willingness=4, tech_availability=2, gov_support=2, rd_resources=3 |
      | cross_border_alliance | 004 §3.5        | 有缺口、有专长、有互补外方伙伴的企业 | a firm with a gap, core competence to show and a complementary foreign partner | tech_gap=3, core_ip=4, foreign_partner_fit=5, share_willingness=4, alliance_focus=technology, geopolitical_risk=1, absorptive_capacity=4, tech_availability=3, rd_resources=3 |
      | cross_border_ma       | 004 §3.6, §5.2  | 有全球竞争力和整合能力、时间紧的收购方 | a world-class acquirer in a hurry with good targets | global_competitiveness=5, international_management=5, financial_strength=5, ma_targets=5, tech_gap=4, time_pressure=5, core_ip=3, absorptive_capacity=4, geopolitical_risk=1, strategic_sector=no, rd_resources=3 |
