# language: zh-CN
功能: 反例与边界
  专家系统必须拒绝给出的建议，以及判断发生变化的临界点。

  场景大纲: 地缘政治风险为 <风险> 时，跨国并购和跨国技术联盟的结论
    假如 企业回答 global_competitiveness=5，international_management=5，financial_strength=5，ma_targets=4，foreign_partner_fit=4，share_willingness=4，core_ip=4，tech_gap=3，geopolitical_risk=<风险>
    当 专家系统给出建议
    那么 跨国并购 的结论为 <结论>
    而且 跨国技术联盟 的结论为 <结论>

    例子:
      | 风险 | 结论 |
      | 2    | 推荐   |
      | 5    | 不建议 |

  场景: 集群中没有同需求的大企业，就没有集群合作攻关
    假如 企业回答 cluster_peers=0，cluster_role=core_large_firm
    当 专家系统给出建议
    那么 集群大企业合作攻关 被规则 CLU-06 一票否决
    而且 集群大企业合作攻关 的结论为 不建议

  场景: 所有回答均未知时不作推荐，并如实说明
    假如 所有回答均未知
    当 专家系统给出建议
    那么 没有可推荐的路径
    而且 报告说明现有回答不足以推荐任何路径
    而且 值得补充的未知信息包括 rd_resources

  场景: 海外并购需要的资金实力未知时，它是值得补充的信息
    假如 企业回答 global_competitiveness=5，international_management=4，ma_targets=5
    当 专家系统给出建议
    那么 判断 具备海外并购的实力 无法确定
    而且 跨国并购 的值得补充的未知信息包括 financial_strength
