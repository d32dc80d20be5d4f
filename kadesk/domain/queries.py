"""What a list can be asked for: filters and sort orders, independent of SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kadesk.domain.enums import AccountType, Labelled, Region, RelationshipStage, Tier


class AccountSort(Labelled):
    NAME = "name", "名称", "Name"
    TIER = "tier", "分级", "Tier"
    TYPE = "type", "类型", "Type"
    REGION = "region", "区域", "Region"
    INDUSTRY = "industry", "行业", "Industry"
    LAST_VISIT = "last_visit", "最近拜访", "Last visit"
    NEXT_FOLLOW_UP = "next_follow_up", "下次跟进", "Next follow-up"
    REVENUE = "revenue", "年收入", "Annual revenue"
    OWNER = "owner", "负责人", "Rep"


@dataclass(frozen=True, kw_only=True)
class AccountFilter:
    text: str = ""
    tiers: frozenset[Tier] = frozenset()
    types: frozenset[AccountType] = frozenset()
    regions: frozenset[Region] = frozenset()
    industry_ids: frozenset[str] = frozenset()
    stages: frozenset[RelationshipStage] = frozenset()
    owners: frozenset[str] = frozenset()
    overdue: bool = False
    follow_up_due: bool = False
    deleted: bool = False  # True lists the trash instead


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the user's time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


# A printed visit report covers at most a quarter; longer belongs in a spreadsheet.
REPORT_MAX_DAYS = 92


@dataclass(frozen=True, kw_only=True)
class Period:
    start: date
    end: date  # inclusive

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) in local time: what 'this week' means to the rep."""
        return day_start(self.start), day_start(self.end + timedelta(days=1))

    @classmethod
    def week_of(cls, day: date) -> Period:
        """Monday to Sunday around ``day``: the week of a 周报."""
        monday = day - timedelta(days=day.weekday())
        return cls(start=monday, end=monday + timedelta(days=6))

    @property
    def is_week(self) -> bool:
        return self == Period.week_of(self.start)
