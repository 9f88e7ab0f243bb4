Feature: Case library: original in-house innovation (004 §3.1, §4.1)
  Real decisions to develop a core technology with the firm's own resources. 004 §3.1: original innovation
  fits where the firm has ample R&D resources, high imitation barriers and few potential competitors, and it
  need only break through the hardest core link; 002 §三(一) warns that lasting dependence on imports erodes
  own capability. One case comes from 004 §4.1 (Hisense); the others come from public sources.

  Scenario: Huawei sets up HiSilicon to design its own chips, 2004: original in-house innovation
    Decision: in 2004 Huawei founded HiSilicon in Shenzhen to design its own integrated circuits, first for its network equipment and, from 2009, application processors for its phones, instead of relying only on bought-in chips.
    Outcome: success: HiSilicon became China's largest IC design house ($1.4bn revenue in 2013); its Kirin 920 (2014) was the first LTE Cat 6 application processor; 80 million Kirin chips had shipped by 2016.
    Sources: XDA Developers 2015 "Kirin: a processor the Western world should look out for" (https://www.xda-developers.com/kirin-a-processor-the-western-world-should-look-out-for/); Strategy Analytics 2014-06-25 "Huawei surprises with world's first LTE Cat 6 apps processor"; Huawei announcement reported by diwarta 2016-06 ("Kirin hits 80 million"); gadgetgaliyara on Huawei keeping Kirin in-house.
    Given Huawei in 2004:
      | field                    | value                                                | note |
      | firm_name                | Huawei (HiSilicon)                                   | name used in the report |
      | industry                 | integrated circuits for telecom equipment and phones | industry of the target technology |
      | cluster_role             | core_large_firm                                      | a core firm of the Shenzhen ICT cluster |
      | strategic_sector         | true                                                 | chips are the key field 004 §4.1 calls the food of industry; estimate that own chips were deemed strategic |
      | industry_frontier        | 3                                                    | estimate: Chinese telecom equipment was catching up in 2004 |
      | rd_intensity             | 0.1                                                  | estimate: Huawei's policy of spending about a tenth of revenue on R&D |
      | rd_resources             | 5                                                    | estimate: one of China's largest R&D organisations |
      | core_ip                  | 3                                                    | estimate: experience designing ASICs for its own equipment |
      | absorptive_capacity      | 4                                                    | estimate |
      | financial_strength       | 4                                                    | estimate |
      | global_competitiveness   | 3                                                    | estimate: expanding fast abroad in 2004 |
      | international_management | 3                                                    | estimate |
      | talent_base              | 4                                                    | estimate: large pool of Chinese engineers |
      | tech_gap                 | 4                                                    | estimate: far behind Qualcomm in mobile processors at the time |
      | imitation_barrier        | 5                                                    | estimate: chip designs are hard to copy |
      | competitor_count         | few                                                  | a few mobile chip designers (Strategy Analytics) |
      | dev_difficulty           | 5                                                    | estimate |
      | tech_availability        | 4                                                    | estimate: chips could be bought and processor cores licensed from ARM |
      | tech_stage               | key_core                                             | chip design |
      | time_pressure            | 2                                                    | estimate: a long-term bet, not an emergency in 2004 |
      | gov_support              | 3                                                    | estimate |
      | academic_links           | 3                                                    | estimate |
      | cluster_peers            | 1                                                    | estimate: ZTE in the same cluster |
      | association_strength     | 2                                                    | estimate |
      | peer_rivalry             | 5                                                    | estimate: fierce Huawei-ZTE rivalry |
      | foreign_partner_fit      | 2                                                    | estimate |
      | share_willingness        | 2                                                    | estimate: Huawei keeps Kirin in-house and does not sell it (gadgetgaliyara) |
      | alliance_focus           | unknown                                              | no alliance in view |
      | ma_targets               | 2                                                    | estimate |
      | geopolitical_risk        | 2                                                    | estimate: little exposure in 2004 |
      | ip_leakage_concern       | 4                                                    | estimate |
      | short_termism            | 1                                                    | estimate: privately held, long-term |
      | import_dependence        | 4                                                    | estimate: nearly all chips bought abroad |
    When the expert system gives its advice
    Then the first choice is one of original, import_absorb
    And original is among the top two
    And cross_border_ma does not come first

  Scenario: BYD starts making rechargeable batteries its own way, 1995: original in-house innovation
    Decision: in February 1995 Wang Chuanfu, a battery researcher from the Beijing Nonferrous Metals Research Institute, founded BYD in Shenzhen with about $2.5m; instead of buying Japanese automated lines it developed its own products and a low-cost semi-manual process.
    Outcome: success: BYD won a Taiwanese order from Sanyo in 1995, held nearly 40% of the world nickel-cadmium market by 1997, and won Motorola (2000) and Nokia (2002) as lithium-ion customers.
    Sources: CnEVPost 2020-10-29 "How did BYD rise to prominence" (https://cnevpost.com/2020/10/29/how-did-byd-rise-to-prominence/); Telltales Founder Stories "BYD Company Limited" (https://telltales.substack.com/p/telltales-byd-company-limited); Week in China 2009-07 "Fully charged, raring to go"; plnmw profile of Wang Chuanfu.
    Given BYD in 1995:
      | field                    | value                  | note |
      | firm_name                | BYD                    | name used in the report |
      | industry                 | rechargeable batteries | industry of the target technology |
      | cluster_role             | sme_supplier           | a 20-person start-up supplying phone makers in Shenzhen |
      | strategic_sector         | false                  | battery technology of the time was for sale |
      | industry_frontier        | 2                      | estimate: Japanese firms dominated batteries |
      | rd_intensity             | 0.05                   | estimate |
      | rd_resources             | 2                      | small firm, but founded by a battery researcher (CnEVPost) |
      | core_ip                  | 2                      | the founder's research on batteries at the institute (CnEVPost) |
      | absorptive_capacity      | 4                      | estimate: chemists able to master the products quickly |
      | financial_strength       | 1                      | about $2.5m start-up capital (CnEVPost) |
      | global_competitiveness   | 1                      | a new firm |
      | international_management | 1                      | estimate |
      | talent_base              | 3                      | cheap engineers and workers (Telltales) |
      | tech_gap                 | 3                      | estimate: nickel-cadmium chemistry known; process know-how missing |
      | imitation_barrier        | 2                      | estimate |
      | competitor_count         | some                   | Japanese makers such as Sanyo dominated (CnEVPost) |
      | dev_difficulty           | 2                      | estimate: known chemistries, process innovation |
      | tech_availability        | 3                      | automated production lines could be imported, as many Chinese firms did (plnmw) |
      | tech_stage               | application            | production of known battery types |
      | time_pressure            | 3                      | estimate |
      | gov_support              | 1                      | estimate |
      | academic_links           | 4                      | ties to the research institute (CnEVPost) |
      | cluster_peers            | 0                      | a start-up with no peer large firm |
      | association_strength     | unknown                | not asked: no peer firm |
      | peer_rivalry             | unknown                | not asked: no peer firm |
      | foreign_partner_fit      | 1                      | estimate |
      | share_willingness        | 2                      | estimate |
      | alliance_focus           | unknown                | no alliance in view |
      | ma_targets               | 1                      | estimate |
      | geopolitical_risk        | 1                      | no controls |
      | ip_leakage_concern       | 3                      | estimate |
      | short_termism            | 2                      | estimate |
      | import_dependence        | 2                      | estimate |
    When the expert system gives its advice
    Then the first choice is one of original, import_absorb
    And original is among the top two
    And cross_border_ma does not come first

  Scenario: Hyundai develops its own Alpha engine, 1984: original in-house innovation after licences
    Decision: in mid-1984 Hyundai, whose cars all used engines licensed from its shareholder Mitsubishi, set up its own engine development under Lee Hyun-soon; Mitsubishi offered to halve its licence fees if Hyundai stopped.
    Outcome: success: the Alpha, the first Korean-designed engine, went into production in 1991; in the words of its developer, until 1991 Hyundai had no technology and relied totally on Mitsubishi.
    Sources: Los Angeles Times 1992-07-19 "Hyundai (yes, Hyundai) designs own engine, reaches new heights with it" (https://www.latimes.com/archives/la-xpm-1992-07-19-fi-4835-story.html) and 1992-07-30; Automobile Magazine 2008 "Hyundai: from borrowing engines from Mitsubishi to providing them for Mercedes-Benz" (https://www.automobilemag.com/news/hyundai-engines/); SCMP 1993 "Scoupe Koreans"; namu wiki "Hyundai Alpha engine" (Korean, anecdotes).
    Given Hyundai Motor in 1984:
      | field                    | value                 | note |
      | firm_name                | Hyundai Motor Company | name used in the report |
      | industry                 | car engines           | industry of the target technology |
      | cluster_role             | core_large_firm       | core of the Ulsan automotive cluster |
      | strategic_sector         | false                 | engines were available on licence |
      | industry_frontier        | 2                     | estimate: Korea's car industry still assembling licensed designs |
      | rd_intensity             | 0.03                  | estimate |
      | rd_resources             | 3                     | estimate: new Mabuk-ri research centre |
      | core_ip                  | 1                     | no engine design of its own (Automobile Magazine) |
      | absorptive_capacity      | 4                     | estimate: a decade of building and adapting Mitsubishi engines since the 1975 Pony |
      | financial_strength       | 4                     | estimate: backed by the Hyundai group |
      | global_competitiveness   | 2                     | estimate: just preparing US exports |
      | international_management | 2                     | estimate |
      | talent_base              | 3                     | estimate: engineers recruited from abroad, like Lee Hyun-soon |
      | tech_gap                 | 4                     | estimate |
      | imitation_barrier        | 3                     | estimate |
      | competitor_count         | many                  | many engine makers worldwide |
      | dev_difficulty           | 4                     | estimate |
      | tech_availability        | 4                     | Mitsubishi engines were licensed and the fees could be cut (namu wiki account) |
      | tech_stage               | key_core              | the engine is the car's core |
      | time_pressure            | 3                     | estimate |
      | gov_support              | 3                     | estimate: Korean heavy-industry policy |
      | academic_links           | 2                     | estimate |
      | cluster_peers            | 0                     | no other large carmaker in Ulsan |
      | association_strength     | unknown               | not asked: no peer firm |
      | peer_rivalry             | unknown               | not asked: no peer firm |
      | foreign_partner_fit      | 2                     | Mitsubishi opposed the project (namu wiki account) |
      | share_willingness        | 2                     | estimate |
      | alliance_focus           | unknown               | no alliance in view |
      | ma_targets               | 1                     | estimate |
      | geopolitical_risk        | 1                     | no controls |
      | ip_leakage_concern       | 3                     | Mitsubishi sat on the board as a major shareholder (namu wiki account) |
      | short_termism            | 2                     | estimate: the chairman backed a long project |
      | import_dependence        | 5                     | relied totally on Mitsubishi (Automobile Magazine) |
    When the expert system gives its advice
    Then the first choice is one of original
    And original is among the top two
    And cross_border_ma does not come first

  Scenario: Toyota develops the Prius hybrid system in-house, 1993-1997: original innovation
    Decision: in 1993 Toyota set up the G21 project for a car of the 21st century; to double fuel economy it chose a hybrid powertrain and, though it had no experience with the technology, decided to develop everything in-house.
    Outcome: success: the Prius, the world's first mass-produced hybrid car, launched in Japan in December 1997 while other makers watched.
    Sources: Toyota Global 2003 "We put everything into the development of this car" (https://www.toyota-global.com/company/toyota_traditions/company/sep_oct_2003.html); Autospies 2007 "The Prius celebrates its tenth birthday"; SearchAutoParts 2018 "20 years of the Toyota Prius".
    Given Toyota in 1993:
      | field                    | value                    | note |
      | firm_name                | Toyota Motor Corporation | name used in the report |
      | industry                 | hybrid powertrains       | industry of the target technology |
      | cluster_role             | core_large_firm          | core of the Toyota City (Aichi) cluster |
      | strategic_sector         | false                    | not a national-lifeline field |
      | industry_frontier        | 5                        | the Japanese car industry was at world level |
      | rd_intensity             | 0.04                     | estimate |
      | rd_resources             | 5                        | estimate |
      | core_ip                  | 2                        | Toyota had no experience with hybrid technology (Toyota Global) |
      | absorptive_capacity      | 5                        | estimate |
      | financial_strength       | 5                        | estimate |
      | global_competitiveness   | 5                        | estimate |
      | international_management | 4                        | estimate |
      | talent_base              | 5                        | estimate |
      | tech_gap                 | 2                        | estimate: nobody had a mass-production hybrid; Toyota at the frontier of car engineering |
      | imitation_barrier        | 4                        | estimate |
      | competitor_count         | few                      | others kept only just-in-case hybrid programmes (Autospies quoting the FT) |
      | dev_difficulty           | 5                        | the project needed great investment of time and labour (Toyota Global) |
      | tech_availability        | 1                        | no hybrid system existed to buy |
      | tech_stage               | key_core                 | a new powertrain |
      | time_pressure            | 4                        | US and California emission rules; launch moved up a year (SearchAutoParts; Autospies) |
      | gov_support              | 2                        | estimate: regulation pushed, no programme funded it |
      | academic_links           | 2                        | estimate |
      | cluster_peers            | 0                        | no peer carmaker in the cluster |
      | association_strength     | unknown                  | not asked: no peer firm |
      | peer_rivalry             | unknown                  | not asked: no peer firm |
      | foreign_partner_fit      | 1                        | estimate |
      | share_willingness        | 1                        | estimate |
      | alliance_focus           | unknown                  | no alliance in view |
      | ma_targets               | 1                        | estimate: nothing to buy |
      | geopolitical_risk        | 1                        | estimate |
      | ip_leakage_concern       | 4                        | estimate |
      | short_termism            | 1                        | estimate |
      | import_dependence        | 1                        | estimate |
    When the expert system gives its advice
    Then the first choice is one of original
    And original is among the top two
    And cross_border_ma does not come first
    And import_absorb does not come first

  Scenario: Hisense's ASIC design centre and the Xinxin chip, 2001-2005: original innovation (004 §4.1)
    Decision: in 2001 Hisense, a core firm of the Qingdao appliance cluster, set up an ASIC design centre in Shanghai because China's 70 million TVs a year used no Chinese-made chip.
    Outcome: success: in June 2005 Hisense produced Xinxin, China's first self-developed digital-TV processing chip (004 §4.1).
    Sources: 004 §4.1 (seed paper 004, case of the Qingdao home-appliance cluster).
    Given Hisense in 2001:
      | field                    | value            | note |
      | firm_name                | Hisense Group    | name used in the report |
      | industry                 | digital-TV chips | industry of the target technology |
      | cluster_role             | core_large_firm  | one of the three core firms of the Qingdao cluster (004 §4) |
      | strategic_sector         | true             | 004 §4.1 calls chips the life-and-death industry |
      | industry_frontier        | 2                | estimate: TV assembly mature, chip design absent |
      | rd_intensity             | 0.05             | estimate |
      | rd_resources             | 4                | estimate |
      | core_ip                  | 2                | estimate: no chip IP before the centre |
      | absorptive_capacity      | 4                | estimate: had digested inverter technology (004 §4.2) |
      | financial_strength       | 4                | estimate |
      | global_competitiveness   | 2                | estimate |
      | international_management | 2                | estimate |
      | talent_base              | 3                | estimate: the centre was placed in Shanghai for its talent |
      | tech_gap                 | 4                | China used no domestic TV chip (004 §4.1) |
      | imitation_barrier        | 4                | estimate |
      | competitor_count         | few              | estimate |
      | dev_difficulty           | 4                | estimate |
      | tech_availability        | 2                | estimate: chips bought, designs not licensed |
      | tech_stage               | key_core         | chip design |
      | time_pressure            | 3                | estimate |
      | gov_support              | 3                | estimate |
      | academic_links           | 3                | estimate |
      | cluster_peers            | 1                | Haier in the same cluster |
      | association_strength     | 2                | 004 §5 finds the cluster lacked a coordinating platform |
      | peer_rivalry             | 5                | estimate: Haier and Hisense are direct rivals |
      | foreign_partner_fit      | 2                | estimate |
      | share_willingness        | 2                | estimate |
      | alliance_focus           | unknown          | no alliance in view |
      | ma_targets               | 2                | estimate |
      | geopolitical_risk        | 2                | estimate |
      | ip_leakage_concern       | 4                | estimate |
      | short_termism            | 2                | estimate |
      | import_dependence        | 5                | every TV chip was imported (004 §4.1) |
    When the expert system gives its advice
    Then the first choice is one of original, gov_industry_academia
    And original is among the top two
    And cross_border_ma does not come first
