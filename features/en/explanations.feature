Feature: Explanations, not only rankings
  A recommendation says why (the rules that fired, with their sources), why not, and which unanswered
  questions could change it.

  Scenario: The reasons for cross-border M&A name the rules behind them
    Given a globally competitive firm with money, global managers and targets to buy:
      | field                    | value |
      | global_competitiveness   | 5     |
      | international_management | 4     |
      | financial_strength       | 5     |
      | ma_targets               | 5     |
      | time_pressure            | 5     |
      | gov_support              | 4     |
    When the expert system gives its advice
    Then the first choice is cross_border_ma
    And the reasons for cross_border_ma include rules MA-01, MA-02, MA-04, MA-05
    And the reasons against cross_border_ma do not include rule MA-06
    And the assessment ma_capable holds

  Scenario: An unknown financial strength is one of the answers that matter
    Given the answer to global_competitiveness is 5
    And the answer to international_management is 4
    And the answer to financial_strength is unknown
    And the answer to ma_targets is 5
    When the expert system gives its advice
    Then the assessment ma_capable is undecided
    And the unknowns that matter for cross_border_ma include financial_strength
    And the reasons for cross_border_ma do not include rule MA-01

  Scenario Outline: A veto makes a path not advised whatever else speaks for it: <case>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then <path> is vetoed by rule <rule>
    And the verdict on <path> is not advised

    Examples:
      | case                                  | answers                                                         | path                | rule   |
      | nothing to import                     | tech_availability=1, absorptive_capacity=5, time_pressure=5     | import_absorb       | IMP-06 |
      | no money for an acquisition           | financial_strength=1, ma_targets=5, global_competitiveness=5    | cross_border_ma     | MA-06  |
      | no peer in the cluster                | cluster_peers=0, cluster_role=core_large_firm, share_willingness=5 | cluster_cooperation | CLU-06 |

  Scenario: The paths are ranked by verdict, then by fit
    Given a firm answering rd_resources=5, imitation_barrier=5, competitor_count=few, tech_availability=1
    When the expert system gives its advice
    Then the first choice is original
    And original ranks above import_absorb
    And the fit of original is at least 0.5
    And the fit of import_absorb is below 0
