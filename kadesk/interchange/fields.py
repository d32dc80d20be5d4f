"""The fields a table can fill, and which column most likely holds each one.

A column header is matched against each field's synonyms (simplified,
traditional and English; compared folded, so 單位名稱 and 单位名称 or "E-mail"
and "email" are the same). An exact match wins; otherwise the longest synonym
the header ends with (Chinese compounds put the head noun last: 联系人电话 is a
phone), then the longest it starts with (年营收（万元） is the revenue).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kadesk.domain import enums as e
from kadesk.domain.text import compact


class Kind(StrEnum):
    TEXT = "text"
    PHONE = "phone"
    DATE = "date"
    MONEY = "money"
    INT = "int"
    ENUM = "enum"
    INDUSTRY = "industry"


class Target(StrEnum):
    """What a file holds: accounts (each row may carry one contact of it) or contacts
    of existing accounts."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"


@dataclass(frozen=True)
class ImportField:
    key: str  # "account.name", "contact.mobile": entity and field of *Fields
    kind: Kind
    zh: str
    en: str
    synonyms: tuple[str, ...]
    enum: type[e.Labelled] | None = None

    @property
    def entity(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]


def _f(key: str, kind: Kind, zh: str, en: str, *synonyms: str,
       enum: type[e.Labelled] | None = None) -> ImportField:
    return ImportField(key, kind, zh, en, (zh, en, *synonyms), enum)


T, P = Kind.TEXT, Kind.PHONE
FIELDS: tuple[ImportField, ...] = (
    _f("account.name", T, "客户名称", "Account name", "客户", "客户名", "公司", "公司名称",
       "企业名称", "单位", "单位名称", "名称", "客户全称", "公司全称", "Company", "Account",
       "Company name", "Customer", "Customer name", "Organisation", "Organization", "ORG"),
    _f("account.short_name", T, "简称", "Short name", "客户简称", "公司简称", "Abbreviation"),
    _f("account.english_name", T, "英文名称", "English name", "英文名"),
    _f("account.aliases", T, "别名", "Aliases", "其他名称", "曾用名", "英文简称", "缩写",
       "Alias", "Also known as", "AKA", "Former name", "Acronym"),
    _f("account.industry_id", Kind.INDUSTRY, "行业", "Industry", "所属行业", "行业类别"),
    _f("account.hq_city", T, "总部城市", "City", "城市", "所在城市", "总部所在地", "HQ city",
       "Headquarters"),
    _f("account.region", Kind.ENUM, "区域", "Region", "总部区域", "大区", "地区",
       enum=e.Region),
    _f("account.account_type", Kind.ENUM, "客户类型", "Account type", "类型", "客户类别",
       "Type", enum=e.AccountType),
    _f("account.tier", Kind.ENUM, "等级", "Tier", "客户等级", "分级", "级别", "客户分级",
       "Level", "Grade", enum=e.Tier),
    _f("account.relationship_stage", Kind.ENUM, "关系阶段", "Relationship stage", "关系",
       enum=e.RelationshipStage),
    _f("account.buying_stage", Kind.ENUM, "采购阶段", "Buying stage", enum=e.BuyingStage),
    _f("account.annual_revenue", Kind.MONEY, "年营收", "Annual revenue", "年收入", "营收",
       "年销售额", "年营业额", "营业额", "Revenue"),
    _f("account.monthly_contribution", Kind.MONEY, "月贡献", "Monthly contribution",
       "月度贡献", "月收入"),
    _f("account.volume", T, "业务量", "Volume", "货量", "发货量"),
    _f("account.cooperation_start", Kind.DATE, "合作开始", "Cooperation start", "合作时间",
       "合作开始日期", "开始合作", "Since", "Customer since"),
    _f("account.business_model", Kind.ENUM, "业务模式", "Business model", "经营模式",
       enum=e.BusinessModel),
    _f("account.purchases", T, "采购内容", "Purchases", "主营产品", "产品", "Products"),
    _f("account.special_operations", T, "个性化操作", "Special operations", "特殊需求"),
    _f("account.financial_needs", T, "财务需求", "Financial needs"),
    _f("account.payment_terms_days", Kind.INT, "账期", "Payment terms", "账期天",
       "付款周期", "Payment terms days", "Terms"),
    _f("account.unmet_needs", T, "尚未满足的需求", "Unmet needs", "未满足需求"),
    _f("account.competitors", T, "竞争对手", "Competitors", "竞品", "竞争者"),
    _f("account.owner", T, "负责人", "Owner", "客户经理", "销售", "业务员", "跟进人",
       "Account manager", "Sales rep", "Rep"),
    _f("account.service_model", Kind.ENUM, "服务模式", "Service model",
       enum=e.ServiceModel),
    _f("account.notes", T, "备注", "Notes", "说明", "Remarks", "Comments", "Note"),
    _f("contact.name", T, "联系人", "Contact", "姓名", "Name", "联系人姓名", "客户联系人",
       "Contact name", "Full name", "FN"),
    _f("contact.title", T, "职务", "Title", "职位", "头衔", "Job title", "Position"),
    _f("contact.department", T, "部门", "Department", "所在部门", "Dept"),
    _f("contact.mobile", P, "手机", "Mobile", "手机号", "手机号码", "移动电话", "联系人手机",
       "Mobile phone", "Cell", "Cell phone", "Cellphone"),
    _f("contact.phone", P, "电话", "Phone", "座机", "办公电话", "固定电话", "联系电话",
       "联系人电话", "电话号码", "Telephone", "Tel", "Office phone", "Work phone"),
    _f("contact.email", T, "邮箱", "E-mail", "电子邮件", "电子邮箱", "邮件", "Email",
       "Mail", "Email address"),
    _f("contact.wechat", T, "微信", "WeChat", "微信号", "WeChat ID"),
    _f("contact.birthday", Kind.DATE, "生日", "Birthday", "出生日期", "Date of birth"),
    _f("contact.personal_notes", T, "个人信息", "Personal notes", "联系人备注",
       "Contact notes"),
    _f("contact.buying_role", Kind.ENUM, "角色", "Buying role", "采购角色", "Role",
       enum=e.BuyingRole),
    _f("contact.attitude", Kind.ENUM, "态度", "Attitude", enum=e.Attitude),
    _f("contact.influence", Kind.ENUM, "影响力", "Influence", enum=e.Influence),
    _f("contact.strength", Kind.INT, "关系强度", "Strength", "关系程度",
       "Relationship strength"),
)
BY_KEY = {f.key: f for f in FIELDS}
# Notes in a contacts file are about the person.
_PREFER = {Target.CONTACTS: {"account.notes": "contact.personal_notes"}}


def field_for(key: str) -> ImportField:
    return BY_KEY[key]


def _synonyms() -> list[tuple[str, str]]:
    """(folded synonym, field key), longest first."""
    pairs = {(compact(s), f.key) for f in FIELDS for s in f.synonyms if compact(s)}
    return sorted(pairs, key=lambda p: (-len(p[0]), p[1]))


_SYNONYMS = _synonyms()
_EXACT: dict[str, str] = {}
for _word, _key in _SYNONYMS:
    _EXACT.setdefault(_word, _key)


def suggest_one(header: str, target: Target = Target.ACCOUNTS) -> str | None:
    word = compact(header)
    if not word:
        return None
    key = _EXACT.get(word)
    if key is None:
        key = next((k for s, k in _SYNONYMS if len(s) >= 2 and word.endswith(s)), None)
    if key is None:
        key = next((k for s, k in _SYNONYMS if len(s) >= 2 and word.startswith(s)), None)
    if key is None:
        return None
    return _PREFER.get(target, {}).get(key, key)


def suggest(headers: Sequence[str], target: Target = Target.ACCOUNTS) -> list[str | None]:
    """A field key (or None) per column; a field goes to the first column that wants it.
    In a contacts file the account columns other than its name are not suggested (a
    contacts import never edits accounts)."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        key = suggest_one(header, target)
        if key is not None and target is Target.CONTACTS and key.startswith("account.") \
                and key != "account.name":
            key = None
        if key in taken:
            key = None
        if key is not None:
            taken.add(key)
        out.append(key)
    return out


def allowed(target: Target) -> tuple[ImportField, ...]:
    """The fields a file of ``target`` can fill."""
    if target is Target.CONTACTS:
        return tuple(f for f in FIELDS if f.entity == "contact" or f.key == "account.name")
    return FIELDS


def money_scale(header: str) -> int:
    """Amounts in a column headed '年营收（万元）' are in units of 10,000."""
    word = compact(header)
    return 100_000_000 if "亿" in word else 10_000 if "万" in word else 1
