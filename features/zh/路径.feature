# language: zh-CN
功能: 文献中各条路径的适用条件与不利条件
  例子表中的每一行是一个案例：企业的回答（字段=回答，其余均未知）以及文献认为应当支持或反对该路径的规则。
  研究人员增加一行即可增加一个案例，无需改动任何代码。

  场景大纲: 原始的自主创新（004 §3.1）：<案例>
    假如 企业回答 <回答>
    当 专家系统给出建议
    那么 原始的自主创新 的<方向>理由包括 <规则>

    例子:
      | 案例                     | 回答                                         | 方向 | 规则   |
      | 研发资源充足且成果难仿   | rd_resources=4，imitation_barrier=4          | 支持 | ORI-01 |
      | 产品仿制壁垒高           | imitation_barrier=5                          | 支持 | ORI-02 |
      | 潜在竞争者很少           | competitor_count=few                         | 支持 | ORI-03 |
      | 核心技术买不来且有实力   | tech_availability=1，rd_resources=5          | 支持 | ORI-05 |
      | 研发资源单薄             | rd_resources=2，rd_intensity=2%              | 反对 | ORI-06 |
      | 易仿且对手众多           | imitation_barrier=2，competitor_count=很多   | 反对 | ORI-07 |
      | 差距大而时间紧           | tech_gap=5，time_pressure=5                  | 反对 | ORI-08 |

  场景大纲: 集群大企业合作攻关（004 §3.4、§5.1）：<案例>
    假如 企业回答 <回答>
    当 专家系统给出建议
    那么 集群大企业合作攻关 的<方向>理由包括 <规则>

    例子:
      | 案例                       | 回答                                                 | 方向 | 规则   |
      | 核心大企业且有同需求伙伴   | cluster_peers=1，cluster_role=集群核心大企业         | 支持 | CLU-01 |
      | 行业协会有力               | cluster_peers=2，association_strength=5              | 支持 | CLU-02 |
      | 群内没有同需求的大企业     | cluster_peers=0                                      | 反对 | CLU-06 |
      | 竞争激烈又无人协调         | peer_rivalry=5，association_strength=1               | 反对 | CLU-07 |

  场景: 假如企业研发资源充足、产品难以仿制，首选原始的自主创新
    假如 企业研发资源充足、产品难以仿制，回答如下：
      | 字段              | 回答 |
      | rd_resources      | 5    |
      | imitation_barrier | 5    |
      | competitor_count  | few  |
    当 专家系统给出建议
    那么 首选路径为 原始的自主创新
    而且 判断 自有研发资源充足 成立
    而且 规则 ASM-01 触发
    而且 规则 ASM-02 未触发
