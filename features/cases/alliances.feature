Feature: Case library: cross-border technology alliances and joint development (004 §3.5, §4.3)
  Real alliances, joint ventures and joint-development contracts with foreign partners. 004 §3.5: each side
  has a core-technology gap the other fills; they show each other their core competences and develop jointly,
  with clear technical goals (a technology alliance, not a product alliance trading market for technology),
  after which the firm innovates further on its own. One case comes from 004 §4.3 (Haier TV).

  Scenario: Haier TV's technology alliances with Philips, Metz, Toshiba and others: cross-border alliance (004 §4.3)
    Decision: Haier's TV business formed technology alliances with twelve international firms, including Philips, Metz and Toshiba, to develop specific technologies jointly.
    Outcome: success: China's first all-media digital TV and a lead in 100 Hz, large-screen, networked and high-definition sets (004 §4.3).
    Sources: 004 §4.3 (seed paper 004, case of the Qingdao home-appliance cluster).
    Given Haier TV around 2000:
      | field                    | value               | note |
      | firm_name                | Haier (TV business) | name used in the report |
      | industry                 | televisions         | industry of the target technology |
      | cluster_role             | core_large_firm     | one of the three core firms of the Qingdao cluster (004 §4) |
      | strategic_sector         | false               | TV technology not a lifeline field |
      | industry_frontier        | 3                   | estimate |
      | rd_intensity             | 0.04                | estimate |
      | rd_resources             | 4                   | estimate |
      | core_ip                  | 3                   | estimate: brought own competences to the alliances |
      | absorptive_capacity      | 4                   | estimate: Haier's import-absorb record (004 §4.2) |
      | financial_strength       | 4                   | estimate |
      | global_competitiveness   | 3                   | estimate |
      | international_management | 3                   | estimate |
      | talent_base              | 3                   | estimate |
      | tech_gap                 | 3                   | estimate |
      | imitation_barrier        | 3                   | estimate |
      | competitor_count         | many                | estimate: many TV makers |
      | dev_difficulty           | 4                   | estimate: digital and HD TV platforms |
      | tech_availability        | 3                   | estimate |
      | tech_stage               | key_core            | digital TV platforms |
      | time_pressure            | 4                   | estimate |
      | gov_support              | 2                   | estimate |
      | academic_links           | 2                   | estimate |
      | cluster_peers            | 1                   | Hisense in the same cluster |
      | association_strength     | 2                   | 004 §5 finds the cluster lacked a coordinating platform |
      | peer_rivalry             | 5                   | estimate |
      | foreign_partner_fit      | 5                   | twelve large foreign firms with complementary strengths (004 §4.3) |
      | share_willingness        | 4                   | estimate: joint development requires it (004 §3.5) |
      | alliance_focus           | technology          | joint development of specific technologies (004 §4.3) |
      | ma_targets               | 2                   | estimate |
      | geopolitical_risk        | 1                   | estimate |
      | ip_leakage_concern       | 2                   | estimate |
      | short_termism            | 2                   | estimate |
      | import_dependence        | 3                   | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_alliance
    And cross_border_alliance is among the top two
    And cross_border_ma does not come first

  Scenario: Chery develops its ACTECO engines jointly with AVL, 2002: cross-border joint development
    Decision: in the early 2000s Chery, a young state-owned carmaker from Wuhu, contracted Austria's engine specialist AVL to develop a full engine family jointly, with support from Shanghai Jiao Tong University, the IP to belong to Chery.
    Outcome: success: the ACTECO engines launched in October 2005 as Chery-owned designs meeting Euro 4; in 2006 Fiat signed to buy over 100,000 Chery engines a year.
    Sources: Green Car Congress 2006-10 "China's Chery to supply engines to Fiat" (http://www.greencarcongress.com/2006/10/chinas_chery_to.html); Torino Machinery, "Chery launches a huge engine program" (2004) (http://www.torinomachinery.com/p-10843.html); Italiaspeed 2006-10-31; PR Newswire 2022-08-30 on ACTECO history.
    Given Chery in 2002:
      | field                    | value            | note |
      | firm_name                | Chery Automobile | name used in the report |
      | industry                 | car engines      | industry of the target technology |
      | cluster_role             | core_large_firm  | core of the Wuhu automotive cluster |
      | strategic_sector         | false            | engine technology can be developed with engineering partners |
      | industry_frontier        | 2                | estimate |
      | rd_intensity             | 0.05             | estimate: Chery stressed own R&D |
      | rd_resources             | 3                | estimate |
      | core_ip                  | 2                | first own engine fired in 1999 (PR Newswire 2022) |
      | absorptive_capacity      | 3                | estimate |
      | financial_strength       | 2                | estimate: a young firm owned by the Wuhu government |
      | global_competitiveness   | 1                | estimate |
      | international_management | 2                | estimate |
      | talent_base              | 3                | estimate |
      | tech_gap                 | 4                | estimate |
      | imitation_barrier        | 2                | estimate |
      | competitor_count         | many             | many engine makers |
      | dev_difficulty           | 4                | estimate |
      | tech_availability        | 3                | estimate: engine designs and engineering services were purchasable |
      | tech_stage               | key_core         | engines |
      | time_pressure            | 4                | estimate |
      | gov_support              | 3                | estimate: city-government owner |
      | academic_links           | 3                | Shanghai Jiao Tong University supported the engine work (Torino Machinery) |
      | cluster_peers            | 0                | no peer large firm in Wuhu |
      | association_strength     | unknown          | not asked: no peer firm |
      | peer_rivalry             | unknown          | not asked: no peer firm |
      | foreign_partner_fit      | 4                | AVL co-developed and left the IP with Chery (Torino Machinery) |
      | share_willingness        | 4                | estimate |
      | alliance_focus           | technology       | a new engine family (Green Car Congress) |
      | ma_targets               | 1                | estimate |
      | geopolitical_risk        | 1                | estimate |
      | ip_leakage_concern       | 2                | estimate |
      | short_termism            | 2                | estimate |
      | import_dependence        | 3                | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_alliance, import_absorb
    And cross_border_alliance is among the top two
    And cross_border_ma does not come first

  Scenario: General Motors and Toyota form NUMMI, 1984: a cross-border alliance to learn lean production
    Decision: in 1984 GM formed a 50:50 joint venture with Toyota at its closed Fremont plant: Toyota would run it with its production system, GM would gain small cars and learn lean production.
    Outcome: mixed: NUMMI became one of GM's best plants almost overnight and Toyota shared its methods, but GM took about fifteen years to apply the lessons in its own plants; Toyota applied what it learnt better.
    Sources: NPR 2010-03-26, F. Langfitt, "The end of the line for GM-Toyota joint venture"; Duerr, E. C. & Duerr, M. S., "Evaluating a joint venture: NUMMI at age 20", San Francisco State University.
    Given General Motors in 1984:
      | field                    | value                               | note |
      | firm_name                | General Motors                      | name used in the report |
      | industry                 | car manufacturing (lean production) | industry of the target technology |
      | cluster_role             | core_large_firm                     | core of the Detroit automotive cluster |
      | strategic_sector         | false                               | not a field where technology cannot be had |
      | industry_frontier        | 4                                   | estimate: US car industry large but behind Japan in quality and productivity |
      | rd_intensity             | 0.04                                | estimate |
      | rd_resources             | 5                                   | estimate |
      | core_ip                  | 2                                   | estimate: little lean-production know-how |
      | absorptive_capacity      | 2                                   | GM took fifteen years to spread the lessons (NPR) |
      | financial_strength       | 5                                   | estimate |
      | global_competitiveness   | 4                                   | estimate |
      | international_management | 3                                   | estimate |
      | talent_base              | 4                                   | estimate |
      | tech_gap                 | 4                                   | GM's small cars were lousy and lost money (NPR) |
      | imitation_barrier        | 3                                   | estimate |
      | competitor_count         | some                                | estimate |
      | dev_difficulty           | 3                                   | estimate: an organisational rather than a scientific problem |
      | tech_availability        | 2                                   | estimate: tacit production know-how cannot be licensed |
      | tech_stage               | application                         | production methods |
      | time_pressure            | 4                                   | estimate: losing share to Japanese imports |
      | gov_support              | 2                                   | antitrust exemption only (Duerr & Duerr) |
      | academic_links           | 2                                   | estimate |
      | cluster_peers            | 2                                   | estimate: Ford and Chrysler faced the same gap |
      | association_strength     | 3                                   | estimate |
      | peer_rivalry             | 4                                   | estimate |
      | foreign_partner_fit      | 5                                   | Toyota needed a US partner to learn to work with American labour (NPR) |
      | share_willingness        | 3                                   | estimate |
      | alliance_focus           | technology                          | estimate: learning a production system, though small cars were also sought |
      | ma_targets               | 1                                   | estimate |
      | geopolitical_risk        | 1                                   | estimate |
      | ip_leakage_concern       | 2                                   | estimate |
      | short_termism            | 4                                   | estimate |
      | import_dependence        | 2                                   | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_alliance
    And cross_border_alliance is among the top two
    And cross_border_ma does not come first

  Scenario: Sony and Ericsson form Sony Ericsson, 2001: cross-border technology joint venture
    Decision: in April 2001 Sony, with under 1% of the handset market, and Ericsson, strong in mobile technology but losing money on phones, agreed a 50:50 joint venture combining Sony's consumer electronics with Ericsson's mobile technology for 3G and the mobile internet.
    Outcome: success for a decade: early losses, then a breakthrough with the T610 (2003) and camera and music phones; Sony bought out Ericsson in 2012 to form Sony Mobile.
    Sources: Sony press release 2001-04-24 "Ericsson and Sony to create world leader in mobile phones" (https://www.sony.com/en/SonyInfo/News/Press_Archive/200104/01-0424E/); Ericsson history "2001: Sony Ericsson is created" (https://www.ericsson.com/en/about-us/history/company/timeline-placeholder/timeline-2001-sony-ericsson-is-created); People's Daily 2001-04-25; piglix "Sony Mobile Communications".
    Given Sony in 2001:
      | field                    | value                            | note |
      | firm_name                | Sony Corporation (mobile phones) | name used in the report |
      | industry                 | mobile phones                    | industry of the target technology |
      | cluster_role             | core_large_firm                  | estimate: a core firm of Japan's electronics cluster |
      | strategic_sector         | false                            | not a lifeline field |
      | industry_frontier        | 5                                | estimate |
      | rd_intensity             | 0.07                             | estimate |
      | rd_resources             | 4                                | estimate |
      | core_ip                  | 2                                | estimate: little cellular technology of its own |
      | absorptive_capacity      | 4                                | estimate |
      | financial_strength       | 4                                | estimate |
      | global_competitiveness   | 5                                | a world leader in consumer electronics (Sony press release) |
      | international_management | 4                                | estimate |
      | talent_base              | 4                                | estimate |
      | tech_gap                 | 3                                | estimate: behind in cellular systems |
      | imitation_barrier        | 3                                | estimate |
      | competitor_count         | some                             | Nokia, Motorola, Samsung, Siemens (fact-index) |
      | dev_difficulty           | 4                                | rising development costs of next-generation phones (People's Daily) |
      | tech_availability        | 3                                | estimate: handset platforms could be bought |
      | tech_stage               | application                      | handsets |
      | time_pressure            | 4                                | the first 3G network opened in Japan the day the JV started (Ericsson history) |
      | gov_support              | 1                                | estimate |
      | academic_links           | 2                                | estimate |
      | cluster_peers            | 3                                | estimate: NEC, Panasonic and other Japanese handset makers |
      | association_strength     | 2                                | estimate |
      | peer_rivalry             | 4                                | estimate |
      | foreign_partner_fit      | 5                                | Ericsson sought a consumer-electronics partner to complement its technology (Ericsson history) |
      | share_willingness        | 4                                | both parents merged their handset businesses into the JV (Sony press release) |
      | alliance_focus           | technology                       | 3G and mobile-internet products (Sony press release) |
      | ma_targets               | 2                                | estimate: Ericsson wanted a partner, not a buyer |
      | geopolitical_risk        | 1                                | estimate |
      | ip_leakage_concern       | 3                                | estimate |
      | short_termism            | 3                                | estimate |
      | import_dependence        | 3                                | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_alliance
    And cross_border_alliance is among the top two
    And original does not come first

  Scenario: BYD and Daimler form the Denza EV joint venture, 2010: cross-border technology alliance
    Decision: in March 2010 BYD and Daimler agreed a comprehensive technology partnership and in May set up a 50:50 venture (RMB 600m): BYD's batteries and electric drives, Daimler's EV architecture and safety know-how, for a new Chinese EV brand.
    Outcome: mixed: the Denza EV came out in 2014 but sold poorly (about 14,000 cars by 2021); in 2021 Daimler cut its stake to 10% and BYD took control of the brand.
    Sources: China Daily 2010-03-03 report on the BYD-Daimler technology partnership; Carscoops 2010-05 "Daimler and BYD join forces"; InsideEVs 2021-12-31 (https://insideevs.com/news/557312/daimler-denza-jv-byd-agreement/); China Economic Review 2021-12-27; intelliga 2012 on the Denza launch.
    Given BYD in 2010:
      | field                    | value                 | note |
      | firm_name                | BYD Auto              | name used in the report |
      | industry                 | premium electric cars | industry of the target technology |
      | cluster_role             | core_large_firm       | a core firm of the Shenzhen cluster |
      | strategic_sector         | false                 | not a field closed to foreign cooperation |
      | industry_frontier        | 3                     | estimate |
      | rd_intensity             | 0.05                  | estimate |
      | rd_resources             | 4                     | estimate |
      | core_ip                  | 2                     | strong in batteries, weak in premium vehicle architecture and safety (China Daily) |
      | absorptive_capacity      | 4                     | estimate |
      | financial_strength       | 4                     | estimate: backed by an investment from Warren Buffett's group (intelliga) |
      | global_competitiveness   | 3                     | world-class batteries, cars sold mainly in China (intelliga) |
      | international_management | 2                     | estimate |
      | talent_base              | 4                     | estimate |
      | tech_gap                 | 3                     | estimate |
      | imitation_barrier        | 3                     | estimate |
      | competitor_count         | some                  | estimate |
      | dev_difficulty           | 4                     | estimate |
      | tech_availability        | 2                     | estimate: premium vehicle architecture not for licence |
      | tech_stage               | key_core              | EV architecture and safety |
      | time_pressure            | 3                     | estimate |
      | gov_support              | 4                     | Chinese policies and subsidies for electric vehicles (China Daily) |
      | academic_links           | 2                     | estimate |
      | cluster_peers            | 0                     | no peer carmaker in Shenzhen then |
      | association_strength     | unknown               | not asked: no peer firm |
      | peer_rivalry             | unknown               | not asked: no peer firm |
      | foreign_partner_fit      | 5                     | Daimler wanted BYD's batteries, BYD Daimler's architecture (Carscoops) |
      | share_willingness        | 4                     | BYD contributed its battery and e-drive systems (Carscoops) |
      | alliance_focus           | technology            | a new EV developed in a common technology centre (China Daily) |
      | ma_targets               | 1                     | estimate |
      | geopolitical_risk        | 1                     | estimate |
      | ip_leakage_concern       | 3                     | estimate |
      | short_termism            | 2                     | estimate |
      | import_dependence        | 2                     | estimate |
    When the expert system gives its advice
    Then the first choice is one of cross_border_alliance, original
    And cross_border_alliance is among the top two
    And cross_border_ma does not come first
