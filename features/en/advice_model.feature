Feature: Advice a consultant can sign: necessary conditions, independent factors, medium is not evidence
  Issue 15's findings, each as a scenario whose expectation was written from the papers before the engine
  ran: necessary conditions cap a path (004 §5.2, §3.4, §3.5), one answer is not several reasons, and a firm
  that is medium on everything gets no recommendation.

  Scenario: A firm answering 3 everywhere gets no recommended path
    Given a firm answering every level 3, a core firm of a cluster with medium peers and a technology-alliance intent:
      | field                    | value           |
      | cluster_role             | core_large_firm |
      | strategic_sector         | no              |
      | industry_frontier        | 3               |
      | rd_intensity             | 3%              |
      | rd_resources             | 3               |
      | core_ip                  | 3               |
      | absorptive_capacity      | 3               |
      | financial_strength       | 3               |
      | global_competitiveness   | 3               |
      | international_management | 3               |
      | talent_base              | 3               |
      | tech_gap                 | 3               |
      | imitation_barrier        | 3               |
      | competitor_count         | some            |
      | dev_difficulty           | 3               |
      | tech_availability        | 3               |
      | tech_stage               | key_core        |
      | time_pressure            | 3               |
      | gov_support              | 3               |
      | academic_links           | 3               |
      | cluster_peers            | 3               |
      | association_strength     | 3               |
      | peer_rivalry             | 3               |
      | foreign_partner_fit      | 3               |
      | share_willingness        | 3               |
      | ma_targets               | 3               |
      | geopolitical_risk        | 3               |
      | ip_leakage_concern       | 3               |
      | alliance_focus           | technology      |
      | short_termism            | 3               |
      | import_dependence        | 3               |
    When the expert system gives its advice
    Then the verdict on original is possible, not advised, undetermined
    And the verdict on import_absorb is possible, not advised, undetermined
    And the verdict on gov_industry_academia is possible, not advised, undetermined
    And the verdict on cluster_cooperation is possible, not advised, undetermined
    And the verdict on cross_border_alliance is possible, not advised, undetermined
    And the verdict on cross_border_ma is possible, not advised, undetermined

  Scenario: A medium acquirer with medium finances is at most possible for M&A (004 §5.2)
    Given a firm answering global_competitiveness=3, international_management=3, financial_strength=3, ma_targets=4, core_ip=4, tech_gap=4, time_pressure=4
    When the expert system gives its advice
    Then the verdict on cross_border_ma is possible, not advised
    And rule MA-14 fires

  Scenario: A firm with no core IP of its own and a medium partner gets no alliance recommendation (004 §3.5)
    Given a firm answering core_ip=1, absorptive_capacity=1, foreign_partner_fit=3, share_willingness=3, alliance_focus=technology, tech_gap=4
    When the expert system gives its advice
    Then the verdict on cross_border_alliance is possible, not advised, undetermined

  Scenario: An SME supplier is not advised to lead cluster cooperation (004 §1, §3.4)
    Given a firm answering cluster_role=sme_supplier, cluster_peers=2, association_strength=5, dev_difficulty=4
    When the expert system gives its advice
    Then the verdict on cluster_cooperation is not advised
    And rule CLU-08 fires

  Scenario: Under direct sanctions every outward path is not advised (002 §二(三)4)
    Given a firm answering geopolitical_risk=5, tech_availability=4, absorptive_capacity=4, foreign_partner_fit=4, share_willingness=4, core_ip=4, global_competitiveness=5, international_management=5, financial_strength=5, ma_targets=4
    When the expert system gives its advice
    Then the verdict on import_absorb is not advised
    And the verdict on cross_border_alliance is not advised
    And the verdict on cross_border_ma is not advised

  Scenario: An acquirer in a key field with unbuyable core technology is held back (004 §5.3)
    Given a firm answering strategic_sector=yes, tech_availability=1, global_competitiveness=5, international_management=5, financial_strength=5, ma_targets=5
    When the expert system gives its advice
    Then the reasons against cross_border_ma include rule XC-20
    And cross_border_ma does not come first

  Scenario: At the frontier with its own strength, original beats the alliance (004 §3.1, §3.5)
    Given a firm answering tech_gap=1, core_ip=5, imitation_barrier=5, competitor_count=few, rd_resources=5, foreign_partner_fit=4, share_willingness=4, alliance_focus=technology
    When the expert system gives its advice
    Then original ranks above cross_border_alliance
    And the reasons against cross_border_alliance include rule ALL-10

  Scenario: Very hard basic research is not a firm's to do alone (004 §3.3; 003 §3.3)
    Given a firm answering tech_stage=basic_frontier, dev_difficulty=5, rd_resources=4
    When the expert system gives its advice
    Then the reasons against original include rule ORI-10

  Scenario: One strong reason alone makes a path at most possible; two factors can recommend it
    Given a firm answering rd_resources=4, imitation_barrier=4
    When the expert system gives its advice
    Then the verdict on original is recommended

  Scenario: One answer is one reason: a technology for sale counts once for import, however many rules read it
    Given a firm answering tech_availability=5, tech_gap=4, time_pressure=5, absorptive_capacity=4, rd_resources=2
    When the expert system gives its advice
    Then the verdict on import_absorb is recommended
    And the fit of import_absorb is at most 0.9

  Scenario: A combination never sequences a firm into a path the same run rejects (004 §6)
    Given a firm answering tech_availability=4, absorptive_capacity=4, rd_resources=1, talent_base=2, tech_gap=3, geopolitical_risk=2
    When the expert system gives its advice
    Then the verdict on original is not advised
    And the verdict on import_absorb is recommended or possible
    And rule CMB-01 does not fire

  Scenario Outline: Ample R&D counts for going alone only when the results can be kept (004 §3.1): <case>
    004 §3.1 names ample resources, a high imitation barrier and few potential competitors together; resources
    alone, with products others can copy and several rivals, are no reason to innovate alone.
    Given a firm answering <answers>
    When the expert system gives its advice
    Then the reasons for original <neg> rule ORI-01

    Examples:
      | case                                  | zh                     | answers                                                    | neg            |
      | copyable products and several rivals  | 产品易仿、对手不少     | rd_resources=5, imitation_barrier=3, competitor_count=some | do not include |
      | products hard to copy                 | 产品难以仿制           | rd_resources=5, imitation_barrier=4, competitor_count=some | include        |
      | few potential competitors             | 潜在竞争者很少         | rd_resources=5, imitation_barrier=3, competitor_count=few  | include        |

  Scenario Outline: Far from the frontier counts against a government-led programme only outside key fields (004 §3.3, §5.3): <case>
    In a key field the real core cannot be bought (004 §5.3), so "mature technology can still be imported"
    does not hold there, however far the industry is behind.
    Given a firm answering industry_frontier=2, strategic_sector=<strategic>
    When the expert system gives its advice
    Then the reasons against gov_industry_academia <neg> rule GIA-13

    Examples:
      | case               | zh         | strategic | neg            |
      | not a key field    | 非关键领域 | no        | include        |
      | a key field        | 关键领域   | yes       | do not include |

  Scenario Outline: Near the frontier, core technology hard to develop and to import counts against going alone (004 §3.3): <case>
    004 §3.3: in an industry near the world's best the remaining core technology is hard to develop and hard
    to import, risky, slow and costly, which is where pooled work has the cost and resource advantage. A
    firm with ample R&D may still go alone, but it carries all of that itself.
    Given a firm answering rd_resources=5, imitation_barrier=5, <answers>
    When the expert system gives its advice
    Then the reasons against original <neg> rule ORI-13

    Examples:
      | case                                     | zh                     | answers                                                        | neg            |
      | near the frontier, hard and not for sale | 接近前沿、难开发难引进 | industry_frontier=4, dev_difficulty=4, tech_availability=2     | include        |
      | far from the frontier                    | 远离前沿               | industry_frontier=2, dev_difficulty=4, tech_availability=2     | do not include |
      | the technology can be licensed           | 技术可以引进           | industry_frontier=4, dev_difficulty=4, tech_availability=3     | do not include |
      | the technology is not hard               | 技术不难开发           | industry_frontier=5, dev_difficulty=3, tech_availability=1     | do not include |

  Scenario: Going alone on a hard frontier technology stays possible with ample R&D, but no longer outranks pooling with the cluster's peers (004 §3.3, §3.4)
    A core large firm with ample R&D, copy-proof products and few rivals, in a key field near the frontier,
    needs a technology hard to develop and to import (so it both can and must innovate, ORI-05); another
    large firm of its cluster needs it too and a strong association coordinates them. Before ORI-13 original
    and cluster cooperation tied; the cost of carrying it alone now separates them.
    Given a firm answering rd_resources=5, imitation_barrier=5, competitor_count=few, industry_frontier=4, dev_difficulty=4, tech_availability=2, strategic_sector=yes, cluster_role=core_large_firm, cluster_peers=1, association_strength=5, peer_rivalry=2, share_willingness=3
    When the expert system gives its advice
    Then the verdict on original is recommended or possible
    And cluster_cooperation ranks above original

  Scenario: Two paths the evidence cannot separate share their place, whichever is listed first
    A core large firm near the frontier whose peers need the same technology, under a strong coordinator,
    in a key field, with a market application: going alone and joint R&D with the cluster's peers come out
    with the same fit and verdict, so the advice names both first rather than the one listed first.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=yes, industry_frontier=3, rd_intensity=5%, rd_resources=4, core_ip=3, absorptive_capacity=5, financial_strength=4, global_competitiveness=3, international_management=2, talent_base=4, tech_gap=2, imitation_barrier=4, competitor_count=few, dev_difficulty=4, tech_availability=2, tech_stage=application, time_pressure=3, gov_support=5, academic_links=4, cluster_peers=2, association_strength=5, peer_rivalry=4, foreign_partner_fit=2, share_willingness=3, ma_targets=1, geopolitical_risk=2, ip_leakage_concern=3, short_termism=2, import_dependence=3
    When the expert system gives its advice
    Then original and cluster_cooperation share a place

  Scenario Outline: Cluster cooperation is recommended only with a coordinator that eases rivalry (004 §5.1): <case>
    004 §5.1 calls a coordination mechanism that eases competition the key to large firms' joint work. A
    strong association (or a moderate one among peers that hardly compete) is that mechanism; without it, or
    while it is unknown, cooperation among the cluster's large firms is at most possible.
    Given a firm answering cluster_role=core_large_firm, cluster_peers=2, dev_difficulty=5, share_willingness=5, <answers>
    When the expert system gives its advice
    Then the verdict on cluster_cooperation is <verdict>

    Examples:
      | case                                   | zh                       | answers                                        | verdict     |
      | a strong association                   | 行业协会有力             | association_strength=5, peer_rivalry=3         | recommended |
      | a moderate association, mild rivalry   | 协会一般、竞争温和       | association_strength=3, peer_rivalry=2         | recommended |
      | a moderate association, keen rivalry   | 协会一般、竞争激烈       | association_strength=3, peer_rivalry=4         | possible    |
      | no coordinator known                   | 不清楚有无协调者         | peer_rivalry=3                                 | possible    |

  Scenario Outline: Under sanctions a technology on sale abroad no longer counts against a government-led programme (004 §3.3; 002 §二(三)4): <case>
    004 §3.3 gives the government-led programme technology that is hard to develop and hard to import; a
    licence market counts against it only while the firm can use that market. Under heavy export controls or
    sanctions (002 §二(三)4) the technology is hard to import whatever is on offer to others.
    Given a firm answering tech_availability=4, geopolitical_risk=<risk>
    When the expert system gives its advice
    Then the reasons against gov_industry_academia <neg> rule GIA-12

    Examples:
      | case                  | zh             | risk | neg            |
      | ordinary exposure     | 一般的地缘风险 | 2    | include        |
      | heavy export controls | 出口管制严重   | 4    | do not include |
      | direct sanctions      | 直接制裁       | 5    | do not include |

  Scenario: A sanctioned core firm with strong government and university ties is pointed to the government-led programme (004 §3.3, §5.3; 002 §二(三)4)
    A core large firm under direct sanctions needs a hard key core technology that others can still license;
    the government backs it strongly and it has close ties to universities and institutes, but only one peer
    in its cluster and no coordinator to speak of. Every outward path is shut, and pooling national resources
    under government guidance is what 004 §3.3 describes.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=no, industry_frontier=3, rd_intensity=3%, rd_resources=3, core_ip=3, absorptive_capacity=3, financial_strength=3, global_competitiveness=3, international_management=3, talent_base=3, tech_gap=3, imitation_barrier=3, competitor_count=some, dev_difficulty=4, tech_availability=4, tech_stage=key_core, time_pressure=3, gov_support=4, academic_links=4, cluster_peers=1, association_strength=3, peer_rivalry=3, foreign_partner_fit=3, share_willingness=3, alliance_focus=technology, ma_targets=3, geopolitical_risk=5, ip_leakage_concern=3, short_termism=3, import_dependence=3
    When the expert system gives its advice
    Then the first choice is gov_industry_academia

  Scenario Outline: Acquisition is the route when own R&D is not yet enough, not when it is ample (004 §3.6): <case>
    004 §3.6 makes buying a foreign firm the effective route for a firm whose own research cannot yet reach
    the core technology but which has some capability to build on. With ample R&D of its own the first half
    does not hold, so the groundwork is no reason to buy.
    Given a firm answering core_ip=4, tech_gap=3, rd_resources=<rd>, talent_base=3
    When the expert system gives its advice
    Then the reasons for cross_border_ma <pos> rule MA-03

    Examples:
      | case               | zh           | rd | pos            |
      | modest own R&D     | 自有研发一般 | 3  | include        |
      | ample own R&D      | 自有研发充足 | 4  | do not include |

  Scenario: A firm with ample R&D and some groundwork is not pointed abroad to buy on that groundwork alone (004 §3.6)
    A core firm with ample R&D, core patents and strong absorption, a clear gap and only medium means to
    acquire: nothing about acquisition speaks for buying a foreign firm.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=no, industry_frontier=3, rd_intensity=6%, rd_resources=5, core_ip=4, absorptive_capacity=4, financial_strength=3, global_competitiveness=3, international_management=3, talent_base=4, tech_gap=3, imitation_barrier=3, competitor_count=some, dev_difficulty=3, tech_availability=3, tech_stage=key_core, time_pressure=3, gov_support=3, academic_links=3, cluster_peers=1, association_strength=3, peer_rivalry=3, foreign_partner_fit=3, share_willingness=3, alliance_focus=technology, ma_targets=3, geopolitical_risk=3, ip_leakage_concern=3, short_termism=3, import_dependence=3
    When the expert system gives its advice
    Then cross_border_ma does not come first
    And the reasons for cross_border_ma do not include rule MA-03

  Scenario: Readiness to open up is no alliance without a complementary partner (004 §3.5)
    004 §3.5 starts an alliance from a foreign firm whose gap complements the firm's; showing each other core
    competences is how such an alliance works, not a sign that one is to be had. A core firm willing to share
    with its two cluster peers (though rivalry is keen and no association coordinates them), with only a
    middling foreign partner, is not pointed to an alliance.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=no, industry_frontier=3, rd_intensity=3%, rd_resources=3, core_ip=3, absorptive_capacity=3, financial_strength=3, global_competitiveness=3, international_management=3, talent_base=3, tech_gap=3, imitation_barrier=3, competitor_count=some, dev_difficulty=4, tech_availability=3, tech_stage=key_core, time_pressure=3, gov_support=3, academic_links=3, cluster_peers=2, association_strength=1, peer_rivalry=5, foreign_partner_fit=3, share_willingness=4, alliance_focus=technology, ma_targets=3, geopolitical_risk=3, ip_leakage_concern=3, short_termism=3, import_dependence=3
    When the expert system gives its advice
    Then cross_border_alliance does not come first
    And the verdict on cross_border_alliance is undetermined

  Scenario Outline: Import first, then go alone, only where there is something to import (004 §3.2, §6): <case>
    The sequence starts by importing and digesting mature technology from abroad (004 §3.2); a firm already at
    the world frontier in this technology has nothing more advanced to import, so the sequence does not apply.
    Given a firm answering tech_availability=4, absorptive_capacity=4, rd_resources=3, rd_intensity=3%, talent_base=3, imitation_barrier=4, competitor_count=few, geopolitical_risk=2, tech_gap=<gap>
    When the expert system gives its advice
    Then rule CMB-01 <fires>

    Examples:
      | case                 | zh           | gap | fires         |
      | a clear gap          | 差距明显     | 3   | fires         |
      | at the frontier      | 已处于前沿   | 1   | does not fire |

  Scenario Outline: Importing first suits a firm still building its R&D; with ample R&D its own work on the core runs alongside imports (004 §3.1, §3.2, §6): <case>
    The sequence (import and digest first, original work later) is for a firm whose own R&D is not yet ample
    (004 §3.2, the Qingdao firms of §4.2); a firm with ample R&D takes the hardest link itself now and imports
    only what supports it (004 §3.1). Offering both plans at once for the same two paths leaves the reader
    with two opposite orders of work.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=no, industry_frontier=3, core_ip=3, absorptive_capacity=4, financial_strength=3, global_competitiveness=3, international_management=3, tech_gap=3, imitation_barrier=4, competitor_count=few, dev_difficulty=3, tech_availability=5, tech_stage=key_core, time_pressure=3, gov_support=3, academic_links=3, cluster_peers=0, foreign_partner_fit=2, share_willingness=3, alliance_focus=technology, ma_targets=2, ip_leakage_concern=2, short_termism=2, import_dependence=2, geopolitical_risk=2, rd_resources=<rd>, rd_intensity=<share>, talent_base=<talent>
    When the expert system gives its advice
    Then the verdict on original is recommended or possible
    And the verdict on import_absorb is recommended or possible
    And rule CMB-01 <sequence>
    And rule CMB-06 <parallel>

    Examples:
      | case           | zh           | rd | share | talent | sequence      | parallel      |
      | R&D not ample  | 研发尚不充足 | 3  | 3%    | 3      | fires         | does not fire |
      | ample R&D      | 研发充足     | 5  | 8%    | 4      | does not fire | fires         |

  Scenario Outline: A plan that starts by importing waits while openness is blocked (002 §二(三)4; 001 §5): <case>
    Under heavy export controls the same run warns that imports can be cut off; a plan whose first step is
    to import would rest on that supply.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=no, industry_frontier=3, core_ip=3, absorptive_capacity=4, financial_strength=3, global_competitiveness=3, international_management=3, tech_gap=3, imitation_barrier=4, competitor_count=few, dev_difficulty=3, tech_availability=5, tech_stage=key_core, time_pressure=3, gov_support=3, academic_links=3, cluster_peers=0, foreign_partner_fit=2, share_willingness=3, alliance_focus=technology, ma_targets=2, ip_leakage_concern=2, short_termism=2, import_dependence=2, rd_resources=3, rd_intensity=3%, talent_base=3, geopolitical_risk=<risk>
    When the expert system gives its advice
    Then rule CMB-01 <fires>

    Examples:
      | case                  | zh           | risk | fires         |
      | ordinary exposure     | 一般的地缘风险 | 2    | fires         |
      | heavy export controls | 出口管制严重   | 4    | does not fire |

  Scenario: In a key field an alliance is not the way to close the core gap (004 §5.3, §3.5)
    A key-field firm with ample R&D and a willing, complementary foreign partner: the real core of a key field
    is not handed over in an alliance either (004 §5.3), so the alliance can serve the periphery but the plan
    must not be "close the core gap through the alliance, then build on it".
    Given a firm answering cluster_role=core_large_firm, strategic_sector=yes, industry_frontier=3, rd_intensity=8%, rd_resources=5, core_ip=4, absorptive_capacity=4, financial_strength=4, global_competitiveness=3, international_management=4, talent_base=4, tech_gap=3, imitation_barrier=4, competitor_count=few, dev_difficulty=4, tech_availability=2, tech_stage=key_core, time_pressure=2, gov_support=4, academic_links=4, cluster_peers=0, foreign_partner_fit=4, share_willingness=4, alliance_focus=technology, ma_targets=2, geopolitical_risk=2, ip_leakage_concern=2, short_termism=2, import_dependence=2
    When the expert system gives its advice
    Then the verdict on cross_border_alliance is recommended or possible
    And the verdict on original is recommended or possible
    And rule CMB-05 does not fire

  Scenario: A market application in a key field is not told to seek a government-led consortium (003 §3.3, §4)
    Applications are funded and led by firms and the market even in strategic industries; government's part
    is risk compensation and tax relief (ADV-03), so the advice must not also ask government to lead.
    Given a firm answering cluster_role=core_large_firm, strategic_sector=yes, industry_frontier=3, rd_intensity=4%, rd_resources=3, core_ip=3, absorptive_capacity=3, financial_strength=3, global_competitiveness=3, international_management=3, talent_base=3, tech_gap=3, imitation_barrier=3, competitor_count=some, dev_difficulty=4, tech_availability=2, tech_stage=application, time_pressure=2, gov_support=4, academic_links=4, cluster_peers=0, foreign_partner_fit=2, share_willingness=3, alliance_focus=technology, ma_targets=2, geopolitical_risk=2, ip_leakage_concern=2, short_termism=2, import_dependence=2
    When the expert system gives its advice
    Then the verdict on gov_industry_academia is recommended or possible
    And rule ADV-03 fires
    And rule ADV-12 does not fire

  Scenario Outline: Close university ties count for the government-led programme only for technology that is hard to develop (004 §3.3): <case>
    004 §3.3 gives the programme core technology that is hard to develop; a medium difficulty is not evidence
    either way.
    Given a firm answering academic_links=4, dev_difficulty=<difficulty>
    When the expert system gives its advice
    Then the reasons for gov_industry_academia <pos> rule GIA-05

    Examples:
      | case              | zh       | difficulty | pos            |
      | medium difficulty | 难度中等 | 3          | do not include |
      | hard to develop   | 难以开发 | 4          | include        |

  Scenario Outline: A leakage risk among rival cluster peers comes with a step to manage it (004 §5.1; 003 §4; 001 §3): <case>
    If the run counts leakage among peers that are also rivals against cluster cooperation (XC-12), the
    next steps must say how to contain it, as they do for an alliance (ADV-14): the association's common
    rules (004 §5.1) and settled ownership and sharing of joint results (003 §4).
    Given a firm answering cluster_role=core_large_firm, cluster_peers=2, association_strength=5, dev_difficulty=5, share_willingness=5, peer_rivalry=<rivalry>, ip_leakage_concern=<leakage>
    When the expert system gives its advice
    Then the verdict on cluster_cooperation is recommended or possible
    And rule XC-12 <flagged>
    And the next steps <steps> rule ADV-17

    Examples:
      | case                            | zh                   | rivalry | leakage | flagged       | steps          |
      | rival peers, leakage a concern  | 同行相互竞争且担心泄密 | 3       | 4       | fires         | include        |
      | little leakage concern          | 不太担心泄密          | 3       | 2       | does not fire | do not include |
      | peers that hardly compete       | 同行之间竞争不多      | 2       | 4       | does not fire | do not include |

  Scenario Outline: An acquisition plan that starts abroad waits while openness is blocked (002 §二(三)4): <case>
    Buying a firm abroad and then digesting what it brings is a plan whose first step crosses the border;
    under heavy export controls the same run warns that such ties can be cut.
    Given a firm answering ma_targets=5, absorptive_capacity=4, tech_gap=4, global_competitiveness=4, international_management=4, financial_strength=4, gov_support=4, time_pressure=5, tech_availability=4, geopolitical_risk=<risk>
    When the expert system gives its advice
    Then the verdict on cross_border_ma is recommended or possible
    And the verdict on import_absorb is recommended or possible
    And rule CMB-04 <fires>

    Examples:
      | case                  | zh             | risk | fires         |
      | ordinary exposure     | 一般的地缘风险 | 2    | fires         |
      | heavy export controls | 出口管制严重   | 4    | does not fire |
