"""The built-in entries of the extensible lists (DOMAIN.md), in Chinese and English.

Their ids are derived from kind and code, so every replica has the same rows
from the start and sync never sees them as new.
"""

from __future__ import annotations

import uuid

from kadesk.domain.enums import ListKind
from kadesk.domain.records import ListItemFields

_NAMESPACE = uuid.UUID("6f1c8a52-5d0e-4c1b-9a59-7c3b1f0e2d41")


def builtin_id(kind: ListKind, code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind.value}:{code}"))


INDUSTRIES = [
    ("electronics", "电子", "Electronics"),
    ("banking", "金融/银行", "Banking"),
    ("insurance", "金融/保险", "Insurance"),
    ("telecom", "通信", "Telecom"),
    ("apparel", "服装", "Apparel"),
    ("it", "IT", "IT"),
    ("machinery", "机电器材", "Machinery & electrical"),
    ("trade", "国际贸易/货运", "Trade & forwarding"),
    ("pharma", "医药", "Pharma"),
    ("advertising", "广告/设计", "Advertising & design"),
    ("ecommerce", "电商", "E-commerce"),
    ("manufacturing", "制造业", "Manufacturing"),
    ("government", "政府/公共事业", "Government & utilities"),
]

# code, label zh, label en, guidance zh, guidance en
OBJECTIONS = [
    ("price_too_high", "价格太高", "Our price is too high",
     "先认同，再拆分总成本：运输、仓储、破损和交易成本；用案例说明价值，不急于降价。",
     "Acknowledge it, then break down total cost (freight, storage, damage, transactions); "
     "show value with a case before talking discounts."),
    ("policy_rigid", "政策不灵活", "Our commercial policy is too rigid",
     "问清是哪一条政策卡住了对方，向公司申请有条件的例外，并说明理由。",
     "Find which rule blocks them; ask head office for a conditional exception and explain why."),
    ("wants_exclusive", "要求独家代理", "They want exclusive distribution",
     "了解他们担心的渠道冲突，用区域或品类保护代替完全独家。",
     "Understand the channel conflict they fear; offer territory or category protection "
     "instead of full exclusivity."),
    ("market_slow", "市场不景气", "The market is slow, come back later",
     "尊重对方判断，提出小批量试单或淡季备货方案，约定下次跟进时间。",
     "Respect their view; propose a small trial order or an off-season plan and fix a follow-up."),
    ("wants_credit_stock", "要求铺底", "They want initial stock on credit",
     "评估信用后给出分批铺货或有限账期，写明回款条件。",
     "Check their credit; offer staged stock or limited terms with clear payment conditions."),
    ("wants_deposit", "要求保证金", "They want a deposit from us",
     "对方不了解我们：提供资质、客户案例和参观机会，建立信任。",
     "They do not know us yet: share credentials, references and a site visit to build trust."),
    ("lack_cash", "资金不足", "They lack cash for another supplier",
     "提供账期或分期方案，从小额订单开始。",
     "Offer payment terms or instalments and start with a small order."),
    ("happy_current", "与现有供应商关系好", "Happy with the current supplier",
     "不贬低对手；找出现有服务的空白点，作为补充供应商切入。",
     "Never run down the competitor; find the gaps in their service and enter as a supplement."),
    ("old_friend", "老朋友关系", "Long friendship with the current supplier",
     "尊重这段关系，先从对方未覆盖的业务或网点开始合作。",
     "Respect the friendship; start with business or sites the incumbent does not cover."),
    ("business_small", "生意规模小", "Their business is too small to buy direct",
     "介绍经销渠道或集中采购方案，保持联系等待增长。",
     "Point them to a dealer or pooled purchasing and keep in touch as they grow."),
    ("freight_far", "运输不便", "Too far away, freight too expensive",
     "计算到门总成本，比较就近仓储或合并运输方案。",
     "Work out the delivered cost; compare a nearby warehouse or consolidated freight."),
    ("we_too_small", "公司太小", "We are too small, they only carry big brands",
     "展示资质、行业客户和服务承诺，邀请参观。",
     "Show credentials, customers in their industry and service commitments; invite a visit."),
    ("contract_running", "合同未到期", "Bound by a contract with the current supplier",
     "记下合同到期日，提前三个月安排跟进，先做小范围试点。",
     "Note the contract end date, plan a follow-up three months before it, "
     "pilot in a small scope."),
    ("exclusivity_bonus", "专销奖励", "The current supplier pays an exclusivity bonus",
     "量化我们能带来的长期收益，与奖励作对比。",
     "Quantify the long-term gain we bring and compare it with the bonus."),
    ("no_authority", "无决策权", "The decision maker is away",
     "了解决策流程和决策人日程，请对方引荐，准备给决策人的材料。",
     "Learn the decision process and the decision maker's calendar; ask for an introduction "
     "and prepare material for them."),
    ("bad_reputation", "口碑问题", "They heard bad feedback about our product",
     "问清具体事件，说明改进措施，提供可联系的满意客户。",
     "Ask what exactly they heard, explain what changed, offer satisfied customers as references."),
    ("channel_conflict", "渠道冲突", "Another dealer nearby already sells our product",
     "说明渠道划分规则，必要时协调区域或品类分工。",
     "Explain how channels are divided; coordinate territory or category splits where needed."),
]

VALUE_ADDED = [
    ("inter_province", "省际及同城配送", "Inter-province and same-city delivery"),
    ("warehousing", "仓储", "Warehousing"),
    ("packaging", "包装", "Packaging"),
    ("cod", "代收货款", "Cash on delivery"),
    ("online_ordering", "网上下单", "Online ordering"),
    ("returns", "退货取件", "Returns pick-up"),
    ("complaints", "投诉处理", "Complaint handling"),
    ("callbacks", "回访", "Call-backs"),
    ("sales_feedback", "销售数据反馈", "Sales-data feedback"),
]


def builtin_items() -> list[tuple[str, ListItemFields]]:
    """(id, fields) of every built-in list entry, in display order."""
    items: list[tuple[str, ListItemFields]] = []
    for order, (code, zh, en) in enumerate(INDUSTRIES):
        items.append((builtin_id(ListKind.INDUSTRY, code), ListItemFields(
            kind=ListKind.INDUSTRY, code=code, label_zh=zh, label_en=en, sort_order=order)))
    for order, (code, zh, en, gzh, gen) in enumerate(OBJECTIONS):
        items.append((builtin_id(ListKind.OBJECTION, code), ListItemFields(
            kind=ListKind.OBJECTION, code=code, label_zh=zh, label_en=en,
            guidance_zh=gzh, guidance_en=gen, sort_order=order)))
    for order, (code, zh, en) in enumerate(VALUE_ADDED):
        items.append((builtin_id(ListKind.VALUE_ADDED, code), ListItemFields(
            kind=ListKind.VALUE_ADDED, code=code, label_zh=zh, label_en=en, sort_order=order)))
    return items


# General guidance on handling any objection (DOMAIN.md), shown beside the library.
HANDLING_GUIDANCE = {
    "zh": "欢迎异议；找出原因；选择时机；尊重对方；不夸大；预先准备常见异议。",
    "en": "Welcome it; find the cause; choose the moment; respect it; do not exaggerate it; "
    "anticipate the common ones.",
}
