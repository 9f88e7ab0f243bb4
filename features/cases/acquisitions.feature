Feature: Case library: cross-border acquisitions that delivered technology (004 §3.6, §5.2)
  Real acquisitions of foreign firms made to own their patents, R&D teams and brands. Each case gives the
  acquirer's profile at the decision point, from the cited public sources (values marked "estimate" are
  reasoned guesses). Expectations come from the sources and from 004 §3.6 (M&A fits when own R&D cannot yet
  reach the technology, capability has been accumulated and targets exist, e.g. distressed firms after the
  financial crisis) and 004 §5.2 (global competitiveness and an integrating management), never from the engine.

  Scenario: Geely acquires Volvo Cars, 2010: cross-border M&A
    Decision: in March 2010 Zhejiang Geely, a private carmaker with weak own technology and a cheap-car image, signed to buy Volvo Cars from Ford for $1.8bn (Ford had paid $6.45bn in 1999) to gain safety and powertrain technology, R&D and a premium brand.
    Outcome: success: Volvo stayed in Sweden and Belgium; the Compact Modular Architecture developed jointly by Volvo and Geely (CEVT, Gothenburg) debuted in 2017 and carries the Volvo XC40 and the Lynk & Co models, with more than 600,000 cars sold by 2020.
    Sources: AP in Herald-Tribune 2010-03-29 "Chinese company gets deal on Volvo" (http://www.heraldtribune.com/news/20100329/chinese-company-gets-deal-on-volvo); Fox News/WSJ 2010 "China's Geely to Buy Volvo From Ford" (https://www.foxnews.com/auto/chinas-geely-to-buy-volvo-from-ford); etn.se 2018 "Volvo axar med Lynk & Co i Europa" (https://etn.se/index.php/nyheter/64544-volvo-axar-med-lynk-co-i-europa.html); autonoticias.cl 2020-08-06 on 600,000 CMA cars; AP via telegram.com and sauress.com 2010-03-28.
    Given Geely in 2010:
      | field                    | value                  | note |
      | firm_name                | Zhejiang Geely Holding | name used in the report |
      | industry                 | passenger cars         | industry of the target technology |
      | cluster_role             | standalone             | estimate: a private carmaker not acting as the core of a cluster in the 004 sense |
      | strategic_sector         | false                  | car technology was for sale, as the deal itself shows |
      | industry_frontier        | 2                      | estimate: the Chinese car industry of 2010 was still far from world level |
      | rd_intensity             | 0.03                   | estimate: typical for a Chinese own-brand carmaker of the time |
      | rd_resources             | 2                      | estimate: own institute able to make engines and gearboxes, but no premium or safety capability |
      | core_ip                  | 2                      | estimate: few own patents in safety and premium platforms |
      | absorptive_capacity      | 3                      | estimate: Geely had learnt to build engines and gearboxes of its own |
      | financial_strength       | 3                      | small own funds; financing came from Chinese, US and European banks with Swedish and Belgian loan guarantees (Fox/WSJ) |
      | global_competitiveness   | 2                      | Geely had struggled to upgrade its image in overseas markets (AP via sauress.com) |
      | international_management | 3                      | estimate: years of planning and 18 months of talks; pledged to keep Volvo autonomous in Sweden (AP) |
      | talent_base              | 2                      | estimate: few engineers experienced in premium cars |
      | tech_gap                 | 4                      | estimate: wide gap in safety, premium platforms and powertrains |
      | imitation_barrier        | 2                      | estimate: low-priced cars that rivals copy easily |
      | competitor_count         | many                   | many Chinese and foreign carmakers |
      | dev_difficulty           | 4                      | estimate: premium platforms and safety systems take years and large budgets |
      | tech_availability        | 2                      | estimate: premium carmakers do not license platforms to a newcomer |
      | tech_stage               | key_core               | platforms, safety and powertrain are the carmaker's core technology |
      | time_pressure            | 4                      | estimate: Geely wanted to move upmarket and abroad quickly |
      | gov_support              | 4                      | China's industry minister witnessed the signing (AP/telegram.com); state-bank financing |
      | academic_links           | 2                      | estimate: ordinary ties to universities |
      | cluster_peers            | 0                      | no peer large firm jointly seeking the technology |
      | association_strength     | unknown                | not asked: no peer firm |
      | peer_rivalry             | unknown                | not asked: no peer firm |
      | foreign_partner_fit      | 2                      | estimate: no foreign carmaker offered to co-develop premium technology with Geely |
      | share_willingness        | 3                      | estimate |
      | alliance_focus           | unknown                | no alliance was in view |
      | ma_targets               | 5                      | Ford had been trying to sell loss-making Volvo since 2008 and sold it for a fraction of its 1999 price (AP) |
      | geopolitical_risk        | 1                      | Swedish and Belgian governments guaranteed loans; no screening obstacle reported |
      | ip_leakage_concern       | 2                      | estimate |
      | short_termism            | 2                      | estimate: the founder-owner pursued a long-term plan |
      | import_dependence        | 3                      | estimate: engines and key parts partly bought in |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And original does not come first
    And cluster_cooperation does not come first

  Scenario: Lenovo buys IBM's PC division, 2004: cross-border M&A
    Decision: in December 2004 Lenovo, China's PC leader (about $3bn revenue, ninth in the world), agreed to buy IBM's personal computing division for $1.25bn in cash and shares plus $500m of debt, taking the Think brands, R&D and about 10,000 IBM staff.
    Outcome: success: completed May 2005, Lenovo became the third-largest PC maker; by 2013 IDC and Gartner both ranked it the largest PC maker in the world.
    Sources: Xinhua in china.org.cn 2005-05-02 (http://china.org.cn/archive/2005-05/02/content_1127653.htm); ConsumerAffairs 2004 (https://www.consumeraffairs.com/news04/ibm.html); R&D World "Lenovo to Acquire IBM Personal Computing Division"; Maximum PC 2014 "IDC and Gartner agree, Lenovo top PC maker for a full calendar year"; TechReport 2004 "Lenovo buys IBM PC division".
    Given Lenovo in 2004:
      | field                    | value              | note |
      | firm_name                | Lenovo Group       | name used in the report |
      | industry                 | personal computers | industry of the target technology |
      | cluster_role             | core_large_firm    | estimate: a core firm of Beijing's Zhongguancun IT cluster |
      | strategic_sector         | false              | PC technology was for sale |
      | industry_frontier        | 3                  | estimate: Chinese PC making was mature in volume but not in notebook engineering |
      | rd_intensity             | 0.015              | estimate: low R&D share typical of PC assemblers |
      | rd_resources             | 3                  | estimate: solid own product development for the Chinese market |
      | core_ip                  | 2                  | estimate: few patents in notebook and enterprise PC design |
      | absorptive_capacity      | 4                  | estimate: long experience turning components into competitive products |
      | financial_strength       | 3                  | $650m in cash plus $600m in shares for a firm with about $3bn revenue (china.org.cn) |
      | global_competitiveness   | 3                  | China's and Asia's leading PC brand since 1997 but ninth in the world (techreport; certforums) |
      | international_management | 3                  | IBM's Stephen Ward became CEO and headquarters moved to New York (AP); own team little tested abroad |
      | talent_base              | 3                  | estimate |
      | tech_gap                 | 3                  | estimate: behind in notebook engineering and enterprise products |
      | imitation_barrier        | 2                  | estimate: PCs are easy to copy |
      | competitor_count         | many               | Dell, HP and many others (ConsumerAffairs) |
      | dev_difficulty           | 3                  | estimate |
      | tech_availability        | 3                  | estimate: components are open, but ThinkPad engineering was not for licence |
      | tech_stage               | application        | market products built on standard components |
      | time_pressure            | 4                  | estimate: a goal of becoming an international firm quickly (Liu Chuanzhi, stardestroyer quote) |
      | gov_support              | 3                  | estimate: Legend/Lenovo's origin in the Chinese Academy of Sciences and approval of the deal |
      | academic_links           | 3                  | estimate: spun out of the Chinese Academy of Sciences |
      | cluster_peers            | 2                  | estimate: Founder and Tongfang, also Zhongguancun PC makers |
      | association_strength     | 2                  | estimate: no platform coordinating these rivals |
      | peer_rivalry             | 4                  | estimate: fierce domestic price competition |
      | foreign_partner_fit      | 2                  | estimate: no foreign maker would co-develop its core products |
      | share_willingness        | 3                  | estimate |
      | alliance_focus           | unknown            | an alliance with IBM was part of the deal but not its aim |
      | ma_targets               | 5                  | IBM wanted to leave PCs to focus on services and servers (ConsumerAffairs) |
      | geopolitical_risk        | 3                  | estimate: a US security review of an IBM unit was to be expected |
      | ip_leakage_concern       | 2                  | estimate |
      | short_termism            | 2                  | estimate |
      | import_dependence        | 4                  | estimate: processors and operating systems all imported |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And original does not come first

  Scenario: Sany buys Putzmeister, 2012: cross-border M&A
    Decision: in January 2012 Sany, China's market leader in concrete pumps, bought 100% of Germany's family-owned Putzmeister, the world leader outside China, for a reported EUR 360-525m, to gain premium pumping technology and a global brand.
    Outcome: success by the sources' account: a landmark deal giving Sany premium concrete-pumping technology and a market-leading brand, kept as a separate brand under Sany.
    Sources: BFT International 2012 "Sany takes over Putzmeister, the specialist in concrete pumps" (https://bft-international.com/en/artikel/bft_Sany_takes_over_Putzmeister_the_specialist_in_concrete_pumps-1391224.html); World Highways 2012-05-02 "Sany on acquisition trail"; Shanghai Daily "Zoomlion bids to buy remaining CIFA stake" (rival Zoomlion's 2008 CIFA purchase).
    Given Sany Heavy Industry in 2012:
      | field                    | value                                   | note |
      | firm_name                | Sany Heavy Industry                     | name used in the report |
      | industry                 | construction machinery / concrete pumps | industry of the target technology |
      | cluster_role             | core_large_firm                         | a core firm of the Changsha construction-machinery cluster with Zoomlion |
      | strategic_sector         | false                                   | the technology was for sale |
      | industry_frontier        | 4                                       | estimate: Chinese construction machinery close to world level by 2012 |
      | rd_intensity             | 0.05                                    | estimate: Sany is known for a high R&D share |
      | rd_resources             | 4                                       | estimate |
      | core_ip                  | 3                                       | estimate: leader in China with its own pump designs |
      | absorptive_capacity      | 4                                       | estimate |
      | financial_strength       | 5                                       | estimate: China's largest machinery maker at the end of the building boom |
      | global_competitiveness   | 3                                       | market leader in China but little share in Western markets (World Highways) |
      | international_management | 3                                       | estimate: some overseas plants, little experience integrating a foreign leader |
      | talent_base              | 3                                       | estimate |
      | tech_gap                 | 2                                       | estimate: close to the leaders, behind in premium pumping technology |
      | imitation_barrier        | 3                                       | estimate |
      | competitor_count         | some                                    | a handful of world pump makers |
      | dev_difficulty           | 3                                       | estimate |
      | tech_availability        | 2                                       | estimate: the leaders do not license premium pump technology |
      | tech_stage               | application                             | market products |
      | time_pressure            | 3                                       | estimate |
      | gov_support              | 3                                       | estimate |
      | academic_links           | 3                                       | estimate |
      | cluster_peers            | 1                                       | Zoomlion, which bought Italy's CIFA in 2008 for concrete-pump technology (Shanghai Daily) |
      | association_strength     | 2                                       | estimate: no body reconciling the two rivals |
      | peer_rivalry             | 5                                       | estimate: Sany and Zoomlion are direct rivals |
      | foreign_partner_fit      | 2                                       | estimate |
      | share_willingness        | 2                                       | estimate |
      | alliance_focus           | unknown                                 | no alliance in view |
      | ma_targets               | 5                                       | family-owned world leader up for sale (World Highways) |
      | geopolitical_risk        | 1                                       | estimate: German screening was light in 2012 |
      | ip_leakage_concern       | 3                                       | estimate |
      | short_termism            | 2                                       | estimate |
      | import_dependence        | 2                                       | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And cluster_cooperation does not come first

  Scenario: Midea takes over KUKA robotics, 2016: cross-border M&A
    Decision: in May 2016 Midea, a Chinese home-appliance maker already holding 13.5% of KUKA, offered EUR 115 a share (about EUR 4.5bn) for the German robot maker, one of the world's big four, to move into robotics and automate its own plants.
    Outcome: success: Midea ended with 94.55% of KUKA; after German, EU, Russian, Chinese and US (CFIUS and defence-trade) approvals the deal completed in January 2017, KUKA staying autonomous and aiming to make China its largest market.
    Sources: TechNode 2016-05-19 "Chinese appliance company aims to go high tech" (https://technode.com/2016/05/19/chinese-appliance-company-aims-go-high-tech-5-billion-bid-germany-robotics-company/); Robohub 2016-05-19; wautom.com/China Daily "China's Midea completes takeover bid for German robot maker" (https://wautom.com/2017/10/chinas-midea-completes-takeover-bid-for-german-robot-maker-kuka); thepacific.org 2016-05-27; Reuters via network-securitas 2016-05-27.
    Given Midea in 2016:
      | field                    | value                            | note |
      | firm_name                | Midea Group                      | name used in the report |
      | industry                 | industrial robots and automation | industry of the target technology |
      | cluster_role             | core_large_firm                  | a core firm of the Foshan (Shunde) appliance cluster |
      | strategic_sector         | false                            | robotics was a policy priority but the technology was for sale |
      | industry_frontier        | 2                                | estimate: China's robot industry far behind the big four |
      | rd_intensity             | 0.025                            | estimate: appliance-maker level |
      | rd_resources             | 2                                | estimate: strong in appliances, thin in robotics |
      | core_ip                  | 1                                | estimate: no robot technology of its own |
      | absorptive_capacity      | 3                                | estimate: large engineering base in appliances |
      | financial_strength       | 5                                | more than EUR 1bn net cash; all-cash offer (thepacific.org) |
      | global_competitiveness   | 4                                | estimate: one of the world's largest appliance makers; had just bought 80% of Toshiba's appliance arm (Robohub) |
      | international_management | 3                                | pledged to keep KUKA autonomous; recent Toshiba deal (thepacific.org; Robohub) |
      | talent_base              | 2                                | estimate: few robotics engineers |
      | tech_gap                 | 5                                | estimate: far behind in industrial robots |
      | imitation_barrier        | 3                                | estimate |
      | competitor_count         | some                             | KUKA, Fanuc, Yaskawa and ABB lead (Robohub) |
      | dev_difficulty           | 5                                | estimate: decades of know-how in robots and controls |
      | tech_availability        | 2                                | estimate: the big four sell robots, not their technology |
      | tech_stage               | key_core                         | robot and automation technology for its Smart strategy (TechNode) |
      | time_pressure            | 4                                | rising labour costs and a shrinking workforce (TechNode) |
      | gov_support              | 4                                | state-stimulated push into robotics (Robohub) |
      | academic_links           | 2                                | estimate |
      | cluster_peers            | 1                                | estimate: Gree, the other appliance major of the Pearl River Delta, also entered robotics |
      | association_strength     | 2                                | estimate |
      | peer_rivalry             | 5                                | estimate: fierce appliance rivalry |
      | foreign_partner_fit      | 2                                | estimate |
      | share_willingness        | 3                                | estimate |
      | alliance_focus           | unknown                          | no alliance in view |
      | ma_targets               | 4                                | KUKA's CEO welcomed the bid (network-securitas/Reuters) |
      | geopolitical_risk        | 3                                | German and US reviews incl. CFIUS; regulators worried about technology transfer (TechNode; wautom) |
      | ip_leakage_concern       | 2                                | estimate |
      | short_termism            | 2                                | estimate |
      | import_dependence        | 4                                | estimate: its plants relied on imported robots |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And original does not come first

  Scenario: ChemChina acquires Syngenta, 2016: cross-border M&A
    Decision: in February 2016 state-owned ChemChina offered $43bn for Swiss Syngenta, the largest European producer of hybrid seeds and crop-protection products with 13,000 patents and 119 R&D units, as China sought seed and agrochemical technology for food security.
    Outcome: success: after approval by authorities in 20 jurisdictions, including CFIUS, the US FTC and the EU, ChemChina completed the deal in June 2017 and kept Syngenta's management.
    Sources: APD News/China Daily 2017 on the completed deal (https://www.apdnews.com/article/f9acd94); SupChina 2017-04-06 "ChemChina seals Syngenta merger with EU approval" (https://supchina.com/2017/04/06/chemchina-seals-syngenta-merger-eu-approval/); Topix/Bloomberg 2017-05-04.
    Given ChemChina in 2016:
      | field                    | value                                           | note |
      | firm_name                | China National Chemical Corporation (ChemChina) | name used in the report |
      | industry                 | seeds and crop protection                       | industry of the target technology |
      | cluster_role             | standalone                                      | state group, not part of a regional cluster |
      | strategic_sector         | false                                           | seeds matter for food security, but here the technology was for sale |
      | industry_frontier        | 2                                               | estimate: Chinese seed and agrochemical R&D well behind the global leaders |
      | rd_intensity             | 0.01                                            | estimate: mostly generic chemicals |
      | rd_resources             | 2                                               | estimate: thin in seed biotechnology |
      | core_ip                  | 2                                               | estimate: generic agrochemicals, few seed traits |
      | absorptive_capacity      | 3                                               | estimate |
      | financial_strength       | 5                                               | estimate: state backing and bank financing for a $43bn cash offer |
      | global_competitiveness   | 3                                               | estimate: owner of Adama, a major generic agrochemical maker |
      | international_management | 4                                               | estimate: had integrated Adama and other foreign firms; pledged to keep Syngenta's management (APD) |
      | talent_base              | 2                                               | estimate |
      | tech_gap                 | 4                                               | estimate: wide gap in seed traits and new active ingredients |
      | imitation_barrier        | 4                                               | estimate: patented traits and molecules |
      | competitor_count         | few                                             | a few global seed and agrochemical majors, then consolidating (SupChina) |
      | dev_difficulty           | 5                                               | estimate: long, costly, risky development |
      | tech_availability        | 1                                               | estimate: leaders do not license core traits to rivals |
      | tech_stage               | key_core                                        | seed and crop-protection technology |
      | time_pressure            | 4                                               | China relies heavily on imports for some farm products (APD) |
      | gov_support              | 5                                               | estimate: state-owned and backed by national food-security policy |
      | academic_links           | 2                                               | estimate |
      | cluster_peers            | 0                                               | no peer large firm |
      | association_strength     | unknown                                         | not asked: no peer firm |
      | peer_rivalry             | unknown                                         | not asked: no peer firm |
      | foreign_partner_fit      | 2                                               | estimate |
      | share_willingness        | 2                                               | estimate |
      | alliance_focus           | unknown                                         | no alliance in view |
      | ma_targets               | 4                                               | estimate: Syngenta had rejected Monsanto and was open to an owner who kept it intact |
      | geopolitical_risk        | 3                                               | CFIUS review and antitrust reviews in 20 jurisdictions (SupChina; APD) |
      | ip_leakage_concern       | 2                                               | estimate |
      | short_termism            | 2                                               | estimate |
      | import_dependence        | 4                                               | estimate: dependence on imported seeds and inputs |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And import_absorb does not come first

  Scenario: BOE buys Hydis's TFT-LCD business, 2003: cross-border M&A
    Decision: in 2002-03 BOE, a Beijing maker of CRTs and monitors, paid $380m for Hynix's Hydis unit: three TFT-LCD lines, all its TFT-LCD technology, patents and processes and its sales network; the price was about half of BOE's assets and largely borrowed.
    Outcome: mixed: the first time a mainland firm held core TFT-LCD technology, used to plan BOE's fifth-generation Beijing line; but BOE Hydis ran into a liquidity crisis in 2006 and was sold to Taiwan's PVI in 2007-08.
    Sources: SK hynix press release 2002-09-28 "hynix signed MOU to sell HYDIS" (https://news.skhynix.com/hynix-signed-mou-to-sell-hydis/); China.org.cn 2003 (http://english.china.org.cn/english/scitech/55722.htm); SCMP "China imports hi-tech through Hydis" (https://www.scmp.com/article/406767/china-imports-hi-tech-through-hydis); Guangming Daily 2003-02-13; Displayblog 2006-08-21; heise 2007.
    Given BOE in 2002:
      | field                    | value                         | note |
      | firm_name                | BOE Technology Group          | name used in the report |
      | industry                 | flat-panel displays (TFT-LCD) | industry of the target technology |
      | cluster_role             | standalone                    | estimate: no mainland TFT-LCD cluster yet |
      | strategic_sector         | false                         | TFT-LCD technology proved purchasable through this deal |
      | industry_frontier        | 1                             | no mainland firm held TFT-LCD technology before (Guangming Daily) |
      | rd_intensity             | 0.02                          | estimate |
      | rd_resources             | 2                             | estimate: CRT and monitor know-how only |
      | core_ip                  | 1                             | no TFT-LCD patents of its own |
      | absorptive_capacity      | 3                             | estimate: manufacturing experience in displays |
      | financial_strength       | 2                             | the price equalled nearly half of BOE's assets and needed up to $210m of loans (SCMP) |
      | global_competitiveness   | 2                             | estimate |
      | international_management | 2                             | estimate: BOE later under-invested in and lost its Korean unit (Displayblog) |
      | talent_base              | 2                             | estimate |
      | tech_gap                 | 5                             | far behind Samsung and LG-Philips, the only Gen-5 operators (China.org.cn) |
      | imitation_barrier        | 4                             | estimate: capital- and process-intensive |
      | competitor_count         | few                           | a few Korean, Japanese and Taiwanese panel makers |
      | dev_difficulty           | 5                             | estimate: a Gen-5 line alone costs $1-1.2bn (China.org.cn) |
      | tech_availability        | 2                             | estimate: panel leaders did not license core processes |
      | tech_stage               | key_core                      | panel process technology |
      | time_pressure            | 4                             | estimate: TVs and monitors were moving to flat panels |
      | gov_support              | 4                             | a Beijing district offered to fund 15% of the new plant (SCMP) |
      | academic_links           | 2                             | estimate |
      | cluster_peers            | 0                             | no peer firm |
      | association_strength     | unknown                       | not asked: no peer firm |
      | peer_rivalry             | unknown                       | not asked: no peer firm |
      | foreign_partner_fit      | 2                             | estimate |
      | share_willingness        | 2                             | estimate |
      | alliance_focus           | unknown                       | no alliance in view |
      | ma_targets               | 4                             | Hynix was selling its largest non-core unit while restructuring (SK hynix) |
      | geopolitical_risk        | 2                             | estimate: Korean unease about technology outflow but no block |
      | ip_leakage_concern       | 2                             | estimate |
      | short_termism            | 2                             | estimate |
      | import_dependence        | 5                             | estimate: all panels imported |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma, import_absorb
    And cross_border_ma is among the top two
    And original does not come first

  Scenario: Tata Motors buys Jaguar Land Rover, 2008: cross-border M&A
    Decision: in March 2008 Tata Motors, India's biggest truck maker and third carmaker, bought Jaguar and Land Rover from Ford for $2.3bn in cash, with the IP, plants and two UK design centres.
    Outcome: success after a hard start: a near-fatal loss in 2008-09, then a £1.1bn profit in 2010-11 and record results by 2013, when JLR was called the deal of the century for Tata.
    Sources: Irish Times 2008 "Tata buys Jaguar for £1.15bn" (http://www.irishtimes.com/news/tata-buys-jaguar-for-1-15bn-1.820396); Autotalk 2008 "Tata completes Jaguar-Land Rover acquisition"; The Independent 2011 "Jaguar Land Rover floors the profit pedal for Tata"; The Guardian 2013-05-29 "Jaguar Land Rover looks like deal of century for Tata"; Mint (livemint) "Jaguar Land Rover: the turnaround tale".
    Given Tata Motors in 2008:
      | field                    | value                    | note |
      | firm_name                | Tata Motors              | name used in the report |
      | industry                 | passenger cars (premium) | industry of the target technology |
      | cluster_role             | core_large_firm          | estimate: a core firm of the Pune automotive cluster |
      | strategic_sector         | false                    | the technology was for sale |
      | industry_frontier        | 2                        | estimate: Indian car industry far from the premium frontier |
      | rd_intensity             | 0.02                     | estimate |
      | rd_resources             | 3                        | estimate: had developed the Indica and the Nano itself |
      | core_ip                  | 2                        | estimate: no premium-car technology |
      | absorptive_capacity      | 4                        | estimate: joint ventures with Daimler and Fiat, integrated Daewoo's truck arm |
      | financial_strength       | 3                        | funded by a $3bn bridge loan that strained it in 2008-09 (scribd case; Mint) |
      | global_competitiveness   | 3                        | estimate: world's fourth truck maker, little car presence abroad |
      | international_management | 4                        | estimate: the Tata group had made several overseas takeovers before |
      | talent_base              | 3                        | estimate |
      | tech_gap                 | 4                        | estimate: far behind in premium and off-road car technology |
      | imitation_barrier        | 3                        | estimate |
      | competitor_count         | many                     | many carmakers |
      | dev_difficulty           | 4                        | estimate |
      | tech_availability        | 2                        | estimate: premium makers do not license their platforms |
      | tech_stage               | key_core                 | vehicle platforms and powertrains |
      | time_pressure            | 3                        | estimate |
      | gov_support              | 2                        | estimate: little Indian state support for the deal |
      | academic_links           | 2                        | estimate |
      | cluster_peers            | 1                        | Mahindra, which also bid for JLR |
      | association_strength     | 2                        | estimate |
      | peer_rivalry             | 4                        | estimate: the two rivals bid against each other |
      | foreign_partner_fit      | 3                        | estimate: had a Fiat partnership |
      | share_willingness        | 3                        | estimate |
      | alliance_focus           | unknown                  | no alliance in view |
      | ma_targets               | 5                        | Ford was shedding loss-making premium brands at about half its purchase price |
      | geopolitical_risk        | 1                        | unions and UK authorities accepted the deal |
      | ip_leakage_concern       | 2                        | estimate |
      | short_termism            | 2                        | estimate: Ratan Tata stressed the long term |
      | import_dependence        | 3                        | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_ma
    And cross_border_ma is among the top two
    And original does not come first
