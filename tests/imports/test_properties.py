"""Properties of import over generated tables: a second import of the same file
creates nothing (and with skip or fill changes nothing), and the accounts created
are the distinct folded names."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadesk.domain.text import compact
from kadesk.services.app import Kadesk
from kadesk.services.imports import ImportRequest, Policy
from tests.imports import files

# Names that fold together (simplified / traditional / spacing) and one that only
# sounds like another (华为 / 花为).
NAMES = ["华为", "華為", "华 为", "花为", "中兴", "中興", "美的"]
PEOPLE = ["张伟", "張偉", "李娜", "王芳"]
rows = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(PEOPLE),
                          st.sampled_from(["", "13800138000", "13900139000"])),
                min_size=1, max_size=8)
counter = itertools.count()


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=rows, policy=st.sampled_from([Policy.SKIP, Policy.FILL, Policy.UPDATE]))
def test_reimport_creates_nothing(fixed_app: Kadesk, tmp_path: Path,
                                  table: list[tuple[str, str, str]], policy: Policy) -> None:
    prefix = f"测试{next(counter)}"  # each example its own accounts
    data = [[prefix + name, person, mobile] for name, person, mobile in table]
    path = files.workbook(tmp_path / f"{prefix}.xlsx", data, ["客户名称", "联系人", "手机"])
    first = fixed_app.imports.run(ImportRequest(path, policy=policy))
    assert first.rejected_rows == 0
    assert first.accounts.created == len({compact(row[0]) for row in data})
    again = fixed_app.imports.run(ImportRequest(path, policy=policy))
    assert (again.accounts.created, again.contacts.created) == (0, 0)
    if policy is not Policy.UPDATE:  # within a file, update lets a later row win
        assert (again.accounts.updated, again.contacts.updated) == (0, 0)
