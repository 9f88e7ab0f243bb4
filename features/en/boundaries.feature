Feature: Negative and boundary cases
  What the engine must refuse to advise, and where its judgements change.

  Scenario Outline: Geopolitical exposure <risk> turns M&A and alliances down
    Given a firm well placed to go abroad:
      | field                    | value |
      | global_competitiveness   | 5     |
      | international_management | 5     |
      | financial_strength       | 5     |
      | ma_targets               | 4     |
      | foreign_partner_fit      | 4     |
      | share_willingness        | 4     |
      | core_ip                  | 4     |
      | tech_gap                 | 3     |
      | geopolitical_risk        | <risk> |
    When the expert system gives its advice
    Then the verdict on cross_border_ma is <verdict>
    And the verdict on cross_border_alliance is <verdict>

    Examples:
      | risk | verdict                |
      | 1    | recommended            |
      | 3    | recommended            |
      | 4    | possible               |
      | 5    | not advised            |

  Scenario: Under sanctions, both reasons against going abroad are listed
    Given a firm answering geopolitical_risk=5, foreign_partner_fit=4, share_willingness=4, ma_targets=4
    When the expert system gives its advice
    Then the reasons against cross_border_alliance include rules XC-01, XC-03
    And the reasons against cross_border_ma include rules XC-02, XC-04
    And the next steps include rule ADV-16

  Scenario Outline: A firm with no cluster peers gets no cluster cooperation (<role>)
    Given a firm answering cluster_peers=0, cluster_role=<role>, share_willingness=5, dev_difficulty=5
    When the expert system gives its advice
    Then cluster_cooperation is vetoed by rule CLU-06
    And the verdict on cluster_cooperation is not advised
    And the next steps do not include rule ADV-05

    Examples:
      | role            |
      | core_large_firm |
      | standalone      |

  Scenario: All answers unknown gives no recommendation, and says so
    Given all answers are unknown
    When the expert system gives its advice
    Then no path is recommended
    And the verdict on original is undetermined
    And the report says the answers do not support any path yet
    And the unknowns that matter include rd_resources, tech_availability

  Scenario Outline: Boundary of the fit thresholds: one piece of evidence of strength <strength>
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the verdict on <path> is <verdict>

    Examples:
      | answers                  | path          | strength | verdict     |
      | imitation_barrier=4      | original      | 0.4      | possible    |
      | competitor_count=few     | original      | 0.3      | possible    |
      | ma_targets=4             | cross_border_ma | 0.5    | possible    |
      | tech_availability=2      | import_absorb | -0.5     | not advised |
