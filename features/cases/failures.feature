Feature: Case library: failed, blocked or self-defeating technology decisions
  Real decisions where the path taken failed or was blocked. The path that failed must not come first; what
  should come first is what the papers' principles say the firm should have done: 004 §5.2 (an acquisition
  needs global competitiveness and a management that can integrate foreign teams), 004 §3.5 (a product
  alliance trading market for technology leads to the import-lag trap), 004 §5.1 (cluster cooperation needs a
  coordinator that eases rivalry), 004 §5.3 and 002 §二(三)4 (screening, export controls and sanctions close
  the foreign paths and make self-reliance the first task). Profiles are at the decision point.

  Scenario: TCL takes over Thomson's TV business, 2004: a failed cross-border M&A
    Decision: in 2003-04 TCL, a Chinese TV maker strong at home and in emerging markets, formed TCL-Thomson Enterprise (67% TCL) from Thomson's TV plants and the Thomson and RCA brands, becoming the world's largest TV maker by volume.
    Outcome: failure: the assets were mostly CRT lines just as demand switched to flat panels; TTE lost HK$599m in its first year, TCL's chairman admitted the market changed faster than management could handle, and TTE Europe was declared insolvent in May 2007.
    Sources: Khanna, Oberholzer-Gee & Lane, "TCL Multimedia", HBS case 9-705-502 (2006); The Economist 2006-11-02 "A grim picture"; Financial Times 2006 on TCL's European restructuring (https://www.ft.com/content/ebe48cee-38a8-11db-ae2c-0000779e2340); Xinhua in China.org.cn 2007-05-26 (http://english.china.org.cn/business/2007-05/26/content_1212043.htm); EngagingChina 2006-11-01; Bloomberg 2005-09-11 "TCL's French meal leads to indigestion".
    Given TCL in 2003:
      | field                    | value           | note |
      | firm_name                | TCL Multimedia  | name used in the report |
      | industry                 | televisions     | industry of the target technology |
      | cluster_role             | core_large_firm | a core firm of the Huizhou-Shenzhen electronics cluster |
      | strategic_sector         | false           | TV technology was for sale |
      | industry_frontier        | 3               | estimate: Chinese TV makers led in CRT volume but lagged in flat panels |
      | rd_intensity             | 0.02            | estimate |
      | rd_resources             | 2               | estimate |
      | core_ip                  | 2               | estimate |
      | absorptive_capacity      | 3               | estimate |
      | financial_strength       | 3               | estimate: profits halved in 2004 despite sales growth (HBS case) |
      | global_competitiveness   | 2               | mid-tier products sold mainly in China and emerging markets (Economist; HBS case) |
      | international_management | 1               | the chairman said the European market changed faster than management could handle (FT) |
      | talent_base              | 2               | estimate |
      | tech_gap                 | 3               | estimate: at par in CRT, behind in flat-panel sets |
      | imitation_barrier        | 2               | estimate |
      | competitor_count         | many            | many TV makers worldwide |
      | dev_difficulty           | 3               | estimate |
      | tech_availability        | 4               | estimate: flat-panel modules and set know-how could be bought or licensed |
      | tech_stage               | application     | consumer sets |
      | time_pressure            | 4               | estimate: the flat-panel switch was under way |
      | gov_support              | 3               | estimate |
      | academic_links           | 2               | estimate |
      | cluster_peers            | 2               | estimate: Skyworth and Konka, Pearl River Delta TV makers with the same need |
      | association_strength     | 2               | estimate |
      | peer_rivalry             | 5               | fierce price war in the home market (Bloomberg 2005) |
      | foreign_partner_fit      | 3               | estimate: Thomson wanted a partner for its TV arm |
      | share_willingness        | 3               | estimate |
      | alliance_focus           | unknown         | the deal was an asset takeover, not an alliance |
      | ma_targets               | 3               | Thomson's TV assets were available but loss-making and CRT-based (EngagingChina) |
      | geopolitical_risk        | 1               | no screening obstacle |
      | ip_leakage_concern       | 2               | estimate |
      | short_termism            | 4               | estimate: the goal was to be the volume leader at once |
      | import_dependence        | 4               | estimate: panels and key chips imported |
    When the expert system gives its advice
    Then the first choice is one of import_absorb, cross_border_alliance
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: SAIC buys control of SsangYong Motor, 2004: a failed cross-border M&A
    Decision: in 2004 SAIC, China's largest carmaker through its VW and GM joint ventures but without own brands or technology, paid about $500m for 48.9% (later 51.3%) of Korea's SsangYong to obtain SUV and diesel technology for own-brand cars.
    Outcome: failure: union conflict, mutual animosity and accusations of technology siphoning; SsangYong entered court receivership in January 2009, SAIC lost control and most of its $500m and delayed its own SUV.
    Sources: Asia Sentinel 2009 "China's Korean car wreck" (https://www.asiasentinel.com/p/chinas-korean-car-wreck); Chosun Ilbo 2009-01-12; Gasgoo 2010 "Without Ssangyong, SAIC Roewe SUV has to wait" (https://autonews.gasgoo.com/china_news/1016673.html); Yicai Global 2021; Xu & White (2012) "Shanghai Automotive and Ssangyong Motor: A Tale of Two Dragons", Asian Case Research Journal.
    Given SAIC in 2004, seeking SUV technology:
      | field                    | value                                           | note |
      | firm_name                | Shanghai Automotive Industry Corporation (SAIC) | name used in the report |
      | industry                 | passenger cars / SUVs                           | industry of the target technology |
      | cluster_role             | core_large_firm                                 | core firm of the Shanghai automotive cluster |
      | strategic_sector         | false                                           | car technology can be bought |
      | industry_frontier        | 2                                               | estimate: China's car industry still assembled foreign models |
      | rd_intensity             | 0.01                                            | estimate: product development done by the foreign partners |
      | rd_resources             | 2                                               | estimate |
      | core_ip                  | 1                                               | SAIC had neither own brands nor technology (Asia Sentinel) |
      | absorptive_capacity      | 2                                               | estimate: production skills, little development experience (see Nam 2011 on Chinese JVs) |
      | financial_strength       | 5                                               | SAIC had cash and market share (Asia Sentinel) |
      | global_competitiveness   | 2                                               | estimate: no own brand abroad |
      | international_management | 1                                               | first foreign takeover by a Chinese carmaker; could not manage the union or cut costs (Asia Sentinel) |
      | talent_base              | 2                                               | estimate |
      | tech_gap                 | 4                                               | estimate: no SUV or diesel know-how of its own (Gasgoo) |
      | imitation_barrier        | 2                                               | estimate |
      | competitor_count         | many                                            | many carmakers |
      | dev_difficulty           | 4                                               | estimate |
      | tech_availability        | 3                                               | estimate: engineering firms and distressed makers were selling designs and IP, as SAIC's own Rover purchase showed |
      | tech_stage               | key_core                                        | vehicle platforms and powertrains |
      | time_pressure            | 4                                               | estimate: policy push for own brands |
      | gov_support              | 4                                               | estimate: state-owned, backed by the going-out policy |
      | academic_links           | 2                                               | estimate |
      | cluster_peers            | 0                                               | no other large carmaker in the Shanghai cluster |
      | association_strength     | unknown                                         | not asked: no peer firm |
      | peer_rivalry             | unknown                                         | not asked: no peer firm |
      | foreign_partner_fit      | 2                                               | estimate: its JV partners did not co-develop own-brand cars |
      | share_willingness        | 2                                               | estimate |
      | alliance_focus           | unknown                                         | an acquisition, not an alliance |
      | ma_targets               | 3                                               | estimate: SsangYong was for sale by its creditors, but with a militant union |
      | geopolitical_risk        | 2                                               | Korean press alleged technology outflow (Chosun Ilbo) |
      | ip_leakage_concern       | 1                                               | estimate |
      | short_termism            | 3                                               | estimate |
      | import_dependence        | 5                                               | all core technology came from the JV partners (Asia Sentinel) |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: BenQ takes over Siemens' mobile phone unit, 2005: a failed cross-border M&A
    Decision: in June 2005 Taiwan's BenQ took over Siemens' loss-making handset business (Siemens paying BenQ to take it) to gain GSM/3G handset technology, patents, a European brand and scale.
    Outcome: failure: BenQ lost about $762m on the unit in a year; BenQ Mobile filed for insolvency in September 2006 and was liquidated in early 2007.
    Sources: Silicon Republic 2007-01-03 "BenQ to liquidate former Siemens Mobile" (https://www.siliconrepublic.com/comms/benq-to-liquidate-former-siemens-mobile); Engadget 2006-09-28 "BenQ pulls the plug on its German mobile division"; RCR Wireless 2007-02-26; Wikipedia "BenQ Mobile".
    Given BenQ in 2005:
      | field                    | value            | note |
      | firm_name                | BenQ Corporation | name used in the report |
      | industry                 | mobile phones    | industry of the target technology |
      | cluster_role             | core_large_firm  | estimate: a core firm of northern Taiwan's electronics cluster |
      | strategic_sector         | false            | handset technology is for sale |
      | industry_frontier        | 4                | estimate: Taiwan's electronics industry close to world level |
      | rd_intensity             | 0.03             | estimate |
      | rd_resources             | 3                | estimate |
      | core_ip                  | 2                | estimate: few handset protocol patents |
      | absorptive_capacity      | 3                | estimate: experienced electronics designer and manufacturer |
      | financial_strength       | 3                | estimate |
      | global_competitiveness   | 2                | estimate: a small handset brand |
      | international_management | 1                | German CEO and Taiwanese chairman failed to launch products in time (Silicon Republic) |
      | talent_base              | 3                | estimate |
      | tech_gap                 | 3                | estimate |
      | imitation_barrier        | 2                | estimate |
      | competitor_count         | many             | about 100 handset makers competed (Silicon Republic) |
      | dev_difficulty           | 3                | estimate |
      | tech_availability        | 4                | estimate: chipset vendors sold reference designs and protocol stacks |
      | tech_stage               | application      | handsets |
      | time_pressure            | 4                | estimate |
      | gov_support              | 2                | estimate |
      | academic_links           | 3                | estimate: ties to Taiwan's ITRI |
      | cluster_peers            | 2                | estimate: HTC and Asus, Taiwanese handset makers |
      | association_strength     | 3                | estimate |
      | peer_rivalry             | 4                | estimate |
      | foreign_partner_fit      | 3                | estimate |
      | share_willingness        | 3                | estimate |
      | alliance_focus           | unknown          | an acquisition, not an alliance |
      | ma_targets               | 3                | a loss-making unit Siemens paid to offload (RCR Wireless) |
      | geopolitical_risk        | 1                | no screening obstacle |
      | ip_leakage_concern       | 2                | estimate |
      | short_termism            | 4                | estimate: aim was instant scale |
      | import_dependence        | 4                | estimate: chips and protocol software bought in |
    When the expert system gives its advice
    Then the first choice is one of import_absorb, original
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: Fujian Grand Chip's bid for Aixtron, 2016: a cross-border M&A blocked by screening
    Decision: in 2016 Fujian Grand Chip Investment Fund, partly owned by the Chinese state, bid for Germany's Aixtron, a maker of MOCVD equipment for LEDs and gallium-nitride devices.
    Outcome: blocked: Germany withdrew its clearance in October 2016 and on 2 December 2016 President Obama prohibited the purchase of Aixtron's US business on CFIUS advice (gallium-nitride know-how with military uses); the fund dropped the bid.
    Sources: Reuters 2016-12-02 (http://uk.reuters.com/article/aixtron-ma-fujian-obama-idUKL1N1DX1UR); Lexology 2016 (https://www.lexology.com/library/detail.aspx?g=179986d1-60ed-4fd0-8331-bc8c3adca85e); Compound Semiconductor 2016; Squire Patton Boggs 2016-11.
    Given Fujian Grand Chip in 2016:
      | field                    | value                             | note |
      | firm_name                | Fujian Grand Chip Investment Fund | name used in the report |
      | industry                 | semiconductor equipment (MOCVD)   | industry of the target technology |
      | cluster_role             | standalone                        | an investment fund |
      | strategic_sector         | true                              | semiconductor equipment with military applications; the US treats it as not for sale (Reuters) |
      | industry_frontier        | 2                                 | estimate: Chinese chip-equipment industry far behind |
      | rd_intensity             | unknown                           | an investment fund has no R&D budget of its own |
      | rd_resources             | 1                                 | estimate: a financial investor |
      | core_ip                  | 1                                 | estimate |
      | absorptive_capacity      | 2                                 | estimate: would depend on Chinese LED makers |
      | financial_strength       | 4                                 | estimate: state-backed fund |
      | global_competitiveness   | 1                                 | estimate |
      | international_management | 1                                 | estimate |
      | talent_base              | 2                                 | estimate |
      | tech_gap                 | 4                                 | estimate |
      | imitation_barrier        | 4                                 | estimate: deposition equipment is hard to copy |
      | competitor_count         | few                               | a small number of MOCVD suppliers |
      | dev_difficulty           | 5                                 | estimate |
      | tech_availability        | 1                                 | the US judged the technical knowledge a security risk (Sputnik/Treasury statement) |
      | tech_stage               | key_core                          | equipment for compound-semiconductor devices |
      | time_pressure            | 4                                 | estimate |
      | gov_support              | 5                                 | partly state-owned (Treasury statement) |
      | academic_links           | 3                                 | estimate |
      | cluster_peers            | 0                                 | no peer firm in the sense of 004 §3.4 |
      | association_strength     | unknown                           | not asked: no peer firm |
      | peer_rivalry             | unknown                           | not asked: no peer firm |
      | foreign_partner_fit      | 1                                 | estimate: no foreign equipment maker would co-develop under these controls |
      | share_willingness        | 2                                 | estimate |
      | alliance_focus           | unknown                           | no alliance in view |
      | ma_targets               | 2                                 | a target existed, but screening made it unobtainable |
      | geopolitical_risk        | 5                                 | German withdrawal of clearance and a US presidential prohibition (Lexology) |
      | ip_leakage_concern       | 2                                 | estimate |
      | short_termism            | 3                                 | estimate |
      | import_dependence        | 5                                 | estimate: China imported nearly all such equipment |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, original
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first
    And cross_border_alliance does not come first

  Scenario: Tsinghua Unigroup's $23bn approach to Micron, 2015: a cross-border M&A that could not happen
    Decision: in July 2015 state-backed Tsinghua Unigroup, controlled by Tsinghua University, prepared a $23bn ($21 a share) bid for Micron, the last major US DRAM maker, to buy memory technology for China.
    Outcome: failed: Micron dismissed the approach, expecting a CFIUS block; Senators McCain and Schumer opposed it on national-security grounds; Unigroup then founded YMTC (2016) with the national IC fund to develop memory at home.
    Sources: SCMP 2015-07-14 "Tsinghua Unigroup US$23 bln bid for Micron will face close scrutiny" (https://www.scmp.com/tech/enterprises/article/1839280); Reuters 2015-07-15 (McCain) and 2015-08-28 (http://uk.reuters.com/article/micron-tech-tsinghua-idUKL4N1131XG20150828); RWR Advisory 2015; DocMemory 2019-05-08 on YMTC ownership.
    Given Tsinghua Unigroup in 2015:
      | field                    | value                        | note |
      | firm_name                | Tsinghua Unigroup            | name used in the report |
      | industry                 | memory chips (DRAM and NAND) | industry of the target technology |
      | cluster_role             | standalone                   | estimate: a state-backed holding, not a cluster firm |
      | strategic_sector         | true                         | memory chips judged strategic by both China and the US (SCMP; Reuters) |
      | industry_frontier        | 1                            | China had no memory industry of its own (SCMP) |
      | rd_intensity             | 0.05                         | estimate |
      | rd_resources             | 2                            | estimate: chip-design units but no memory process team |
      | core_ip                  | 1                            | estimate: no memory patents |
      | absorptive_capacity      | 3                            | estimate: experience running chip-design firms it had bought |
      | financial_strength       | 5                            | state-backed (SCMP) |
      | global_competitiveness   | 2                            | estimate |
      | international_management | 2                            | estimate |
      | talent_base              | 3                            | estimate: Tsinghua graduates |
      | tech_gap                 | 5                            | estimate |
      | imitation_barrier        | 5                            | estimate |
      | competitor_count         | few                          | Samsung, SK Hynix and Micron dominate (etmag 2017) |
      | dev_difficulty           | 5                            | estimate |
      | tech_availability        | 1                            | memory process technology not licensed to China |
      | tech_stage               | key_core                     | memory process and design |
      | time_pressure            | 5                            | China consumed about 55% of the world's memory (etmag 2017) |
      | gov_support              | 5                            | central-government backing (SCMP) |
      | academic_links           | 5                            | controlled by Tsinghua University (SCMP) |
      | cluster_peers            | 0                            | no peer firm |
      | association_strength     | unknown                      | not asked: no peer firm |
      | peer_rivalry             | unknown                      | not asked: no peer firm |
      | foreign_partner_fit      | 2                            | had research partnerships with foreign chip firms (SCMP) |
      | share_willingness        | 3                            | estimate |
      | alliance_focus           | unknown                      | no alliance in view |
      | ma_targets               | 2                            | Micron rebuffed the approach (Reuters) |
      | geopolitical_risk        | 5                            | senators called on CFIUS to reject it (Reuters) |
      | ip_leakage_concern       | 2                            | estimate |
      | short_termism            | 2                            | estimate |
      | import_dependence        | 5                            | estimate: nearly all memory imported |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, original
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first

  Scenario: ZTE under the US denial order, 2018: dependence on imported core chips
    Decision: ZTE, China's second telecom-equipment maker, relied on US suppliers for an estimated 25-30% of its components (Qualcomm processors, Intel modems and more) instead of owning the core chips; the question in 2018 is which path gives it those chips.
    Outcome: failure of the dependence: the April 2018 US denial order halted ZTE's main operations within weeks; it was lifted in July 2018 only after a $1bn fine, a $400m escrow and a US-chosen compliance team.
    Sources: US Trade Monitor 2018-04 "China's ZTE has export privileges suspended for seven years"; Android Police 2018-05-09 "ZTE shuts main operations" (https://www.androidpolice.com/2018/05/09/zte-shuts-main-operations-talks-u-s-continue/); Thompson Hine 2018-07-13 "Commerce terminates denial order against ZTE"; Reuters via Supply Chain Magazine 2018-04-20.
    Given ZTE in 2018:
      | field                    | value                               | note |
      | firm_name                | ZTE Corporation                     | name used in the report |
      | industry                 | telecom equipment and handset chips | industry of the target technology |
      | cluster_role             | core_large_firm                     | a core firm of the Shenzhen ICT cluster |
      | strategic_sector         | true                                | the ban showed core chips could not be counted on from abroad |
      | industry_frontier        | 4                                   | estimate: Chinese telecom equipment at world level |
      | rd_intensity             | 0.12                                | estimate: ZTE spends over a tenth of revenue on R&D |
      | rd_resources             | 4                                   | estimate |
      | core_ip                  | 3                                   | estimate: many telecom patents, own chips only for part of its needs |
      | absorptive_capacity      | 4                                   | estimate |
      | financial_strength       | 3                                   | estimate: had just paid $892m of earlier penalties (Thompson Hine) |
      | global_competitiveness   | 4                                   | estimate: a world top-five equipment vendor |
      | international_management | 2                                   | repeated compliance failures led to the order (US Trade Monitor) |
      | talent_base              | 4                                   | estimate |
      | tech_gap                 | 3                                   | estimate: behind in high-end processors, FPGAs and RF chips |
      | imitation_barrier        | 4                                   | estimate |
      | competitor_count         | few                                 | few makers of such chips |
      | dev_difficulty           | 5                                   | estimate |
      | tech_availability        | 1                                   | US firms banned from selling to ZTE for seven years (US Trade Monitor) |
      | tech_stage               | key_core                            | core chips for equipment and handsets |
      | time_pressure            | 5                                   | main operations ceased (Android Police) |
      | gov_support              | 4                                   | estimate: the Chinese state treated the case as a national issue |
      | academic_links           | 3                                   | estimate |
      | cluster_peers            | 1                                   | estimate: Huawei in the same cluster needs the same chips |
      | association_strength     | 2                                   | estimate |
      | peer_rivalry             | 5                                   | estimate: Huawei and ZTE are fierce rivals |
      | foreign_partner_fit      | 1                                   | US partners barred |
      | share_willingness        | 2                                   | estimate |
      | alliance_focus           | unknown                             | no alliance possible |
      | ma_targets               | 1                                   | estimate: no foreign chip firm could be bought under the order |
      | geopolitical_risk        | 5                                   | a seven-year export denial order (US Trade Monitor) |
      | ip_leakage_concern       | 3                                   | estimate |
      | short_termism            | 3                                   | estimate |
      | import_dependence        | 5                                   | 25-30% of components from US suppliers (Supply Chain Magazine/Reuters) |
    When the expert system gives its advice
    Then the first choice is one of original, gov_industry_academia
    And original is among the top two
    And import_absorb does not come first
    And cross_border_ma does not come first
    And cross_border_alliance does not come first

  Scenario: SAIC and Volkswagen form Shanghai Volkswagen, 1984: a market-for-technology product alliance
    Decision: in October 1984 SAIC and Chinese partners signed a 25-year 50:50 joint venture with Volkswagen under the policy of trading market access for technology, to make the Santana in Shanghai.
    Outcome: failure as a technology path: a commercial success, but learning stayed passive: production capability grew while product-development and innovation capability stayed undeveloped, and China's car industry depended on foreign models for decades.
    Sources: Nam, K.-M. (2011) "Learning through the international joint venture: lessons from the experience of China's automotive sector", Industrial and Corporate Change 20(3): 855-907 (http://hdl.handle.net/1721.1/86412); Zhejiang University Journal abstract on the failure of trading market for technology in autos (https://zjujournals.com/soc/EN/abstract/abstract10742.shtml); Dunne via asymco 2016.
    Given SAIC in 1984:
      | field                    | value                                           | note |
      | firm_name                | Shanghai Automotive Industry Corporation (SAIC) | name used in the report |
      | industry                 | passenger cars                                  | industry of the target technology |
      | cluster_role             | core_large_firm                                 | core firm of the Shanghai automotive cluster |
      | strategic_sector         | false                                           | production technology was for sale or transfer |
      | industry_frontier        | 1                                               | China's car industry of 1984 was decades behind |
      | rd_intensity             | 0.01                                            | estimate |
      | rd_resources             | 1                                               | estimate |
      | core_ip                  | 1                                               | estimate: an outdated local sedan |
      | absorptive_capacity      | 2                                               | estimate: a substantial capability gap to VW (Nam 2011) |
      | financial_strength       | 2                                               | estimate: a state-owned plant in a planned economy |
      | global_competitiveness   | 1                                               | estimate |
      | international_management | 1                                               | estimate |
      | talent_base              | 2                                               | estimate |
      | tech_gap                 | 5                                               | estimate |
      | imitation_barrier        | 2                                               | estimate |
      | competitor_count         | few                                             | estimate: few car producers in China then |
      | dev_difficulty           | 4                                               | estimate |
      | tech_availability        | 4                                               | VW was willing to transfer production technology for market access |
      | tech_stage               | application                                     | production of an existing model |
      | time_pressure            | 4                                               | estimate: central planners wanted modern cars quickly |
      | gov_support              | 5                                               | the central government designed the policy (asymco/Dunne) |
      | academic_links           | 2                                               | estimate |
      | cluster_peers            | 0                                               | no other large carmaker in Shanghai |
      | association_strength     | unknown                                         | not asked: no peer firm |
      | peer_rivalry             | unknown                                         | not asked: no peer firm |
      | foreign_partner_fit      | 3                                               | estimate: VW willing, but the gap was one-sided, not complementary |
      | share_willingness        | 2                                               | estimate |
      | alliance_focus           | market_for_technology                           | the joint venture traded market access for technology (Nam 2011) |
      | ma_targets               | 1                                               | no foreign targets within reach in 1984 |
      | geopolitical_risk        | 1                                               | no controls on car production technology |
      | ip_leakage_concern       | 1                                               | estimate |
      | short_termism            | 3                                               | estimate: output targets came first |
      | import_dependence        | 4                                               | estimate: kits and parts imported at first |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_alliance does not come first
    And cross_border_ma does not come first

  Scenario: China's EVD disc consortium, 2003: a failed joint effort by the DVD makers
    Decision: from 1999 nine Chinese DVD-player makers (SVA, Shinco, Skyworth, Changhong, BBK and others), through their joint company Beijing E-World and with state funding, developed EVD as a national alternative to DVD to escape about $10-20 of royalties per player; it was announced in 2003 and made a national standard in 2005.
    Outcome: failure: very few titles were ever released and the format faded; E-World agreed in 2005 to sell 69% of itself to a US firm amid disagreement among its shareholders.
    Sources: Wikipedia "Enhanced Versatile Disc" (https://en.wikipedia.org/wiki/Enhanced_Versatile_Disc); EE Times-Asia 2006-02-16 "China taps U.S. partner to keep EVD spec afloat"; CDRinfo 2005 "China adopts EVD as national DVD standard"; TV Technology 2005; The Register via news.lt 2005-02-27.
    Given a member of the EVD consortium in 2003:
      | field                    | value                                        | note |
      | firm_name                | Beijing E-World consortium member (e.g. SVA) | name used in the report |
      | industry                 | DVD players and disc formats                 | industry of the target technology |
      | cluster_role             | core_large_firm                              | large consumer-electronics makers of China's DVD industry |
      | strategic_sector         | false                                        | DVD technology was licensed to all through the patent pools |
      | industry_frontier        | 3                                            | estimate: China was the largest DVD-player maker, mostly assembling |
      | rd_intensity             | 0.01                                         | estimate: thin-margin assemblers |
      | rd_resources             | 2                                            | estimate |
      | core_ip                  | 1                                            | estimate: key codecs came from On2 and Coding Technologies (Wikipedia) |
      | absorptive_capacity      | 3                                            | estimate |
      | financial_strength       | 2                                            | estimate: royalties squeezed thin margins (CDRinfo) |
      | global_competitiveness   | 2                                            | estimate: exporters without strong own brands |
      | international_management | 1                                            | estimate |
      | talent_base              | 2                                            | estimate |
      | tech_gap                 | 3                                            | estimate |
      | imitation_barrier        | 1                                            | EVD discs were physically DVDs and easily copied (Wikipedia) |
      | competitor_count         | many                                         | many disc formats and player makers |
      | dev_difficulty           | 3                                            | estimate |
      | tech_availability        | 5                                            | DVD was available under the 3C and 6C licences (CDRinfo) |
      | tech_stage               | application                                  | a consumer format |
      | time_pressure            | 3                                            | estimate |
      | gov_support              | 3                                            | about $1.2m of state funding and national-standard status (EE Times-Asia) |
      | academic_links           | 2                                            | estimate |
      | cluster_peers            | 8                                            | the other E-World partner firms (Wikipedia) |
      | association_strength     | 2                                            | E-World's shareholders disagreed over its future (EE Times-Asia) |
      | peer_rivalry             | 5                                            | estimate: a price war among DVD makers |
      | foreign_partner_fit      | 3                                            | US codec and disc partners took part (EE Times-Asia) |
      | share_willingness        | 3                                            | estimate |
      | alliance_focus           | unknown                                      | not the question here |
      | ma_targets               | 2                                            | estimate |
      | geopolitical_risk        | 2                                            | patent-pool royalties and lawsuits, no export controls (news.lt/The Register) |
      | ip_leakage_concern       | 2                                            | estimate |
      | short_termism            | 4                                            | estimate: the aim was to save royalties |
      | import_dependence        | 5                                            | estimate: formats, codecs and loaders all licensed |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cluster_cooperation does not come first
