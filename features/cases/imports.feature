Feature: Case library: import, digest, absorb and re-innovate (004 §3.2, §4.2)
  Real decisions to license or buy foreign technology and build own capability on it. 004 §3.2: importing
  fits when advanced technology is for sale and the firm can learn by doing and combine it with its own
  knowledge; without absorptive capacity it becomes the import-lag trap (004 §3.5; 002 §三(一)). One case
  comes from 004 §4.2 (Hisense); the others come from public sources.

  Scenario: Samsung licenses Micron's 64K DRAM design, 1983: import and absorb
    Decision: after announcing its entry into semiconductors in February 1983, Samsung licensed the 64K DRAM design from Micron, built the Kiheung plant and trained its engineers abroad.
    Outcome: success: Samsung made the 64K DRAM in about six months (November 1983), the third country after the US and Japan, and in October 1984 developed a 256K DRAM designed entirely in-house.
    Sources: ETNews 2000-03-10 on Samsung's 64K DRAM (https://m.etnews.com/200003100149); JoongAng Ilbo Japanese edition (https://s.japanese.joins.com/JArticle/256477); KBS documentary 2013-07-20 "64K DRAM opens the semiconductor myth".
    Given Samsung in 1983:
      | field                    | value                                      | note |
      | firm_name                | Samsung Semiconductor & Telecommunications | name used in the report |
      | industry                 | memory chips (DRAM)                        | industry of the target technology |
      | cluster_role             | core_large_firm                            | estimate: a core firm of Korea's electronics cluster south of Seoul |
      | strategic_sector         | false                                      | DRAM designs could be licensed (from Micron) |
      | industry_frontier        | 1                                          | Korea only assembled and processed semi-finished chips (KBS) |
      | rd_intensity             | 0.05                                       | estimate |
      | rd_resources             | 3                                          | estimate: large group funds, new team |
      | core_ip                  | 1                                          | no memory design of its own (KBS) |
      | absorptive_capacity      | 3                                          | estimate: the design-to-256K leap in a year shows it grew fast |
      | financial_strength       | 4                                          | estimate: backed by the Samsung group |
      | global_competitiveness   | 2                                          | estimate |
      | international_management | 2                                          | estimate |
      | talent_base              | 3                                          | estimate |
      | tech_gap                 | 5                                          | nearly 20 years behind the leaders (KBS) |
      | imitation_barrier        | 4                                          | estimate |
      | competitor_count         | few                                        | only US and Japanese firms made 64K DRAM (JoongAng) |
      | dev_difficulty           | 5                                          | estimate |
      | tech_availability        | 4                                          | Micron licensed its design (ETNews) |
      | tech_stage               | key_core                                   | memory design and process |
      | time_pressure            | 5                                          | estimate: a race with the memory cycle |
      | gov_support              | 3                                          | estimate |
      | academic_links           | 2                                          | estimate |
      | cluster_peers            | 2                                          | estimate: Hyundai Electronics and Goldstar also entered DRAM |
      | association_strength     | 2                                          | estimate |
      | peer_rivalry             | 5                                          | estimate |
      | foreign_partner_fit      | 2                                          | trainees were treated as industrial spies abroad (KBS) |
      | share_willingness        | 2                                          | estimate |
      | alliance_focus           | unknown                                    | licensing, not an alliance |
      | ma_targets               | 1                                          | estimate |
      | geopolitical_risk        | 1                                          | estimate |
      | ip_leakage_concern       | 1                                          | estimate |
      | short_termism            | 1                                          | estimate: a long-term founder decision |
      | import_dependence        | 3                                          | estimate |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: Sony licenses the transistor from Western Electric, 1953: import and absorb
    Decision: in 1953-54 Tokyo Tsushin Kogyo (later Sony), a small firm, licensed the transistor from Western Electric/Bell Labs, although Western Electric said hearing aids were the only consumer use, and set out to make transistors for radios itself.
    Outcome: success: the TR-55 of August 1955 was Japan's first transistor radio, with five transistors designed in-house, making Sony the first company to produce both the transistors and the radios.
    Sources: Sony Europe community blog "The Sony radio that started it all" (https://community.sony.co.uk/t5/blog-news-from-sony/the-sony-radio-that-started-it-all/ba-p/1881458); SHMJ Japan Semiconductor Innovation 50, A-1 (http://www.shmj.or.jp/innovation50/english/detail_A01E.htm); Wikipedia "TR-55".
    Given Tokyo Tsushin Kogyo in 1953:
      | field                    | value                      | note |
      | firm_name                | Tokyo Tsushin Kogyo (Sony) | name used in the report |
      | industry                 | transistors and radios     | industry of the target technology |
      | cluster_role             | standalone                 | a young firm in postwar Tokyo |
      | strategic_sector         | false                      | AT&T licensed the transistor to all comers |
      | industry_frontier        | 1                          | postwar Japanese electronics far behind |
      | rd_intensity             | 0.05                       | estimate |
      | rd_resources             | 2                          | estimate: a small firm |
      | core_ip                  | 2                          | estimate: had built Japan's first tape recorder |
      | absorptive_capacity      | 4                          | estimate: Ibuka's engineers, later Esaki |
      | financial_strength       | 1                          | estimate: the licence fee needed foreign-exchange approval from MITI |
      | global_competitiveness   | 1                          | Made in Japan then meant cheap imitation (Sony blog) |
      | international_management | 2                          | estimate |
      | talent_base              | 4                          | estimate: strong physicists and engineers |
      | tech_gap                 | 4                          | estimate |
      | imitation_barrier        | 3                          | estimate |
      | competitor_count         | few                        | estimate: few makers of transistor radios |
      | dev_difficulty           | 4                          | making high-frequency transistors took a year of trial and error |
      | tech_availability        | 5                          | Western Electric licensed the transistor (Sony blog; Wikipedia) |
      | tech_stage               | key_core                   | the transistor as the key device |
      | time_pressure            | 3                          | estimate |
      | gov_support              | 2                          | estimate: MITI foreign-exchange approval only |
      | academic_links           | 2                          | estimate |
      | cluster_peers            | 0                          | no peer large firm |
      | association_strength     | unknown                    | not asked: no peer firm |
      | peer_rivalry             | unknown                    | not asked: no peer firm |
      | foreign_partner_fit      | 2                          | Western Electric doubted consumer uses (Sony blog) |
      | share_willingness        | 2                          | estimate |
      | alliance_focus           | unknown                    | licensing, not an alliance |
      | ma_targets               | 1                          | estimate |
      | geopolitical_risk        | 1                          | estimate |
      | ip_leakage_concern       | 1                          | estimate |
      | short_termism            | 1                          | estimate |
      | import_dependence        | 2                          | estimate |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: China's high-speed trains: technology import from Kawasaki, Siemens and Alstom, 2004
    Decision: from 2004 the Ministry of Railways bought high-speed trains only from foreign makers (Kawasaki, Siemens, Alstom, Bombardier) that transferred technology to Chinese partners such as CSR Sifang, who were to introduce, digest, absorb and re-innovate.
    Outcome: success: within six years the Chinese makers built the CRH380A, which ran at 420 km/h in 2010 and was claimed as indigenous, and began competing with their former teachers abroad.
    Sources: Jamestown Foundation China Brief 14(13), 2014 "Chinese high speed rail leapfrog development" (https://jamestown.org/program/chinese-high-speed-rail-leapfrog-development/); Wall Street Journal 2010 "Train makers rail against China's high-speed designs" (Chinese edition); Financial Times 2010 via FT Chinese.
    Given CSR Sifang in 2004:
      | field                    | value                 | note |
      | firm_name                | CSR Qingdao Sifang    | name used in the report |
      | industry                 | high-speed trains     | industry of the target technology |
      | cluster_role             | core_large_firm       | estimate: core of Qingdao's rolling-stock cluster |
      | strategic_sector         | false                 | the technology was bought, as the tenders showed |
      | industry_frontier        | 2                     | Chinese rail technology was inferior to Western and Japanese makers (Jamestown) |
      | rd_intensity             | 0.02                  | estimate |
      | rd_resources             | 3                     | estimate |
      | core_ip                  | 2                     | estimate |
      | absorptive_capacity      | 4                     | estimate: long rolling-stock experience; re-innovated within six years |
      | financial_strength       | 3                     | estimate |
      | global_competitiveness   | 1                     | no foothold abroad before (Jamestown) |
      | international_management | 2                     | estimate |
      | talent_base              | 3                     | estimate |
      | tech_gap                 | 4                     | estimate |
      | imitation_barrier        | 4                     | estimate |
      | competitor_count         | few                   | four foreign suppliers (FT) |
      | dev_difficulty           | 5                     | estimate |
      | tech_availability        | 5                     | tenders required technology transfer (Jamestown) |
      | tech_stage               | key_core              | high-speed train technology |
      | time_pressure            | 5                     | estimate: a national network under construction |
      | gov_support              | 5                     | the ministry planned, bought and coordinated (Jamestown) |
      | academic_links           | 3                     | estimate |
      | cluster_peers            | 0                     | estimate: the other national makers were in Changchun and Tangshan, outside this cluster |
      | association_strength     | unknown               | not asked: no peer firm in the cluster |
      | peer_rivalry             | unknown               | not asked: no peer firm in the cluster |
      | foreign_partner_fit      | 3                     | foreign makers agreed to transfer for contracts (FT) |
      | share_willingness        | 2                     | estimate |
      | alliance_focus           | market_for_technology | a technology-for-market-access strategy (Jamestown) |
      | ma_targets               | 1                     | estimate |
      | geopolitical_risk        | 1                     | estimate |
      | ip_leakage_concern       | 1                     | estimate |
      | short_termism            | 2                     | estimate |
      | import_dependence        | 3                     | estimate |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: Hisense imports Japanese inverter air-conditioner technology, 1996: import and absorb (004 §4.2)
    Decision: in 1996 Hisense's air-conditioner institute imported and digested Japanese inverter technology then at the international advanced level.
    Outcome: success: China's first inverter air conditioner in 1997, then 300+ research results and 100+ patents; the only Chinese firm fully mastering inverter core technology (004 §4.2).
    Sources: 004 §4.2 (seed paper 004, case of the Qingdao home-appliance cluster).
    Given Hisense in 1996:
      | field                    | value                                     | note |
      | firm_name                | Hisense Group (air-conditioner institute) | name used in the report |
      | industry                 | inverter air conditioners                 | industry of the target technology |
      | cluster_role             | core_large_firm                           | one of the three core firms of the Qingdao cluster (004 §4) |
      | strategic_sector         | false                                     | the technology was imported (004 §4.2) |
      | industry_frontier        | 2                                         | estimate |
      | rd_intensity             | 0.03                                      | estimate |
      | rd_resources             | 3                                         | estimate: an air-conditioner institute of its own |
      | core_ip                  | 2                                         | estimate |
      | absorptive_capacity      | 4                                         | it digested the technology and re-innovated (004 §4.2) |
      | financial_strength       | 3                                         | estimate |
      | global_competitiveness   | 2                                         | estimate |
      | international_management | 2                                         | estimate |
      | talent_base              | 3                                         | estimate |
      | tech_gap                 | 4                                         | the imported technology was at international advanced level (004 §4.2) |
      | imitation_barrier        | 3                                         | estimate |
      | competitor_count         | some                                      | estimate |
      | dev_difficulty           | 4                                         | estimate |
      | tech_availability        | 4                                         | Japanese inverter technology was for sale (004 §4.2) |
      | tech_stage               | application                               | a product technology |
      | time_pressure            | 4                                         | estimate |
      | gov_support              | 2                                         | estimate |
      | academic_links           | 2                                         | estimate |
      | cluster_peers            | 1                                         | Haier in the same cluster |
      | association_strength     | 2                                         | 004 §5 finds the cluster lacked a coordinating platform |
      | peer_rivalry             | 5                                         | estimate |
      | foreign_partner_fit      | 2                                         | estimate |
      | share_willingness        | 2                                         | estimate |
      | alliance_focus           | unknown                                   | licensing, not an alliance |
      | ma_targets               | 2                                         | estimate |
      | geopolitical_risk        | 1                                         | estimate |
      | ip_leakage_concern       | 2                                         | estimate |
      | short_termism            | 2                                         | estimate |
      | import_dependence        | 3                                         | estimate |
    When the expert system gives its advice
    Then the first choice is one of import_absorb
    And import_absorb is among the top two
    And cross_border_ma does not come first

  Scenario: SAIC buys the Rover 75 intellectual property, 2004: import and re-innovate
    Decision: in late 2004 SAIC bought the rights to the Rover 25 and 75 models for about £67m from failing MG Rover and, with former MG Rover engineers working in the UK through Ricardo, developed its own car on that base.
    Outcome: success: SAIC launched the Roewe 750 in 2006-07 as its first own-brand car, developed by its European R&D team on the complete Rover 75 rights.
    Sources: AM Online 2006-10-13 "Rover becomes Roewe" (https://www.am-online.com/news/2006/10/13/rover-becomes-roewe/13195/); IndustryWeek/AFP 2006-10-24 "China's SAIC to launch own car based on Rover technology"; AROnline "Roewe 750 development story"; famouschinese.com on SAIC and MG Rover (2005); Wikipedia (Spanish) "Roewe" on Ricardo's role; Asia Sentinel 2009 on SAIC's lack of own technology.
    Given SAIC in 2004, seeking a sedan platform:
      | field                    | value                                           | note |
      | firm_name                | Shanghai Automotive Industry Corporation (SAIC) | name used in the report |
      | industry                 | passenger cars (sedans)                         | industry of the target technology |
      | cluster_role             | core_large_firm                                 | core firm of the Shanghai automotive cluster |
      | strategic_sector         | false                                           | the model rights were for sale |
      | industry_frontier        | 2                                               | estimate |
      | rd_intensity             | 0.01                                            | estimate: products came from JV partners |
      | rd_resources             | 2                                               | estimate |
      | core_ip                  | 1                                               | SAIC had neither own brands nor technology (Asia Sentinel) |
      | absorptive_capacity      | 2                                               | estimate: production skills; development bought as engineering services |
      | financial_strength       | 5                                               | cash-rich (Asia Sentinel) |
      | global_competitiveness   | 2                                               | estimate |
      | international_management | 1                                               | estimate: its first steps abroad |
      | talent_base              | 2                                               | estimate: hired UK engineers through Ricardo (AROnline) |
      | tech_gap                 | 4                                               | estimate |
      | imitation_barrier        | 2                                               | estimate |
      | competitor_count         | many                                            | many carmakers |
      | dev_difficulty           | 4                                               | estimate |
      | tech_availability        | 5                                               | MG Rover sold the model rights for about £67m (AM Online) |
      | tech_stage               | key_core                                        | a complete car platform |
      | time_pressure            | 4                                               | estimate: policy push for own brands |
      | gov_support              | 4                                               | estimate: state-owned |
      | academic_links           | 2                                               | estimate |
      | cluster_peers            | 0                                               | no other large carmaker in the cluster |
      | association_strength     | unknown                                         | not asked: no peer firm |
      | peer_rivalry             | unknown                                         | not asked: no peer firm |
      | foreign_partner_fit      | 3                                               | Ricardo set up a UK company to help develop the car (stringtranslate/Wikipedia) |
      | share_willingness        | 2                                               | estimate |
      | alliance_focus           | unknown                                         | engineering services, not an alliance |
      | ma_targets               | 3                                               | MG Rover itself was for sale, but SAIC walked away over its finances (famouschinese) |
      | geopolitical_risk        | 1                                               | estimate |
      | ip_leakage_concern       | 1                                               | estimate |
      | short_termism            | 3                                               | estimate |
      | import_dependence        | 5                                               | all core technology came from JV partners (Asia Sentinel) |
    When the expert system gives its advice
    Then the first choice is one of import_absorb, cross_border_ma
    And import_absorb is among the top two
    And original does not come first

  Scenario: Taiwan's ITRI licenses CMOS technology from RCA, 1976: import, absorb and spin off
    Decision: in 1976 the government-funded ITRI chose RCA out of 14 candidates and signed a CMOS IC technology transfer and licensing contract; 19 engineers were trained at RCA and a demonstration fab was built.
    Outcome: success: the demonstration fab reached 70% yield within six months (beating RCA's own plants); the project was spun off as UMC in 1980, and TSMC followed in 1987.
    Sources: ITRI 50th anniversary "Adopting technical knowledge from RCA" (https://50th.itri.org.tw/en/history/semiconductors/1); Computer History Museum, Robert Tsao oral history (https://www.computerhistory.org/collections/catalog/102746012); R. Brown, "Scaling silicon: the birth of UMC" (Medium).
    Given ITRI's IC project in 1976:
      | field                    | value                                  | note |
      | firm_name                | ITRI / ERSO integrated-circuit project | name used in the report |
      | industry                 | integrated circuits                    | industry of the target technology |
      | cluster_role             | standalone                             | a government institute; no IC firms yet |
      | strategic_sector         | false                                  | CMOS technology was licensable, as the RCA contract showed |
      | industry_frontier        | 1                                      | Taiwan made only low-value electronics assembly (R. Brown) |
      | rd_intensity             | unknown                                | a public institute without sales revenue |
      | rd_resources             | 3                                      | ITRI invested over $120m in 1976-80 (R. Brown) |
      | core_ip                  | 1                                      | estimate |
      | absorptive_capacity      | 3                                      | estimate: NCTU's semiconductor lab and trained engineers |
      | financial_strength       | 3                                      | estimate: government budget |
      | global_competitiveness   | 1                                      | estimate |
      | international_management | 2                                      | estimate |
      | talent_base              | 3                                      | estimate: overseas Chinese engineers such as W.Y. Pan advised |
      | tech_gap                 | 5                                      | estimate |
      | imitation_barrier        | 3                                      | estimate |
      | competitor_count         | some                                   | estimate |
      | dev_difficulty           | 4                                      | estimate |
      | tech_availability        | 4                                      | RCA chosen out of 14 candidate licensors (R. Brown) |
      | tech_stage               | key_core                               | IC design and process |
      | time_pressure            | 3                                      | estimate |
      | gov_support              | 5                                      | ministers designed the project (ITRI) |
      | academic_links           | 4                                      | estimate: NCTU and ITRI |
      | cluster_peers            | 0                                      | no firms yet |
      | association_strength     | unknown                                | not asked: no peer firm |
      | peer_rivalry             | unknown                                | not asked: no peer firm |
      | foreign_partner_fit      | 3                                      | RCA was a willing licensor and trainer (ITRI) |
      | share_willingness        | 3                                      | estimate |
      | alliance_focus           | unknown                                | licensing, not an alliance |
      | ma_targets               | 1                                      | estimate |
      | geopolitical_risk        | 2                                      | estimate: diplomatic isolation of the 1970s |
      | ip_leakage_concern       | 1                                      | estimate |
      | short_termism            | 1                                      | estimate |
      | import_dependence        | 3                                      | estimate |
    When the expert system gives its advice
    Then the first choice is one of import_absorb, gov_industry_academia
    And import_absorb is among the top two
    And cross_border_ma does not come first
