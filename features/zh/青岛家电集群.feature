# language: zh-CN
功能: 青岛家电大企业集群（004 §4、§5）
  青岛以海尔、海信、澳柯玛为核心的大企业集群走通了三条核心技术路径：原始的自主创新、引进技术的消化吸收、
  跨国技术联盟（004 §4）；但缺乏集群大企业合作攻关、跨国并购和“官产学研”合作研发（004 §5）。
  下面每个案例给出企业的回答（论文未报告的数值为合理估计，与 examples/ 相同），以及专家系统应当给出的结论。

  场景: 海信 2001 年设立 ASIC 设计中心，走原始的自主创新之路（004 §4.1）
    假如 海信是集群核心企业，需要自主的数字电视芯片，回答如下：
      | 字段 | 回答 |
      | cluster_role             | core_large_firm |
      | strategic_sector         | true |
      | industry_frontier        | 2 |
      | rd_intensity             | 0.05 |
      | rd_resources             | 4 |
      | core_ip                  | 3 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 4 |
      | global_competitiveness   | 2 |
      | international_management | 2 |
      | talent_base              | 3 |
      | tech_gap                 | 4 |
      | imitation_barrier        | 4 |
      | competitor_count         | few |
      | dev_difficulty           | 4 |
      | tech_availability        | 2 |
      | tech_stage               | key_core |
      | time_pressure            | 3 |
      | gov_support              | 3 |
      | academic_links           | 3 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 2 |
      | geopolitical_risk        | 2 |
      | ip_leakage_concern       | 4 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 5 |
    当 专家系统给出建议
    那么 首选路径为 原始的自主创新
    而且 原始的自主创新 的支持理由包括 ORI-01、ORI-05
    而且 集群大企业合作攻关 的结论为 不建议
    而且 集群大企业合作攻关 的反对理由包括 CLU-07
    而且 跨国并购 的结论为 不建议
    而且 “官产学研”合作研发 的结论为 推荐

  场景: 海尔的前身引进利勃海尔电冰箱生产线（004 §4.2）
    假如 一家濒临倒闭、可以引进生产线的电冰箱厂，回答如下：
      | 字段 | 回答 |
      | cluster_role             | standalone |
      | strategic_sector         | false |
      | industry_frontier        | 1 |
      | rd_intensity             | 0.01 |
      | rd_resources             | 1 |
      | core_ip                  | 1 |
      | absorptive_capacity      | 3 |
      | financial_strength       | 1 |
      | global_competitiveness   | 1 |
      | international_management | 1 |
      | talent_base              | 2 |
      | tech_gap                 | 5 |
      | imitation_barrier        | 2 |
      | competitor_count         | many |
      | dev_difficulty           | 3 |
      | tech_availability        | 5 |
      | tech_stage               | application |
      | time_pressure            | 5 |
      | gov_support              | 3 |
      | academic_links           | 1 |
      | cluster_peers            | 0 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 1 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 1 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    当 专家系统给出建议
    那么 首选路径为 引进技术的消化吸收再创新
    而且 原始的自主创新 的结论为 不建议
    而且 跨国并购 被规则 MA-06 一票否决
    而且 集群大企业合作攻关 被规则 CLU-06 一票否决

  场景: 海信 1996 年引进并消化日本变频技术（004 §4.2）
    假如 海信空调研究所可从日本引进变频技术，回答如下：
      | 字段 | 回答 |
      | cluster_role             | core_large_firm |
      | strategic_sector         | false |
      | industry_frontier        | 2 |
      | rd_intensity             | 0.03 |
      | rd_resources             | 3 |
      | core_ip                  | 2 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 3 |
      | global_competitiveness   | 2 |
      | international_management | 2 |
      | talent_base              | 3 |
      | tech_gap                 | 4 |
      | imitation_barrier        | 3 |
      | competitor_count         | some |
      | dev_difficulty           | 4 |
      | tech_availability        | 4 |
      | tech_stage               | application |
      | time_pressure            | 4 |
      | gov_support              | 2 |
      | academic_links           | 2 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 2 |
      | share_willingness        | 2 |
      | ma_targets               | 2 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 2 |
      | alliance_focus           | unknown |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    当 专家系统给出建议
    那么 首选路径为 引进技术的消化吸收再创新
    而且 判断 竞争激烈且缺乏协调者 成立
    而且 判断 具备海外并购的实力 不成立
    而且 “官产学研”合作研发 的反对理由包括 GIA-08

  场景: 海尔彩电与飞利浦、迈兹、东芝等 12 家公司结成技术联盟（004 §4.3）
    假如 海尔彩电有 12 家技术缺口互补的外国伙伴，回答如下：
      | 字段 | 回答 |
      | cluster_role             | core_large_firm |
      | strategic_sector         | false |
      | industry_frontier        | 3 |
      | rd_intensity             | 0.04 |
      | rd_resources             | 4 |
      | core_ip                  | 3 |
      | absorptive_capacity      | 4 |
      | financial_strength       | 4 |
      | global_competitiveness   | 3 |
      | international_management | 3 |
      | talent_base              | 3 |
      | tech_gap                 | 3 |
      | imitation_barrier        | 3 |
      | competitor_count         | many |
      | dev_difficulty           | 4 |
      | tech_availability        | 3 |
      | tech_stage               | key_core |
      | time_pressure            | 4 |
      | gov_support              | 2 |
      | academic_links           | 2 |
      | cluster_peers            | 1 |
      | association_strength     | 2 |
      | peer_rivalry             | 5 |
      | foreign_partner_fit      | 5 |
      | share_willingness        | 4 |
      | alliance_focus           | technology |
      | ma_targets               | 2 |
      | geopolitical_risk        | 1 |
      | ip_leakage_concern       | 2 |
      | short_termism            | 2 |
      | import_dependence        | 3 |
    当 专家系统给出建议
    那么 首选路径为 跨国技术联盟
    而且 跨国技术联盟 的支持理由包括 ALL-01、ALL-02
    而且 集群大企业合作攻关 的契合度低于 0.5
    而且 跨国并购 的契合度低于 0.5
