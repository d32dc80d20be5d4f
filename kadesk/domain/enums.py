"""Closed vocabularies of DOMAIN.md, stored as their string codes.

Each member carries its Chinese and English label so reports and the CLI can
speak both languages without Qt; the UI translates through the same labels.
"""

from __future__ import annotations

from enum import StrEnum

from kadesk.domain.language import is_chinese


class Labelled(StrEnum):
    """A string enum whose members know their Chinese and English labels."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Labelled:
        member = str.__new__(cls, code)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    def label(self, language: str) -> str:
        return self.zh if is_chinese(language) else self.en


class AccountType(Labelled):
    ECONOMIC = "economic", "经济大客户", "Economic"
    IMPORTANT = "important", "重要客户", "Important"
    GROUP = "group", "集团客户", "Group"
    STRATEGIC = "strategic", "战略客户", "Strategic"
    PROSPECT = "prospect", "潜在大客户", "Prospect"


class Tier(Labelled):
    A = "A", "A 级", "Tier A"
    B = "B", "B 级", "Tier B"
    C = "C", "C 级", "Tier C"


class RelationshipStage(Labelled):
    EXPLORATORY = "exploratory", "探索", "Exploratory"
    BASIC = "basic", "初级", "Basic"
    COOPERATIVE = "cooperative", "合作", "Cooperative"
    INTERDEPENDENT = "interdependent", "伙伴", "Interdependent"
    INTEGRATED = "integrated", "一体化", "Integrated"
    AT_RISK = "at_risk", "流失风险", "At risk"


class BuyingStage(Labelled):
    PROBLEM = "problem", "发现问题", "Problem recognised"
    NEED = "need", "需求说明", "Need described"
    SPECIFICATION = "specification", "产品规格", "Specification"
    SUPPLIER_SEARCH = "supplier_search", "寻找供应商", "Supplier search"
    PROPOSALS = "proposals", "征求建议书", "Proposals requested"
    SUPPLIER_CHOSEN = "supplier_chosen", "选择供应商", "Supplier chosen"
    ORDER_ROUTINE = "order_routine", "常规订购", "Order routine"
    REVIEW = "review", "绩效评价", "Performance review"


class Region(Labelled):
    NORTH = "north", "华北", "North"
    EAST = "east", "华东", "East"
    SOUTH = "south", "华南", "South"
    CENTRAL = "central", "华中", "Central"
    SOUTHWEST = "southwest", "西南", "Southwest"
    NORTHWEST = "northwest", "西北", "Northwest"
    NORTHEAST = "northeast", "东北", "Northeast"


class BusinessModel(Labelled):
    B2B = "b2b", "B2B", "B2B"
    B2C = "b2c", "B2C", "B2C"
    BOTH = "both", "B2B 与 B2C", "B2B and B2C"


class ServiceModel(Labelled):
    RESIDENT = "resident", "派驻式", "Resident on site"
    ACCOUNT_REP = "account_rep", "客户代表式", "Account rep"
    INDUSTRY_MANAGER = "industry_manager", "行业经理式", "Industry manager"


class SiteKind(Labelled):
    HEADQUARTERS = "headquarters", "总部", "Headquarters"
    BRANCH = "branch", "分公司", "Branch"
    FACTORY = "factory", "工厂", "Factory"
    STORE = "store", "门店", "Store"
    WAREHOUSE = "warehouse", "仓库", "Warehouse"
    OTHER = "other", "其他", "Other"


class BuyingRole(Labelled):
    DECISION_MAKER = "decision_maker", "决策者", "Decision maker"
    INFLUENCER = "influencer", "影响者", "Influencer"
    USER = "user", "使用者", "User"
    TECHNICAL = "technical", "技术把关", "Technical evaluator"
    PURCHASER = "purchaser", "采购", "Purchaser"
    GATEKEEPER = "gatekeeper", "把关者", "Gatekeeper"
    COACH = "coach", "内线/教练", "Coach"


class Attitude(Labelled):
    SUPPORTER = "supporter", "支持", "Supporter"
    NEUTRAL = "neutral", "中立", "Neutral"
    OPPONENT = "opponent", "反对", "Opponent"


class Influence(Labelled):
    HIGH = "high", "高", "High"
    MEDIUM = "medium", "中", "Medium"
    LOW = "low", "低", "Low"


class RelationKind(Labelled):
    """Ties between contacts other than reports-to, drawn on the contact map."""

    INFLUENCES = "influences", "影响", "Influences"
    FRIEND = "friend", "朋友", "Friend of"
    FORMER_COLLEAGUE = "former_colleague", "前同事", "Former colleague"


class VisitKind(Labelled):
    ONSITE = "onsite", "上门拜访", "On-site visit"
    PHONE = "phone", "电话", "Phone call"
    MEETING = "meeting", "会议", "Meeting"
    CALLBACK = "callback", "回访", "Satisfaction call-back"
    EVENT = "event", "活动", "Event"


class ProposalStatus(Labelled):
    DRAFT = "draft", "草稿", "Draft"
    SENT = "sent", "已发送", "Sent"
    ACCEPTED = "accepted", "已接受", "Accepted"
    REJECTED = "rejected", "已拒绝", "Rejected"
    EXPIRED = "expired", "已过期", "Expired"


# Printed across a proposal that is not (or no longer) an offer the customer can take.
WATERMARKED_PROPOSALS = frozenset({ProposalStatus.DRAFT, ProposalStatus.REJECTED,
                                   ProposalStatus.EXPIRED})


class CoverStyle(Labelled):
    """How a proposal's cover looks: the team's letterhead chooses."""

    BAND = "band", "色带", "Colour band"
    PLAIN = "plain", "简洁", "Plain"


# Still in play with the customer: the brief lists them, a lapsed one is marked.
OPEN_PROPOSALS = frozenset({ProposalStatus.DRAFT, ProposalStatus.SENT})


class ListKind(Labelled):
    """The user-extensible lists (DOMAIN.md marks them 'extensible')."""

    INDUSTRY = "industry", "行业", "Industry"
    OBJECTION = "objection", "异议", "Objection"
    VALUE_ADDED = "value_added", "增值服务", "Value-added service"


# Visit cadence by tier (走访计划), in days: an account past it is overdue.
CADENCE_DAYS: dict[Tier, int] = {Tier.A: 30, Tier.B: 90, Tier.C: 180}
