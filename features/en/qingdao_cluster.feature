Feature: The Qingdao home-appliance cluster (004 §4, §5)
  Qingdao's cluster of large firms (Haier, Hisense, Aucma) found three working paths to core technology:
  original innovation, import and absorb, and cross-border technology alliances (004 §4). It lacked joint R&D
  by the cluster's large firms, cross-border M&A and government-industry-university-research cooperation
  (004 §5). Each documented case below gives the firm's answers (values the paper does not report are
  plausible estimates, as in examples/) and what the engine must say: the path the firm took comes first, and
  the paths the cluster lacked are held back by the conditions 004 §5 names.

  Scenario: Hisense's ASIC design centre, 2001: original in-house innovation (004 §4.1)
    Given Hisense, a core firm of the cluster, needs its own digital-TV chip:
      | field | value |
      | cluster_role             | core_large_firm |
      | strategic_sector         | true |
      | industry_frontier        | 2 |
      | rd_intensity             | 0.05 |
      | rd_resources             | 4 |
      | core_ip                  | 3 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 4 |
      | global_competitiveness   | 2 |
      | international_management | 2 |
      | talent_base              | 3 |
      | tech_gap                 | 4 |
      | imitation_barrier        | 4 |
      | competitor_count         | few |
      | dev_difficulty           | 4 |
      | tech_availability        | 2 |
      | tech_stage               | key_core |
      | time_pressure            | 3 |
      | gov_support              | 3 |
      | academic_links           | 3 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 2 |
      | geopolitical_risk        | 2 |
      | ip_leakage_concern       | 4 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 5 |
    When the expert system gives its advice
    Then the first choice is original
    And the reasons for original include rules ORI-01, ORI-02, ORI-03, ORI-05
    And the verdict on cluster_cooperation is not advised
    And the reasons against cluster_cooperation include rule CLU-07
    And the verdict on cross_border_ma is not advised
    And the reasons against cross_border_ma include rules MA-08, MA-09
    And the verdict on gov_industry_academia is recommended
    And the combination includes rule CMB-08

  Scenario: Haier's forerunner imports Liebherr's refrigerator line, 1984 (004 §4.2)
    Given a near-bankrupt refrigerator factory that can license a production line:
      | field | value |
      | cluster_role             | standalone |
      | strategic_sector         | false |
      | industry_frontier        | 1 |
      | rd_intensity             | 0.01 |
      | rd_resources             | 1 |
      | core_ip                  | 1 |
      | absorptive_capacity      | 3 |
      | financial_strength       | 1 |
      | global_competitiveness   | 1 |
      | international_management | 1 |
      | talent_base              | 2 |
      | tech_gap                 | 5 |
      | imitation_barrier        | 2 |
      | competitor_count         | many |
      | dev_difficulty           | 3 |
      | tech_availability        | 5 |
      | tech_stage               | application |
      | time_pressure            | 5 |
      | gov_support              | 3 |
      | academic_links           | 1 |
      | cluster_peers            | 0 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 1 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 1 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    When the expert system gives its advice
    Then the first choice is import_absorb
    And the reasons for import_absorb include rules IMP-01, IMP-03
    And the verdict on original is not advised
    And the verdict on original is not advised
    And the reasons against original include rule ORI-06
    And the verdict on cluster_cooperation is not advised
    And cluster_cooperation is vetoed by rule CLU-06
    And the verdict on cross_border_ma is not advised
    And cross_border_ma is vetoed by rule MA-06
    And the verdict on gov_industry_academia is not advised
    And the reasons against gov_industry_academia include rule GIA-09

  Scenario: Hisense imports and digests Japanese inverter technology, 1996 (004 §4.2)
    Given Hisense's air-conditioner institute, with inverter technology on licence from Japan:
      | field | value |
      | cluster_role             | core_large_firm |
      | strategic_sector         | false |
      | industry_frontier        | 2 |
      | rd_intensity             | 0.03 |
      | rd_resources             | 3 |
      | core_ip                  | 2 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 3 |
      | global_competitiveness   | 2 |
      | international_management | 2 |
      | talent_base              | 3 |
      | tech_gap                 | 4 |
      | imitation_barrier        | 3 |
      | competitor_count         | some |
      | dev_difficulty           | 4 |
      | tech_availability        | 4 |
      | tech_stage               | application |
      | time_pressure            | 4 |
      | gov_support              | 2 |
      | academic_links           | 2 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 2 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 2 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    When the expert system gives its advice
    Then the first choice is import_absorb
    And the reasons for import_absorb include rules IMP-01, IMP-02, IMP-03, IMP-05
    And the verdict on cluster_cooperation is not advised
    And the assessment rivalry_unmanaged holds
    And the reasons against cluster_cooperation include rule CLU-07
    And the verdict on cross_border_ma is not advised
    And the assessment ma_capable does not hold
    And the verdict on gov_industry_academia is not advised
    And the reasons against gov_industry_academia include rules GIA-08, GIA-09

  Scenario: Haier TV's technology alliances with Philips, Metz, Toshiba and nine others (004 §4.3)
    Given Haier TV, with twelve foreign partners whose gaps complement its own:
      | field | value |
      | cluster_role             | core_large_firm |
      | strategic_sector         | false |
      | industry_frontier        | 3 |
      | rd_intensity             | 0.04 |
      | rd_resources             | 4 |
      | core_ip                  | 3 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 4 |
      | global_competitiveness   | 3 |
      | international_management | 3 |
      | talent_base              | 3 |
      | tech_gap                 | 3 |
      | imitation_barrier        | 3 |
      | competitor_count         | many |
      | dev_difficulty           | 4 |
      | tech_availability        | 3 |
      | tech_stage               | key_core |
      | time_pressure            | 4 |
      | gov_support              | 2 |
      | academic_links           | 2 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 5 |
      | share_willingness        | 4 |
      | alliance_focus           | technology |
      | ma_targets               | 2 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 2 |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    When the expert system gives its advice
    Then the first choice is cross_border_alliance
    And the reasons for cross_border_alliance include rules ALL-01, ALL-02
    And the reasons against cluster_cooperation include rule CLU-07
    And the fit of cluster_cooperation is below 0.5
    And the assessment ma_capable does not hold
    And the fit of cross_border_ma is below 0.5
    And the verdict on gov_industry_academia is not advised
    And the reasons against gov_industry_academia include rule GIA-08
