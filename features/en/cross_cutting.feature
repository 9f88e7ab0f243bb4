Feature: Risks of openness that bear on several paths (001, 002)
  Geopolitics, over-reliance on imports, leakage of know-how, talent shortage and short-termism each speak
  for some paths and against others.

  Scenario Outline: <case> speaks <side> <path> (<source>)
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons <side> <path> include rule <rule>

    Examples: Geopolitics: export controls, sanctions, investment screening, visa limits
      | case                                 | answers                                   | side    | path                  | rule  | source          |
      | blocked openness                     | geopolitical_risk=4                       | against | cross_border_alliance | XC-01 | 001 §4.3        |
      | blocked openness                     | geopolitical_risk=4                       | against | cross_border_ma       | XC-02 | 002 §二(三)4    |
      | direct sanctions                     | geopolitical_risk=5                       | against | cross_border_alliance | XC-03 | 002 §二(三)4    |
      | direct sanctions                     | geopolitical_risk=5                       | against | cross_border_ma       | XC-04 | 002 §二(三)4    |
      | export controls on licences          | geopolitical_risk=4                       | against | import_absorb         | XC-05 | 002 §二(三)4    |
      | self-reliance first                  | geopolitical_risk=4, rd_resources=3       | for     | original              | XC-06 | 002 §三(一)     |
      | a domestic joint push                | geopolitical_risk=4                       | for     | gov_industry_academia | XC-07 | 002 §三(一)     |
      | cluster firms facing the same squeeze | geopolitical_risk=4, cluster_peers=1     | for     | cluster_cooperation   | XC-08 | 004 §3.4        |

    Examples: Over-reliance, leakage, talent, short-termism
      | case                                 | answers                                   | side    | path                  | rule  | source          |
      | over-reliance with research strength | import_dependence=4, rd_resources=4       | for     | original              | XC-09 | 001 §4.1        |
      | over-reliance on imports             | import_dependence=5                       | against | import_absorb         | XC-10 | 001 §4.1        |
      | leaking know-how to partners         | ip_leakage_concern=4                      | against | cross_border_alliance | XC-11 | 001 §3          |
      | leaking know-how to rivals           | ip_leakage_concern=5, peer_rivalry=3      | against | cluster_cooperation   | XC-12 | 001 §3          |
      | talent shortage                      | talent_base=2                             | against | original              | XC-13 | 001 §4.3        |
      | talent from universities             | talent_base=1, academic_links=4           | for     | gov_industry_academia | XC-14 | 003 §3.1        |
      | talent bought with a target          | talent_base=2, ma_targets=4               | for     | cross_border_ma       | XC-15 | 001 §4.3        |
      | short-termism starves own R&D        | short_termism=4                           | against | original              | XC-16 | 001 §4.2        |
      | short-termism skips digestion        | short_termism=5                           | against | import_absorb         | XC-17 | 001 §4.2        |
