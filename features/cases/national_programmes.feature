Feature: Case library: national programmes and consortia of large firms (004 §3.3, §3.4, §5.1, §5.3; 003 §3)
  Real government-industry-research programmes and consortia of large firms. 004 §3.3 and §5.3: in key fields
  where core technology is hard to develop, hard to import and cannot be bought, a government-led cooperation
  with universities and institutes is the best choice; 004 §3.4 and §5.1: large firms with the same need can
  attack it together when a coordinator eases their rivalry; 003 §3.3: pre-competitive frontier research is
  government-led. Each profile is that of a leading participant at the start.

  Scenario: Japan's VLSI Technology Research Association, 1976-1980: government-industry-research cooperation
    Decision: in 1976 MITI organised Fujitsu, Hitachi, Mitsubishi Electric, NEC and Toshiba with its Electrotechnical Laboratory into the VLSI research association and a joint laboratory on basic, common problems such as microfabrication and crystals; about ¥70bn over four years, ¥29bn from the state.
    Outcome: success: judged highly successful at home and abroad; it helped Japan lead memory chips by the 1980s and became a model (and a trade dispute with the US).
    Sources: SHMJ "The man behind the scenes of the VLSI project" (https://shmj.or.jp/shimura/shimura_E/ssis_shimura2_29E.html) and "The LSI joint research laboratory" (https://shmj.or.jp/shimura/shimura_E/ssis_shimura2_31E.html); Fransman, M. (1990) The Market and Beyond, Cambridge University Press, ch. "VLSI research project 1976-1980".
    Given a member firm of the VLSI association in 1976:
      | field                    | value                                                  | note |
      | firm_name                | VLSI Technology Research Association member (e.g. NEC) | name used in the report |
      | industry                 | integrated circuits                                    | industry of the target technology |
      | cluster_role             | core_large_firm                                        | one of Japan's five computer makers |
      | strategic_sector         | true                                                   | promoters saw no way but a national project to master VLSI (SHMJ 29) |
      | industry_frontier        | 3                                                      | Japan was starting 1K DRAM while the US talked of 1M (SHMJ 29) |
      | rd_intensity             | 0.06                                                   | estimate |
      | rd_resources             | 4                                                      | estimate |
      | core_ip                  | 2                                                      | estimate |
      | absorptive_capacity      | 5                                                      | estimate |
      | financial_strength       | 4                                                      | estimate |
      | global_competitiveness   | 3                                                      | estimate |
      | international_management | 2                                                      | estimate |
      | talent_base              | 4                                                      | estimate |
      | tech_gap                 | 4                                                      | three orders of magnitude behind IBM's reported 1M-bit chip (SHMJ 29; Fransman) |
      | imitation_barrier        | 4                                                      | estimate |
      | competitor_count         | few                                                    | estimate: a few US and Japanese chip makers |
      | dev_difficulty           | 5                                                      | estimate |
      | tech_availability        | 1                                                      | IBM's next-generation chips were not for sale (Fransman) |
      | tech_stage               | basic_frontier                                         | research themes were fundamental and common problems (SHMJ 31) |
      | time_pressure            | 4                                                      | estimate: fear of IBM's Future System |
      | gov_support              | 5                                                      | ¥29bn of the ¥70bn came from the state (SHMJ 29) |
      | academic_links           | 4                                                      | ETL and University of Tokyo's Prof. Tanaka drove it (SHMJ 29) |
      | cluster_peers            | 4                                                      | the four other member firms (SHMJ 29) |
      | association_strength     | 4                                                      | MITI and the research association coordinated (SHMJ 29) |
      | peer_rivalry             | 4                                                      | estimate: fierce competitors in the market |
      | foreign_partner_fit      | 1                                                      | estimate |
      | share_willingness        | 3                                                      | researchers of five firms worked in one laboratory (SHMJ 31) |
      | alliance_focus           | unknown                                                | no foreign alliance |
      | ma_targets               | 1                                                      | estimate |
      | geopolitical_risk        | 2                                                      | estimate: US pressure to open Japanese markets |
      | ip_leakage_concern       | 3                                                      | estimate |
      | short_termism            | 2                                                      | estimate |
      | import_dependence        | 3                                                      | estimate |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, cluster_cooperation
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first

  Scenario: SEMATECH, 1987: a consortium of US chipmakers with DARPA funding
    Decision: in 1987 fourteen US chipmakers (Intel, TI, IBM, AMD, Motorola, Micron and others) formed SEMATECH in Austin with matching DARPA funds of about $100m a year to solve common, pre-competitive manufacturing problems after losing the lead to Japan.
    Outcome: success: by 1992 the US industry regained world leadership in semiconductor manufacturing; SEMATECH is credited with cutting the R&D cost of each chip generation; it continued without federal money after 1996.
    Sources: SEMATECH 1987-1997: a final report to the Department of Defense (1997); GAO RCED-92-283 "Federal research: lessons learned from SEMATECH" (1992); MIT Technology Review 2011-07-25 "Lessons from Sematech" (https://www.technologyreview.com/2011/07/25/192832/lessons-from-sematech/); National Academies Press (record 5707).
    Given a founding member of SEMATECH in 1987:
      | field                    | value                                  | note |
      | firm_name                | SEMATECH founding member (e.g. Intel)  | name used in the report |
      | industry                 | semiconductor manufacturing technology | industry of the target technology |
      | cluster_role             | core_large_firm                        | large US chipmakers |
      | strategic_sector         | true                                   | the Defense Science Board called foreign dependence for chips unacceptable (SEMATECH report) |
      | industry_frontier        | 4                                      | estimate: US design strong, manufacturing overtaken by Japan |
      | rd_intensity             | 0.12                                   | estimate |
      | rd_resources             | 4                                      | estimate |
      | core_ip                  | 4                                      | estimate |
      | absorptive_capacity      | 4                                      | estimate |
      | financial_strength       | 3                                      | estimate: losses in the memory war |
      | global_competitiveness   | 4                                      | estimate |
      | international_management | 3                                      | estimate |
      | talent_base              | 5                                      | estimate |
      | tech_gap                 | 2                                      | estimate: a manufacturing-yield gap to Japan |
      | imitation_barrier        | 4                                      | estimate |
      | competitor_count         | few                                    | estimate |
      | dev_difficulty           | 5                                      | a new fab cost about $1bn (NAP) |
      | tech_availability        | 1                                      | estimate: Japanese rivals would not sell their process know-how |
      | tech_stage               | basic_frontier                         | pre-competitive manufacturing research (SEMATECH report) |
      | time_pressure            | 4                                      | estimate |
      | gov_support              | 4                                      | DARPA matched industry funds, up to $100m a year (NAP) |
      | academic_links           | 4                                      | estimate: university programmes were part of it |
      | cluster_peers            | 13                                     | the other founding members (NAP) |
      | association_strength     | 4                                      | a consortium board with industry leaders such as Sporck (Technology Review) |
      | peer_rivalry             | 4                                      | estimate |
      | foreign_partner_fit      | 1                                      | estimate: the aim was to regain the lead from foreign rivals |
      | share_willingness        | 3                                      | members gave 1% of chip revenue and staff (NAP) |
      | alliance_focus           | unknown                                | no foreign alliance |
      | ma_targets               | 1                                      | estimate |
      | geopolitical_risk        | 2                                      | estimate |
      | ip_leakage_concern       | 3                                      | estimate |
      | short_termism            | 3                                      | estimate |
      | import_dependence        | 3                                      | dependence on foreign equipment and chips (SEMATECH report) |
    When the expert system gives its advice
    Then the first choice is one of cluster_cooperation, gov_industry_academia
    And cluster_cooperation is among the top two
    And cross_border_alliance does not come first
    And cross_border_ma does not come first

  Scenario: Airbus Industrie, 1970: European aircraft makers pool development with state backing
    Decision: in 1969 the French and German governments launched the A300 and in December 1970 Aérospatiale and Deutsche Airbus (MBB, VFW) formed Airbus Industrie, later joined by CASA, with Hawker Siddeley making the wings, because no European maker alone could compete with Boeing, McDonnell Douglas and Lockheed.
    Outcome: success: the A300 flew in 1972, and Airbus grew into the world's biggest commercial aircraft maker.
    Sources: Flightglobal "Airbus history" supplement (https://www.flightglobal.com/airbus-supplement-airbus-history/17902.article); Aviation Week 2020 "Airbus at 50"; Key.Aero 2020 on Airbus at fifty (https://www.key.aero/article/notime-toulouse-rapid-rise-airbus); airbe-bremen "1970: Die Gründung von Airbus Industrie".
    Given Aérospatiale in 1970:
      | field                    | value                                   | note |
      | firm_name                | Aérospatiale (Airbus Industrie partner) | name used in the report |
      | industry                 | commercial aircraft                     | industry of the target technology |
      | cluster_role             | core_large_firm                         | a core firm of Europe's aerospace industry |
      | strategic_sector         | true                                    | governments treated airliners as strategic; US makers would not sell the technology |
      | industry_frontier        | 3                                       | individual European airliners had failed commercially (Aviation Week) |
      | rd_intensity             | 0.08                                    | estimate |
      | rd_resources             | 3                                       | estimate: not enough alone for a widebody |
      | core_ip                  | 3                                       | estimate: Caravelle and Concorde experience |
      | absorptive_capacity      | 4                                       | estimate |
      | financial_strength       | 2                                       | estimate: alone unable to fund a widebody |
      | global_competitiveness   | 2                                       | no European maker could compete worldwide (Flightglobal, Béteille) |
      | international_management | 3                                       | estimate |
      | talent_base              | 4                                       | estimate |
      | tech_gap                 | 3                                       | estimate |
      | imitation_barrier        | 5                                       | estimate |
      | competitor_count         | few                                     | Boeing, McDonnell Douglas and Lockheed (Flightglobal) |
      | dev_difficulty           | 5                                       | estimate: a new widebody programme |
      | tech_availability        | 1                                       | estimate: US makers were rivals, not licensors |
      | tech_stage               | key_core                                | a new airliner |
      | time_pressure            | 4                                       | US widebodies threatened any European recovery (Flightglobal) |
      | gov_support              | 5                                       | ministers launched the A300 programme (Key.Aero) |
      | academic_links           | 3                                       | estimate |
      | cluster_peers            | 3                                       | Deutsche Airbus, Hawker Siddeley, later CASA (airbe-bremen) |
      | association_strength     | 4                                       | Airbus Industrie coordinated development, sales and support (airbe-bremen) |
      | peer_rivalry             | 3                                       | estimate |
      | foreign_partner_fit      | 4                                       | estimate: the partners across the border filled each other's gaps |
      | share_willingness        | 4                                       | estimate |
      | alliance_focus           | technology                              | a new aircraft programme |
      | ma_targets               | 1                                       | estimate |
      | geopolitical_risk        | 2                                       | estimate |
      | ip_leakage_concern       | 3                                       | estimate |
      | short_termism            | 2                                       | estimate |
      | import_dependence        | 3                                       | engines came from General Electric (Aviation Week) |
    When the expert system gives its advice
    Then the first choice is one of cluster_cooperation, cross_border_alliance
    And cluster_cooperation is among the top two
    And original does not come first
    And cross_border_ma does not come first

  Scenario: China's TD-SCDMA 3G standard led by Datang, 1998-2009: government-industry-research cooperation
    Decision: from 1998 Datang, a state telecom research institute turned firm, developed TD-SCDMA with government backing, partnering Siemens and later an industry alliance, so that China would have its own 3G standard and avoid paying billions in royalties.
    Outcome: mixed: made a national standard in 2006 and licensed to China Mobile in 2009, but years behind WCDMA and CDMA2000 in handsets; a chipmaker went bankrupt and Datang earned little, though the work led on to TD-LTE.
    Sources: Xinhua via china.org.cn 2006-01-21 (http://english.china.org.cn/english/BAT/155944.htm); CommsUpdate 2003-08-29; FierceWireless 2008 "How far will China go to make TD-SCDMA a success?"; China Daily 2008-07-31; TechNode 2011-01-02; ZDNet 2006.
    Given Datang in 1998:
      | field                    | value                            | note |
      | firm_name                | Datang Telecom (CATT)            | name used in the report |
      | industry                 | 3G mobile standard and equipment | industry of the target technology |
      | cluster_role             | core_large_firm                  | estimate: a core firm of Beijing's telecom cluster |
      | strategic_sector         | true                             | the state backed an own standard to escape foreign royalties (ZDNet; China Daily) |
      | industry_frontier        | 2                                | estimate |
      | rd_intensity             | 0.1                              | estimate: a research institute at heart |
      | rd_resources             | 3                                | estimate |
      | core_ip                  | 3                                | estimate: holds the standard's core IP (TechNode) |
      | absorptive_capacity      | 3                                | estimate |
      | financial_strength       | 2                                | estimate |
      | global_competitiveness   | 1                                | estimate |
      | international_management | 2                                | estimate |
      | talent_base              | 3                                | estimate |
      | tech_gap                 | 3                                | born several years after WCDMA and CDMA2000 (Xinhua) |
      | imitation_barrier        | 4                                | estimate |
      | competitor_count         | few                              | two rival 3G standards (Xinhua) |
      | dev_difficulty           | 5                                | a whole standard with chips, handsets and networks (FierceWireless) |
      | tech_availability        | 3                                | rival standards could be licensed at a royalty (ZDNet) |
      | tech_stage               | key_core                         | a mobile standard |
      | time_pressure            | 3                                | estimate |
      | gov_support              | 5                                | the government pledged to spare no effort (CommsUpdate) |
      | academic_links           | 4                                | estimate: a state research institute with university partners |
      | cluster_peers            | 2                                | estimate: Huawei and ZTE joined the TD-SCDMA industry alliance |
      | association_strength     | 3                                | estimate: an industry alliance from 2002 |
      | peer_rivalry             | 4                                | estimate |
      | foreign_partner_fit      | 3                                | Siemens, Samsung and Philips partnered Datang (CommsUpdate) |
      | share_willingness        | 3                                | estimate |
      | alliance_focus           | technology                       | a new standard (CommsUpdate) |
      | ma_targets               | 1                                | estimate |
      | geopolitical_risk        | 2                                | estimate |
      | ip_leakage_concern       | 2                                | estimate |
      | short_termism            | 2                                | estimate |
      | import_dependence        | 4                                | estimate: 2G networks used foreign standards |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first

  Scenario: Yangtze Memory Technologies (YMTC) develops 3D NAND at home, 2016: state-led development
    Decision: in 2016, after the Micron approach failed, Tsinghua Unigroup (51%), the national IC Big Fund and Wuhan set up YMTC with a $24bn budget to develop 3D NAND flash with its own technology.
    Outcome: success: Xtacking architecture in 2018, 64-layer volume production in 2019, a 128-layer chip in 2020 about a year behind the leaders; still more than 80% of its equipment came from the US and Japan.
    Sources: etmag/Digitimes 2017-03-20 "Yangtze River Storage 3D NAND flash development on track" (http://etmag.com/etmag-news/daily-news/2017/0320/49.htm); DocMemory 2019-05-08 (https://simmtester.com/News/IndustryArticle/21123); PolicyCN/Caixin 2020 on the Big Fund; Elektroniknet 2018 on Xtacking; Bloomberg via SCMP 2020-09-10.
    Given YMTC in 2016:
      | field                    | value                              | note |
      | firm_name                | Yangtze Memory Technologies (YMTC) | name used in the report |
      | industry                 | 3D NAND flash memory               | industry of the target technology |
      | cluster_role             | core_large_firm                    | estimate: core of Wuhan's optics-valley chip cluster |
      | strategic_sector         | true                               | memory judged strategic and not for sale after the Micron episode |
      | industry_frontier        | 1                                  | China had no memory industry (SCMP 2015) |
      | rd_intensity             | unknown                            | no sales yet in 2016 |
      | rd_resources             | 4                                  | over 3,000 staff by 2018 (Elektroniknet) |
      | core_ip                  | 2                                  | estimate |
      | absorptive_capacity      | 3                                  | estimate |
      | financial_strength       | 5                                  | a $24bn budget, $12bn from the Big Fund (PolicyCN) |
      | global_competitiveness   | 1                                  | estimate |
      | international_management | 3                                  | estimate: veteran industry managers |
      | talent_base              | 3                                  | estimate |
      | tech_gap                 | 4                                  | estimate |
      | imitation_barrier        | 5                                  | estimate |
      | competitor_count         | few                                | a few NAND makers dominate (etmag) |
      | dev_difficulty           | 5                                  | estimate |
      | tech_availability        | 1                                  | estimate: NAND process technology not licensed to China |
      | tech_stage               | key_core                           | memory process and architecture |
      | time_pressure            | 5                                  | China used about 55% of world memory (etmag) |
      | gov_support              | 5                                  | Big Fund and Wuhan government (PolicyCN) |
      | academic_links           | 4                                  | parent controlled by Tsinghua University |
      | cluster_peers            | 0                                  | no peer memory firm in the cluster |
      | association_strength     | unknown                            | not asked: no peer firm |
      | peer_rivalry             | unknown                            | not asked: no peer firm |
      | foreign_partner_fit      | 2                                  | estimate |
      | share_willingness        | 2                                  | estimate |
      | alliance_focus           | unknown                            | no alliance in view |
      | ma_targets               | 1                                  | the Micron approach had failed on security grounds |
      | geopolitical_risk        | 4                                  | estimate: screening had closed acquisitions; equipment still imported |
      | ip_leakage_concern       | 3                                  | estimate |
      | short_termism            | 1                                  | estimate |
      | import_dependence        | 5                                  | over 80% of equipment from the US and Japan (SCMP 2020) |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, original
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first

  Scenario: Korea's CDMA programme with Qualcomm, 1989-1996: government-led development with a foreign partner
    Decision: in 1989 Korea's communications ministry gave ETRI $55m to develop digital cellular; in 1991 ETRI chose Qualcomm's CDMA and a joint development, with Samsung, LG and Hyundai building the equipment and CDMA made the national standard.
    Outcome: success: the world's first commercial CDMA service in 1996, 4.36 million subscribers by 1997, and Korean makers exporting CDMA systems; recognised as an IEEE Milestone in 2024.
    Sources: CDMA Development Group, Spectrum 1997-09 "Partners and pioneers" (http://www.cdg.org/resources/library/spectrum/Sep97/pandp.asp); Newswise/ETRI 2024 "ETRI's CDMA commercialization technology honored as a milestone by IEEE"; The Investor 2024-06-10; Korea IT Times 2010-03-09; ChosunBiz 2026-01-23 on Korea's Motorola analogue phones of 1988.
    Given Korea's digital cellular programme in 1991:
      | field                    | value                             | note |
      | firm_name                | ETRI with Samsung, LG and Hyundai | name used in the report |
      | industry                 | digital mobile telephony (CDMA)   | industry of the target technology |
      | cluster_role             | core_large_firm                   | estimate: Samsung and LG as core firms with the state institute |
      | strategic_sector         | false                             | digital cellular systems could be imported, and Qualcomm licensed CDMA |
      | industry_frontier        | 2                                 | estimate: Korea imported its mobile phones from Motorola (ChosunBiz) |
      | rd_intensity             | unknown                           | a mixed programme of institute and firms |
      | rd_resources             | 3                                 | estimate |
      | core_ip                  | 2                                 | estimate: experience from the TDX switch project |
      | absorptive_capacity      | 4                                 | the TDX switching project had succeeded (Newswise) |
      | financial_strength       | 3                                 | $55m from the ministry (CDG) |
      | global_competitiveness   | 2                                 | estimate |
      | international_management | 2                                 | estimate |
      | talent_base              | 3                                 | estimate |
      | tech_gap                 | 4                                 | estimate |
      | imitation_barrier        | 4                                 | estimate |
      | competitor_count         | few                               | estimate |
      | dev_difficulty           | 5                                 | estimate: CDMA was untried commercially |
      | tech_availability        | 3                                 | a North American solution could be imported (CDG) |
      | tech_stage               | key_core                          | a digital cellular system |
      | time_pressure            | 4                                 | subscribers grew faster than planned; trials brought forward to 1994 (CDG) |
      | gov_support              | 5                                 | a national project of the ministry (Newswise) |
      | academic_links           | 4                                 | estimate: ETRI and universities |
      | cluster_peers            | 3                                 | Samsung, LG and Hyundai as equipment makers (The Investor) |
      | association_strength     | 4                                 | a ministry development office coordinated the firms (The Investor) |
      | peer_rivalry             | 3                                 | estimate |
      | foreign_partner_fit      | 5                                 | Qualcomm was willing to work closely with ETRI (CDG) |
      | share_willingness        | 3                                 | estimate |
      | alliance_focus           | technology                        | commercialising a new air interface (CDG) |
      | ma_targets               | 1                                 | estimate |
      | geopolitical_risk        | 1                                 | estimate |
      | ip_leakage_concern       | 2                                 | estimate |
      | short_termism            | 2                                 | estimate |
      | import_dependence        | 4                                 | analogue phones were imported Motorola sets (ChosunBiz) |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, cross_border_alliance
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first

  Scenario: Japan's Fifth Generation Computer Systems project, 1982-1992: a national programme that missed its goals
    Decision: in 1982 MITI launched the ten-year Fifth Generation project at ICOT with Japan's computer makers and ETL, about ¥54bn, betting on logic programming (Prolog) and parallel inference machines for knowledge processing.
    Outcome: failure commercially: it built parallel inference machines and much logic-programming research but had little impact on the computer market; it was wound down in 1992 as the industry moved to standard hardware.
    Sources: Center Consulting AI library "Japan launches the Fifth Generation Computer Systems project" citing the IPSJ Computer Museum (https://centerconsulting.com/ai-library/milestones/1982-fifth-generation-project); Computing History UK "Japan sets out its Fifth Generation project"; instadeq blog "Japan's Fifth Generation Computer Systems: success or failure?" (a summary quoting papers of 1983, 1993 and 1997).
    Given a member firm of the Fifth Generation project in 1982:
      | field                    | value                              | note |
      | firm_name                | ICOT member firm (e.g. Fujitsu)    | name used in the report |
      | industry                 | computers for knowledge processing | industry of the target technology |
      | cluster_role             | core_large_firm                    | Japan's large computer makers |
      | strategic_sector         | true                               | estimate: MITI saw next-generation computing as a national stake |
      | industry_frontier        | 4                                  | estimate: Japan near the frontier in hardware |
      | rd_intensity             | 0.08                               | estimate |
      | rd_resources             | 4                                  | estimate |
      | core_ip                  | 2                                  | estimate: little in logic programming |
      | absorptive_capacity      | 4                                  | estimate |
      | financial_strength       | 4                                  | estimate |
      | global_competitiveness   | 4                                  | estimate |
      | international_management | 2                                  | estimate |
      | talent_base              | 3                                  | estimate: software talent scarce |
      | tech_gap                 | 2                                  | estimate: nobody had such machines; a frontier bet |
      | imitation_barrier        | 4                                  | estimate |
      | competitor_count         | few                                | estimate |
      | dev_difficulty           | 5                                  | the original plan was seen as unrealistic even by its planners (instadeq) |
      | tech_availability        | 1                                  | nothing of the kind existed to buy |
      | tech_stage               | basic_frontier                     | a ten-year research programme on technology not yet commercial (Center Consulting) |
      | time_pressure            | 2                                  | estimate: a ten-year research horizon |
      | gov_support              | 5                                  | about ¥54bn of state funds (Center Consulting) |
      | academic_links           | 4                                  | ETL scientists planned it (instadeq) |
      | cluster_peers            | 7                                  | estimate: the other participating makers |
      | association_strength     | 4                                  | ICOT as the coordinating institute |
      | peer_rivalry             | 3                                  | estimate |
      | foreign_partner_fit      | 2                                  | estimate |
      | share_willingness        | 3                                  | estimate |
      | alliance_focus           | unknown                            | no foreign alliance |
      | ma_targets               | 1                                  | estimate |
      | geopolitical_risk        | 2                                  | estimate |
      | ip_leakage_concern       | 2                                  | estimate |
      | short_termism            | 2                                  | estimate |
      | import_dependence        | 3                                  | estimate: reliance on US architectures and software |
    When the expert system gives its advice
    Then the first choice is one of gov_industry_academia, original
    And gov_industry_academia is among the top two
    And cross_border_ma does not come first
    And import_absorb does not come first

  Scenario: China's Standard EMU (Fuxing), 2012-2017: joint development by the rolling-stock makers under China Railway
    Decision: in 2012 China Railway Corporation launched the China Standardized EMU project: CSR Sifang and CNR Changchun and Tangshan (rivals until their 2015 merger into CRRC) each built a 350 km/h train to common standards with domestically developed traction and bogies, to own IP free of the foreign licences behind the Harmony (CRH) trains.
    Outcome: success: prototypes ran 600,000 test km from 2015, entered revenue service in 2017 as Fuxing, and CRRC owns the intellectual property.
    Sources: Wikipedia "Fuxing (train)" (https://en.wikipedia.org/wiki/Fuxing_(train)); Railway Gazette 2017 "Blue Dolphin enters revenue service" (https://www.railwaygazette.com/high-speed/blue-dolphin-enters-revenue-service/44076.article); Locomotive Wiki "China Railways CR400".
    Given CSR Sifang in 2012:
      | field                    | value              | note |
      | firm_name                | CSR Qingdao Sifang | name used in the report |
      | industry                 | high-speed trains  | industry of the target technology |
      | cluster_role             | core_large_firm    | a core firm of China's rolling-stock industry |
      | strategic_sector         | true               | licensed Harmony technology blocked exports; own IP could not be bought (Wikipedia) |
      | industry_frontier        | 4                  | estimate: after CRH380A at world level |
      | rd_intensity             | 0.05               | estimate |
      | rd_resources             | 4                  | estimate |
      | core_ip                  | 3                  | estimate: re-innovated CRH380A, but on licensed foundations |
      | absorptive_capacity      | 5                  | estimate: had digested foreign technology since 2004 |
      | financial_strength       | 4                  | estimate |
      | global_competitiveness   | 3                  | estimate |
      | international_management | 2                  | estimate |
      | talent_base              | 4                  | estimate |
      | tech_gap                 | 2                  | estimate |
      | imitation_barrier        | 4                  | estimate |
      | competitor_count         | few                | estimate |
      | dev_difficulty           | 4                  | estimate |
      | tech_availability        | 2                  | foreign licences did not give exportable IP (Wikipedia) |
      | tech_stage               | key_core           | a complete train platform |
      | time_pressure            | 3                  | estimate |
      | gov_support              | 5                  | China Railway led and set the standards (Railway Gazette) |
      | academic_links           | 4                  | estimate: universities and institutes joined the programme |
      | cluster_peers            | 2                  | CNR Changchun and Tangshan, in other cities but the same national industry (Railway Gazette) |
      | association_strength     | 5                  | China Railway as owner-coordinator with common specifications (Railway Gazette) |
      | peer_rivalry             | 4                  | estimate: CSR and CNR competed fiercely until 2015 |
      | foreign_partner_fit      | 2                  | estimate |
      | share_willingness        | 3                  | estimate |
      | alliance_focus           | unknown            | no foreign alliance |
      | ma_targets               | 1                  | estimate |
      | geopolitical_risk        | 2                  | estimate |
      | ip_leakage_concern       | 3                  | estimate |
      | short_termism            | 2                  | estimate |
      | import_dependence        | 3                  | estimate |
    When the expert system gives its advice
    Then the first choice is one of cluster_cooperation, gov_industry_academia
    And cluster_cooperation is among the top two
    And import_absorb does not come first
    And cross_border_ma does not come first
