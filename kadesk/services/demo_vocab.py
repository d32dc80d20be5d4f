"""Word lists the demo data is built from (DOMAIN.md's vocabulary, in Chinese).

We play a logistics carrier selling delivery, warehousing and cold-chain
services to key accounts. Names are assembled from small pools on purpose:
repeated pieces keep pypinyin's per-string cache warm when search keys are
derived, and polyphonic characters (重 长 行 乐 曾 单...) exercise search.
Romanisations are written out so emails and English names need no pypinyin.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from kadesk.domain.enums import (
    AccountType,
    Attitude,
    BuyingRole,
    BuyingStage,
    Influence,
    ProposalStatus,
    Region,
    RelationshipStage,
    ServiceModel,
    SiteKind,
    Tier,
    VisitKind,
)

T = TypeVar("T")

# city, romanisation, phone area code
CITIES: dict[Region, tuple[tuple[str, str, str], ...]] = {
    Region.NORTH: (("北京", "Beijing", "010"), ("天津", "Tianjin", "022"),
                   ("石家庄", "Shijiazhuang", "0311")),
    Region.EAST: (("上海", "Shanghai", "021"), ("杭州", "Hangzhou", "0571"),
                  ("南京", "Nanjing", "025"), ("苏州", "Suzhou", "0512"),
                  ("宁波", "Ningbo", "0574")),
    Region.SOUTH: (("深圳", "Shenzhen", "0755"), ("广州", "Guangzhou", "020"),
                   ("东莞", "Dongguan", "0769"), ("厦门", "Xiamen", "0592")),
    Region.CENTRAL: (("武汉", "Wuhan", "027"), ("长沙", "Changsha", "0731"),
                     ("郑州", "Zhengzhou", "0371")),
    Region.SOUTHWEST: (("成都", "Chengdu", "028"), ("重庆", "Chongqing", "023"),
                       ("昆明", "Kunming", "0871")),
    Region.NORTHWEST: (("西安", "Xi'an", "029"), ("兰州", "Lanzhou", "0931")),
    Region.NORTHEAST: (("沈阳", "Shenyang", "024"), ("大连", "Dalian", "0411"),
                       ("哈尔滨", "Harbin", "0451")),
}
# Regions weighted roughly by where key accounts sit.
REGION_WEIGHTS: dict[Region, int] = {
    Region.EAST: 30, Region.SOUTH: 25, Region.NORTH: 18, Region.CENTRAL: 9,
    Region.SOUTHWEST: 9, Region.NORTHWEST: 4, Region.NORTHEAST: 5,
}
# Branches that write traditional characters. Hong Kong and Macau belong to
# 华南, Taiwan to 华东 in the usual division of China into regions.
# city, romanisation, area code, region, OpenCC config, legal-name marker
TRADITIONAL_CITIES = (
    ("香港", "Hong Kong", "+852", Region.SOUTH, "s2hk", "（香港）"),
    ("澳门", "Macau", "+853", Region.SOUTH, "s2hk", "（澳门）"),
    ("台北", "Taipei", "+886-2", Region.EAST, "s2tw", ""),
    ("新竹", "Hsinchu", "+886-3", Region.EAST, "s2tw", ""),
)

BRANDS = (
    ("华信", "Huaxin"), ("中达", "Zhongda"), ("恒通", "Hengtong"), ("天瑞", "Tianrui"),
    ("宏远", "Hongyuan"), ("鑫盛", "Xinsheng"), ("嘉禾", "Jiahe"), ("永泰", "Yongtai"),
    ("金桥", "Jinqiao"), ("博达", "Boda"), ("明辉", "Minghui"), ("兴业", "Xingye"),
    ("汇通", "Huitong"), ("瑞丰", "Ruifeng"), ("联创", "Lianchuang"), ("德信", "Dexin"),
    ("海纳", "Haina"), ("远航", "Yuanhang"), ("盛世", "Shengshi"), ("东方", "Dongfang"),
    ("新元", "Xinyuan"), ("长城", "Changcheng"), ("长虹", "Changhong"), ("重光", "Chongguang"),
    ("乐天", "Letian"), ("和平", "Heping"), ("朝阳", "Chaoyang"), ("银河", "Yinhe"),
    ("行健", "Xingjian"), ("大地", "Dadi"), ("华夏", "Huaxia"), ("神州", "Shenzhou"),
    ("九州", "Jiuzhou"), ("四海", "Sihai"), ("万通", "Wantong"), ("百川", "Baichuan"),
    ("千禾", "Qianhe"), ("金鼎", "Jinding"), ("宝利", "Baoli"), ("富源", "Fuyuan"),
    ("广厦", "Guangsha"), ("南方", "Nanfang"), ("北辰", "Beichen"), ("星河", "Xinghe"),
    ("云帆", "Yunfan"), ("蓝海", "Lanhai"), ("青松", "Qingsong"), ("立信", "Lixin"),
    ("诚达", "Chengda"), ("安泰", "Antai"), ("康达", "Kangda"), ("益华", "Yihua"),
    ("精工", "Jinggong"), ("卓越", "Zhuoyue"), ("领航", "Linghang"), ("启明", "Qiming"),
    ("鼎盛", "Dingsheng"), ("宏图", "Hongtu"), ("凯盛", "Kaisheng"), ("腾达", "Tengda"),
    ("华美", "Huamei"), ("丰华", "Fenghua"), ("润华", "Runhua"), ("泰和", "Taihe"),
    ("粤海", "Yuehai"), ("天成", "Tiancheng"), ("海川", "Haichuan"), ("华茂", "Huamao"),
    ("源丰", "Yuanfeng"), ("同心", "Tongxin"), ("协力", "Xieli"), ("众诚", "Zhongcheng"),
    ("翔宇", "Xiangyu"), ("锦程", "Jincheng"), ("朗润", "Langrun"), ("飞跃", "Feiyue"),
)

# industry code -> (legal-name word, short-name word, English word)
INDUSTRY_WORDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "electronics": (("电子科技", "电子", "Electronic Technology"), ("微电子", "微电子",
                    "Microelectronics"), ("光电", "光电", "Optoelectronics")),
    "banking": (("银行", "银行", "Bank"), ("农村商业银行", "农商行", "Rural Commercial Bank")),
    "insurance": (("人寿保险", "人寿", "Life Insurance"), ("财产保险", "财险",
                  "Property Insurance")),
    "telecom": (("通信技术", "通信", "Communication Technology"), ("网络通信", "网通",
                "Network Communications")),
    "apparel": (("服饰", "服饰", "Apparel"), ("制衣", "制衣", "Garments")),
    "it": (("信息技术", "信息", "Information Technology"), ("软件", "软件", "Software"),
           ("数据科技", "数据", "Data Technology")),
    "machinery": (("机电", "机电", "Electromechanical"), ("电气", "电气", "Electric"),
                  ("自动化设备", "自动化", "Automation Equipment")),
    "trade": (("国际贸易", "国贸", "International Trade"), ("国际货运代理", "货代",
              "International Freight Forwarding"), ("供应链管理", "供应链",
              "Supply Chain Management")),
    "pharma": (("医药", "医药", "Pharmaceutical"), ("生物制药", "生物", "Biopharma"),
               ("医疗器械", "医疗", "Medical Devices")),
    "advertising": (("广告", "广告", "Advertising"), ("文化传媒", "传媒", "Culture & Media"),
                    ("设计", "设计", "Design")),
    "ecommerce": (("电子商务", "电商", "E-commerce"), ("网络科技", "网络", "Network Technology")),
    "manufacturing": (("精密制造", "精密", "Precision Manufacturing"), ("新材料", "新材料",
                      "New Materials"), ("汽车零部件", "汽配", "Auto Parts")),
    "government": (("水务集团", "水务", "Water Group"), ("燃气集团", "燃气", "Gas Group"),
                   ("公共交通集团", "公交", "Public Transport Group")),
}
INDUSTRY_WEIGHTS = {
    "electronics": 12, "banking": 5, "insurance": 4, "telecom": 5, "apparel": 10, "it": 9,
    "machinery": 10, "trade": 8, "pharma": 7, "advertising": 5, "ecommerce": 12,
    "manufacturing": 11, "government": 2,
}
# legal suffix, English suffix; banks and insurers are always joint-stock.
SUFFIXES = (("有限公司", "Co., Ltd."), ("有限公司", "Co., Ltd."), ("股份有限公司", "Co., Ltd."),
            ("集团有限公司", "Group Co., Ltd."))
JOINT_STOCK = ("股份有限公司", "Co., Ltd.")

# Recognisable names first, so a small demo shows them. Polyphonic 重 and 长
# (重庆 chongqing, 长安 chang'an, 重工 zhonggong), 厦 (xia) and 乐 (le) test search.
# name, short, English, city, industry, email domain
FIXED_ACCOUNTS = (
    ("华为技术有限公司", "华为", "Huawei Technologies Co., Ltd.", "深圳", "telecom",
     "huawei.com"),
    ("招商银行股份有限公司", "招商银行", "China Merchants Bank Co., Ltd.", "深圳", "banking",
     "cmbchina.com"),
    ("重庆长安汽车股份有限公司", "长安汽车", "Chongqing Changan Automobile Co., Ltd.", "重庆",
     "manufacturing", "changan.com.cn"),
    ("三一重工股份有限公司", "三一重工", "Sany Heavy Industry Co., Ltd.", "长沙", "machinery",
     "sany.com.cn"),
    ("鴻海精密工業股份有限公司", "鴻海精密", "Hon Hai Precision Industry Co., Ltd.", "台北",
     "electronics", "foxconn.com"),
    ("厦门国际银行股份有限公司", "厦门国际银行", "Xiamen International Bank Co., Ltd.", "厦门",
     "banking", "xib.com.cn"),
    ("中国平安保险（集团）股份有限公司", "中国平安", "Ping An Insurance (Group) Co., Ltd.",
     "深圳", "insurance", "pingan.com"),
    ("长沙乐天服饰有限公司", "乐天服饰", "", "长沙", "apparel", "letianfs.cn"),
)

REPS = ("王磊", "李娜", "陈晓东", "刘洋", "张敏", "赵鹏")
COLLEAGUES = ("技术支持 周工", "区域经理 孙总", "客服主管 吴丽", "运营 郑凯", "方案经理 何静")

DISTRICTS = ("高新区", "经济技术开发区", "工业园区", "自贸区", "新区", "中心城区")
ROADS = ("人民路", "建设大道", "科技园路", "中山路", "解放路", "高新大道", "长江路", "滨海大道",
         "创业路", "工业大道")

# surname, romanisation: common ones plus polyphonic 曾 单 乐 解 区 仇 查 朴.
SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
    ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("韩", "han"),
    ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"),
    ("单", "shan"), ("乐", "yue"), ("解", "xie"), ("区", "ou"), ("仇", "qiu"),
    ("查", "zha"), ("朴", "piao"), ("欧阳", "ouyang"), ("司马", "sima"),
)
# Common surnames are far more frequent; the polyphonic ones stay rare but present.
SURNAME_WEIGHTS = (12, 12, 11, 9, 9, 7, 6, 6, 6, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2,
                   2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1)
GIVEN_NAMES = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("建华", "jianhua"), ("国强", "guoqiang"), ("文博", "wenbo"), ("晓明", "xiaoming"),
    ("婷婷", "tingting"), ("浩然", "haoran"), ("子涵", "zihan"), ("欣怡", "xinyi"),
    ("志强", "zhiqiang"), ("海燕", "haiyan"), ("红梅", "hongmei"), ("俊杰", "junjie"),
    ("思远", "siyuan"), ("佳琪", "jiaqi"), ("雪峰", "xuefeng"), ("立新", "lixin"),
    ("建国", "jianguo"), ("丽华", "lihua"), ("晨阳", "chenyang"), ("宇航", "yuhang"),
    ("长江", "changjiang"), ("重阳", "chongyang"), ("乐怡", "leyi"), ("永强", "yongqiang"),
    ("雅琴", "yaqin"), ("振华", "zhenhua"), ("天佑", "tianyou"), ("梓萱", "zixuan"),
    ("家豪", "jiahao"), ("秀英", "xiuying"), ("春生", "chunsheng"), ("凯", "kai"),
)

# title, department, level (0 = top), role: the org chart a carrier's rep meets.
TITLES_TOP = (("总经理", "总经理办公室"), ("副总经理", "总经理办公室"),
              ("运营副总裁", "运营中心"), ("董事长", "董事会"))
TITLES_MIDDLE = (
    ("采购总监", "采购部", BuyingRole.PURCHASER), ("物流总监", "物流部", BuyingRole.INFLUENCER),
    ("供应链总监", "供应链管理部", BuyingRole.INFLUENCER),
    ("财务总监", "财务部", BuyingRole.INFLUENCER), ("IT 总监", "信息技术部", BuyingRole.TECHNICAL),
    ("行政总监", "行政部", BuyingRole.GATEKEEPER),
)
TITLES_STAFF = (
    ("物流经理", "物流部", BuyingRole.USER), ("采购经理", "采购部", BuyingRole.PURCHASER),
    ("仓储主管", "仓储部", BuyingRole.USER), ("IT 主管", "信息技术部", BuyingRole.TECHNICAL),
    ("财务经理", "财务部", BuyingRole.GATEKEEPER), ("总经理助理", "总经理办公室",
                                                  BuyingRole.GATEKEEPER),
    ("电商运营经理", "电商部", BuyingRole.USER), ("客服主管", "客服中心", BuyingRole.USER),
    ("质量经理", "质量部", BuyingRole.TECHNICAL), ("行政经理", "行政部", BuyingRole.USER),
    ("采购专员", "采购部", BuyingRole.PURCHASER), ("物流专员", "物流部", BuyingRole.USER),
    ("会计", "财务部", BuyingRole.USER), ("仓库管理员", "仓储部", BuyingRole.USER),
)
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                   "152", "158", "159", "166", "176", "177", "180", "182", "185", "186",
                   "187", "188", "189", "191", "198", "199")
PERSONAL_NOTES = (
    "喜欢打羽毛球", "爱喝普洱茶", "孩子今年高考", "老家湖南，喜欢吃辣", "周末常去钓鱼", "不喝酒",
    "重视数据，汇报要带报表", "马拉松爱好者", "刚从竞争对手跳槽过来", "下半年可能调任集团总部",
)

PURCHASES = {
    "electronics": ("电子元器件及整机配送", "样机和维修件寄递"),
    "banking": ("银行卡、票据和单证寄递", "网点物料配送"),
    "insurance": ("保单及理赔资料寄递", "客户礼品配送"),
    "telecom": ("终端设备配送", "基站备件紧急配送"),
    "apparel": ("服装及门店道具配送", "换季退货回收"),
    "it": ("服务器和办公设备配送", "合同文件寄递"),
    "machinery": ("设备备件及维修件", "大件设备零担运输"),
    "trade": ("进出口报关及国际快件", "样品寄递"),
    "pharma": ("药品冷链配送", "医疗器械配送"),
    "advertising": ("宣传物料和展架配送", "活动物资运输"),
    "ecommerce": ("电商包裹（B2C）", "仓配一体服务"),
    "manufacturing": ("零配件入厂物流", "成品分拨配送"),
    "government": ("公文和票据寄递", "营业厅物料配送"),
}
SPECIAL_OPERATIONS = (
    "进商场送货需提前预约并配合物业", "高价值货物需专人押运和签收拍照", "样品易碎，需要加固包装",
    "夜间收货，22:00 后送达", "药品需全程 2–8℃ 冷链并上传温度记录", "收件需核对身份证件",
    "大件需要带尾板车和上楼服务", "",
)
FINANCIAL_NEEDS = (
    "按成本中心对账", "总部统一结算服务费", "由第三方代付运费",
    "月结，次月 10 日前开具增值税专用发票", "按门店分别出账单", "预付款充值抵扣", "",
)
UNMET_NEEDS = (
    "对账单需显示门店编码", "希望提供 API 实时轨迹推送", "需要周末上门取件", "希望签收回单电子化",
    "偏远地区时效不稳定", "需要按项目拆分运费", "希望有专属客服群", "",
)
COMPETITORS = (
    "迅达快运：价格低，网点多", "捷通物流：仓配一体，电商客户多", "安顺速递：时效稳定，价格偏高",
    "远方供应链：大件和整车有优势", "本地专线：价格低但服务不稳定", "邮政系：偏远地区覆盖好",
)
NOTES = ("", "", "", "年底前需完成供应商重新招标", "新任采购总监来自外企，重视流程",
         "客户计划明年扩建华东仓", "与总部签有框架协议，分公司自行下单")

PRODUCTS = ("省内件", "省际件", "同城件", "冷链件", "大件", "国际件", "电商件")
PURPOSES = {
    "onsite": ("季度业务回顾", "介绍新上线的冷链服务", "了解旺季备货和发运计划",
               "处理上月延误投诉", "推进年度合同续签", "商谈运价调整", "现场查看仓库和装货流程",
               "拜访新任采购负责人", "讨论电子面单接口对接"),
    "phone": ("确认下周发货量", "跟进报价反馈", "约定上门拜访时间", "通知春节期间收派安排",
              "核对上月对账单差异"),
    "meeting": ("年度供应商评审会", "项目启动会", "与 IT 部门对接接口方案", "季度经营分析会"),
    "callback": ("服务满意度回访", "投诉处理结果回访", "新服务试用回访"),
    "event": ("客户答谢会", "行业物流峰会", "新品发布会现场保障", "仓库开放日参观"),
}
SUMMARIES = (
    "客户反馈近期{p}时效稳定，对派送员服务态度满意。",
    "对方提到旺季期间日均发货量预计增长 {n}%。",
    "采购部正在比较三家供应商的报价，我方价格处于中间水平。",
    "财务要求对账单按成本中心拆分，目前需要手工处理。",
    "客户计划明年在{c}新建区域仓，希望我方提前参与规划。",
    "对接人有变动：原物流经理已离职，新任经理还在熟悉业务。",
    "双方就理赔时效存在分歧，需要公司层面协调。",
    "客户对电子回单功能很感兴趣，希望尽快试点。",
    "上月{p}破损率偏高，主要集中在易碎样品。",
    "竞争对手近期上门报价，给出了更低的首重价格。",
    "客户确认{p}下月起增加 {n}% 的量交给我方。",
)
OUTCOMES = (
    "客户同意试用一个月", "需要提交正式报价", "确认续签意向，待法务审核合同",
    "暂无进展，客户需要内部讨论", "问题已解决，客户表示满意", "客户要求降价 5%，需要申请",
    "获得新增网点业务", "客户决定维持现状",
)
NEXT_STEPS = (
    "周五前发送报价单", "安排 IT 对接会议", "提交破损分析报告", "申请专项价格政策",
    "邀请客户参观分拨中心", "整理对账差异明细并回复财务", "约见决策人汇报方案",
    "准备年度合作方案书",
)
# objection code -> (what the customer said, how we answered), weighted by how often it comes.
OBJECTION_TALK = {
    "price_too_high": ("对方认为首重价格比现有供应商高 2 元。",
                       "拆分了破损、时效和对账成本，综合成本我方更低。", 10),
    "policy_rigid": ("客户希望账期从 30 天延长到 90 天。", "已申请 60 天账期作为过渡。", 4),
    "wants_exclusive": ("要求我方不再服务其同城竞争对手。", "提出按品类保护，不做全面独家。", 1),
    "market_slow": ("今年订单下滑，暂不考虑更换物流商。", "建议先做小批量试单，三个月后复盘。",
                    4),
    "wants_credit_stock": ("希望先发货后结算，首批免押金。", "评估信用后同意首月月结。", 1),
    "wants_deposit": ("对我方不了解，要求缴纳服务保证金。", "提供了资质和同行业客户案例。", 2),
    "lack_cash": ("资金紧张，希望预付款比例降低。", "改为月结并设信用额度。", 2),
    "happy_current": ("与现有供应商合作多年，暂无更换计划。", "以补充供应商身份承接偏远件。", 6),
    "old_friend": ("采购负责人与现有供应商老板是老朋友。", "先从对方未覆盖的网点开始合作。", 2),
    "business_small": ("发货量小，觉得不值得签大客户合同。", "介绍了标准月结方案。", 2),
    "freight_far": ("工厂在郊区，担心揽收不及时。", "安排定时揽收车辆，测算到门成本。", 3),
    "we_too_small": ("只和全国性大品牌合作。", "展示全国网络和行业客户名单，邀请参观。", 1),
    "contract_running": ("现有合同明年 6 月到期。", "记录到期日，提前三个月再跟进。", 4),
    "exclusivity_bonus": ("现有供应商给年度返点。", "测算我方时效提升带来的收益对比返点。", 1),
    "no_authority": ("决策人出差，对接人无权拍板。", "约定决策人回来后再做汇报。", 4),
    "bad_reputation": ("听说我方去年旺季爆仓延误。", "说明扩建的分拨能力，提供满意客户联系人。",
                       2),
    "channel_conflict": ("当地代理商已在服务他们。", "与代理商协调，按业务类型分工。", 1),
}

PROPOSAL_TITLES = ("年度物流服务方案", "电商仓配一体化方案", "冷链配送方案", "门店配送服务建议书",
                   "进出口物流方案", "文件及样品寄递方案")
# description, unit, unit price range in cents, quantity range, fractional quantities
PROPOSAL_ITEMS = (
    ("省内标准快递", "票", 800, 1500, 1000, 50000, False),
    ("省际标准快递", "票", 1200, 2500, 1000, 50000, False),
    ("同城即日达", "票", 1500, 3000, 500, 10000, False),
    ("次日达（航空）", "票", 2000, 4500, 200, 10000, False),
    ("大件零担运输", "公斤", 120, 350, 1000, 80000, True),
    ("整车运输（9.6 米）", "车次", 300000, 800000, 2, 120, False),
    ("冷链配送（2–8℃）", "票", 3000, 8000, 100, 5000, False),
    ("仓储租赁", "平方米·月", 3500, 7000, 200, 5000, False),
    ("入库及上架", "件", 50, 200, 1000, 100000, False),
    ("拣货包装", "单", 150, 400, 1000, 100000, False),
    ("包装材料", "套", 200, 1000, 500, 20000, False),
    ("代收货款服务费", "笔", 200, 500, 500, 20000, False),
    ("保价服务", "票", 100, 300, 100, 20000, False),
    ("退货取件", "票", 800, 1500, 100, 10000, False),
    ("电子面单接口开发", "项", 500000, 2000000, 1, 1, False),
    ("驻场服务人员", "人·月", 600000, 900000, 1, 24, False),
    ("国际快件（香港）", "公斤", 2500, 4500, 10, 5000, True),
)
DISCOUNTS_BP = (0, 0, 0, 300, 500, 800, 1000, 1500)
BENEFITS = ("降低综合物流成本约 8%–12%", "干线时效提升半天", "一个对接窗口，统一处理投诉和理赔",
            "减少仓储面积和人员", "签收数据实时回传，便于对账")
SOLUTIONS = ("以{c}分拨中心为枢纽，干线直发，末端由自有网点派送。",
             "总部集中签约，各分公司按统一价格体系下单，月度统一对账。",
             "在客户仓内设驻场团队，负责打包、交接和异常处理。",
             "冷链专线加温控箱，全程温度可追溯。")


# -- how often each value comes ------------------------------------------------

def weighted(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    """A table to pick from uniformly that holds each value ``weight`` times."""
    return tuple(value for value, weight in pairs for _ in range(weight))


TYPES_BY_TIER = {
    Tier.A: weighted([(AccountType.ECONOMIC, 10), (AccountType.STRATEGIC, 5),
                      (AccountType.GROUP, 3), (AccountType.IMPORTANT, 2)]),
    Tier.B: weighted([(AccountType.ECONOMIC, 8), (AccountType.IMPORTANT, 4),
                      (AccountType.GROUP, 3), (AccountType.STRATEGIC, 3),
                      (AccountType.PROSPECT, 2)]),
    Tier.C: weighted([(AccountType.ECONOMIC, 6), (AccountType.IMPORTANT, 3),
                      (AccountType.GROUP, 2), (AccountType.STRATEGIC, 1),
                      (AccountType.PROSPECT, 8)]),
}
# Relative visit frequency per tier: the inverse of the cadence.
VISIT_WEIGHT = {Tier.A: 6, Tier.B: 2, Tier.C: 1}
PROPOSAL_WEIGHT = {Tier.A: 3, Tier.B: 2, Tier.C: 1}
STAGES_BY_TIER = {
    Tier.A: weighted([(RelationshipStage.INTERDEPENDENT, 4), (RelationshipStage.INTEGRATED, 2),
                      (RelationshipStage.COOPERATIVE, 3)]),
    Tier.B: weighted([(RelationshipStage.COOPERATIVE, 5), (RelationshipStage.BASIC, 3),
                      (RelationshipStage.INTERDEPENDENT, 1)]),
    Tier.C: weighted([(RelationshipStage.BASIC, 5), (RelationshipStage.EXPLORATORY, 2),
                      (RelationshipStage.COOPERATIVE, 2)]),
}
EARLY_STAGES = (BuyingStage.PROBLEM, BuyingStage.NEED, BuyingStage.SPECIFICATION,
                BuyingStage.SUPPLIER_SEARCH, BuyingStage.PROPOSALS)
LATE_STAGES = weighted([(BuyingStage.ORDER_ROUTINE, 10), (BuyingStage.REVIEW, 5),
                        (BuyingStage.PROPOSALS, 2), (BuyingStage.SUPPLIER_CHOSEN, 2), (None, 1)])
SERVICE_BY_TIER = {
    Tier.A: weighted([(ServiceModel.RESIDENT, 5), (ServiceModel.ACCOUNT_REP, 4),
                      (ServiceModel.INDUSTRY_MANAGER, 1)]),
    Tier.B: weighted([(ServiceModel.ACCOUNT_REP, 3), (ServiceModel.INDUSTRY_MANAGER, 2)]),
    Tier.C: weighted([(ServiceModel.INDUSTRY_MANAGER, 3), (ServiceModel.ACCOUNT_REP, 2)]),
}
# Annual revenue with us in yuan, by tier.
REVENUE = {Tier.A: (5_000_000, 50_000_000), Tier.B: (1_000_000, 5_000_000),
           Tier.C: (50_000, 1_000_000)}
DAILY_PARCELS = {Tier.A: (2_000, 20_000), Tier.B: (300, 2_000), Tier.C: (20, 300)}
TERMS = {Tier.A: (60, 90, 90), Tier.B: (30, 60, 90), Tier.C: (30, 30, 60)}
SITE_KINDS = {
    "apparel": (SiteKind.STORE, SiteKind.STORE, SiteKind.WAREHOUSE),
    "ecommerce": (SiteKind.WAREHOUSE, SiteKind.BRANCH),
    "manufacturing": (SiteKind.FACTORY, SiteKind.FACTORY, SiteKind.BRANCH),
    "machinery": (SiteKind.FACTORY, SiteKind.BRANCH),
    "electronics": (SiteKind.FACTORY, SiteKind.BRANCH),
}
OTHER_SITE_KINDS = (SiteKind.BRANCH, SiteKind.BRANCH, SiteKind.WAREHOUSE)
SITE_SUFFIX = {SiteKind.BRANCH: "分公司", SiteKind.FACTORY: "工厂", SiteKind.WAREHOUSE: "仓",
               SiteKind.STORE: "旗舰店"}
ATTITUDES = weighted([(Attitude.SUPPORTER, 7), (Attitude.NEUTRAL, 9), (Attitude.OPPONENT, 4)])
INFLUENCE_BY_LEVEL = (
    (Influence.HIGH,),
    weighted([(Influence.HIGH, 3), (Influence.MEDIUM, 2)]),
    weighted([(Influence.MEDIUM, 2), (Influence.LOW, 3)]),
)
STRENGTHS = weighted([(1, 2), (2, 4), (3, 7), (4, 5), (5, 2)])
KINDS = weighted([(VisitKind.ONSITE, 9), (VisitKind.PHONE, 5), (VisitKind.MEETING, 3),
                  (VisitKind.CALLBACK, 2), (VisitKind.EVENT, 1)])
# kind -> shortest and longest duration in minutes, most contacts met, satisfaction asked
KIND_SHAPE = {
    VisitKind.ONSITE: (45, 150, 3, True), VisitKind.PHONE: (5, 30, 1, False),
    VisitKind.MEETING: (60, 180, 3, True), VisitKind.CALLBACK: (5, 20, 1, True),
    VisitKind.EVENT: (120, 240, 2, False),
}
SATISFACTION = weighted([(1, 1), (2, 2), (3, 6), (4, 12), (5, 7)])
ITEM_COUNTS = weighted([(1, 2), (2, 3), (3, 4), (4, 4), (5, 3), (6, 3), (7, 2), (8, 2),
                        (9, 1), (10, 1), (11, 1), (12, 1)])
OPEN_STATUSES = weighted([(ProposalStatus.DRAFT, 3), (ProposalStatus.SENT, 5),
                          (ProposalStatus.ACCEPTED, 2)])
CLOSED_STATUSES = weighted([(ProposalStatus.ACCEPTED, 8), (ProposalStatus.REJECTED, 5),
                            (ProposalStatus.EXPIRED, 7)])
