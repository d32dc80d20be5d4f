"""Importing into a database: matching, duplicate policies, the summary, one
transaction, and undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kadesk.domain.builtins import builtin_id
from kadesk.domain.enums import ListKind, Tier
from kadesk.domain.errors import ImportFileError, KadeskError
from kadesk.domain.money import Money
from kadesk.domain.queries import AccountFilter
from kadesk.domain.records import AccountFields, ContactFields
from kadesk.services.app import Kadesk
from kadesk.services.imports import Action, ImportRequest, Policy, Target
from kadesk.store.db import Database
from tests.helpers import snapshot
from tests.imports import files


def names(app: Kadesk) -> list[str]:
    return [a.name for a in app.accounts.page(limit=1000)]


def account(app: Kadesk, name: str):
    [found] = [a for a in app.accounts.page(AccountFilter(text=name)) if a.name == name]
    return app.accounts.get(found.id)


def test_a_workbook_imports_accounts_with_their_contacts(fixed_app: Kadesk,
                                                         tmp_path: Path) -> None:
    summary = fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "客户.xlsx")))
    assert (summary.rows, summary.rejected_rows) == (4, 0)
    assert (summary.accounts.created, summary.contacts.created) == (3, 3)
    assert names(fixed_app) == ["华为技术有限公司", "美的集团", "招商银行股份有限公司"]
    huawei = account(fixed_app, "华为技术有限公司")
    assert huawei.industry_id == builtin_id(ListKind.INDUSTRY, "electronics")
    assert (huawei.hq_city, huawei.tier, huawei.payment_terms_days) == ("深圳", Tier.A, 90)
    assert huawei.annual_revenue == Money(120 * 10_000 * 100, "CNY")  # 年营收（万元）
    assert str(huawei.cooperation_start) == "2024-03-05"
    people = {c.name: c for c in fixed_app.contacts.of_account(huawei.id)}
    assert set(people) == {"张伟", "李娜"}  # one account, two rows
    assert (people["张伟"].mobile, people["张伟"].title) == ("138 0013 8000", "采购总监")
    bank = account(fixed_app, "招商银行股份有限公司")
    assert bank.annual_revenue == Money(1_200 * 10_000 * 100, "CNY")
    assert bank.industry_id == builtin_id(ListKind.INDUSTRY, "banking")
    assert str(bank.cooperation_start) == "2023-01-02"  # an Excel date cell
    # Found by search like any account: the search keys were written.
    assert [a.name for a in fixed_app.accounts.page(AccountFilter(text="zsyh"))] == [
        "招商银行股份有限公司"]


def test_importing_the_same_file_again_creates_nothing(fixed_app: Kadesk,
                                                       tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "客户.xlsx")
    fixed_app.imports.run(ImportRequest(path))
    before = snapshot(fixed_app.db)
    again = fixed_app.imports.run(ImportRequest(path))
    assert (again.accounts.created, again.contacts.created) == (0, 0)
    assert (again.accounts.skipped, again.contacts.skipped) == (3, 3)
    assert again.import_id is None  # nothing written, nothing to undo
    assert snapshot(fixed_app.db) == before
    for policy in (Policy.FILL, Policy.UPDATE):
        same = fixed_app.imports.run(ImportRequest(path, policy=policy))
        assert (same.accounts.unchanged, same.contacts.unchanged) == (3, 3)
        assert snapshot(fixed_app.db) == before


def existing(app: Kadesk) -> str:
    """華為 as a rep typed it: traditional, with its city but no tier or industry."""
    saved = app.accounts.create(AccountFields(name="華為技術有限公司", hq_city="东莞",
                                              tier=Tier.B))
    app.contacts.create(ContactFields(account_id=saved.record.id, name="張偉", mobile="",
                                      title="经理"))
    return saved.record.id


@pytest.mark.parametrize(("policy", "city", "industry", "title", "accounts"), [
    (Policy.SKIP, "东莞", None, "经理", 2),
    (Policy.FILL, "东莞", "electronics", "经理", 2),
    (Policy.UPDATE, "深圳", "electronics", "采购总监", 2),
    (Policy.CREATE, "东莞", None, "经理", 3)])
def test_duplicate_policies(fixed_app: Kadesk, tmp_path: Path, *, policy: Policy, city: str,
                            industry: str | None, title: str, accounts: int) -> None:
    huawei = existing(fixed_app)
    rows = files.ROWS[:1] + files.ROWS[2:3]
    summary = fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx", rows),
                                                  policy=policy))
    assert len(names(fixed_app)) == accounts
    kept = fixed_app.accounts.get(huawei)
    assert kept.hq_city == city
    assert kept.industry_id == (builtin_id(ListKind.INDUSTRY, industry) if industry else None)
    assert kept.tier == (Tier.A if policy is Policy.UPDATE else Tier.B)  # B is not "empty"
    [person] = fixed_app.contacts.of_account(huawei)
    assert person.title == title
    assert person.mobile == ("138 0013 8000" if policy in (Policy.FILL, Policy.UPDATE) else "")
    expected = {Policy.SKIP: (0, 0, 1), Policy.FILL: (0, 1, 0), Policy.UPDATE: (0, 1, 0),
                Policy.CREATE: (1, 0, 0)}[policy]
    counts = summary.accounts
    assert (counts.created - 1, counts.updated, counts.skipped) == expected


def test_a_contact_is_matched_by_phone_within_its_account(fixed_app: Kadesk,
                                                          tmp_path: Path) -> None:
    huawei = fixed_app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
    fixed_app.contacts.create(ContactFields(account_id=huawei, name="张总",
                                            mobile="+86 138-0013-8000"))
    summary = fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx",
                                                                 files.ROWS[:1]),
                                                  policy=Policy.FILL))
    assert summary.contacts.updated == 1 and summary.contacts.created == 0
    [person] = fixed_app.contacts.of_account(huawei)
    assert (person.name, person.title) == ("张总", "采购总监")  # the name is never overwritten


def test_a_name_that_only_sounds_the_same_is_created_and_flagged(fixed_app: Kadesk,
                                                                  tmp_path: Path) -> None:
    fixed_app.accounts.create(AccountFields(name="华为", hq_city="深圳"))
    path = files.workbook(tmp_path / "a.xlsx", [["花为", "", "北京"]], ["客户名称", "行业", "城市"])
    summary = fixed_app.imports.run(ImportRequest(path, policy=Policy.UPDATE))
    assert summary.accounts.created == 1
    assert account(fixed_app, "华为").hq_city == "深圳"  # an unrelated match is never updated
    [warning] = summary.warnings
    assert (warning.row, warning.code) == (2, "row_sounds_like")
    assert "华为" in warning.message()
    [conflict] = fixed_app.sync.conflicts()
    assert conflict.kind.value == "possible_duplicate"


def test_a_bad_cell_empties_its_field_and_only_a_bad_name_leaves_the_row_out(
        fixed_app: Kadesk, tmp_path: Path) -> None:
    rows = [["华为", "电子", "2024-02-30", "90", "张伟", "zw@huawei.com"],
            ["中兴", "通信", "2024-01-02", "九十天", "李娜", "不是邮箱"],
            ["", "电子", "", "", "", ""],
            ["腾讯", "IT", "", "", "", ""],
            ["阿里巴巴", "新零售", "", "", "", ""]]
    path = files.workbook(tmp_path / "a.xlsx", rows, ["客户名称", "行业", "合作开始", "账期",
                                                      "联系人", "邮箱"])
    summary = fixed_app.imports.run(ImportRequest(path))
    assert names(fixed_app) == ["阿里巴巴", "华为", "腾讯", "中兴"]
    assert summary.rejected_rows == 1
    [nameless] = summary.rejected
    assert ((nameless.row, nameless.column), nameless.message()) == (
        (4, "客户名称"), "客户名称 is required.")
    said = {(p.row, p.column): p.message() for p in summary.warnings}
    assert said[(2, "合作开始")] == ("'2024-02-30' is not a date; write it as 2024-03-05, "
                                    "2024/3/5 or 2024年3月5日. The field is left empty.")
    assert "'九十天' is not a whole number" in said[(3, "账期")]
    assert "'不是邮箱' is not an e-mail address" in said[(3, "邮箱")]
    assert said[(6, "行业")].startswith("'新零售' is not in the industry list")
    huawei, zte = account(fixed_app, "华为"), account(fixed_app, "中兴")
    assert (huawei.cooperation_start, huawei.payment_terms_days) == (None, 90)
    assert (zte.payment_terms_days, str(zte.cooperation_start)) == (None, "2024-01-02")
    [li] = fixed_app.contacts.of_account(zte.id)
    assert (li.name, li.email) == ("李娜", "")
    assert account(fixed_app, "阿里巴巴").industry_id is None


def test_a_sheet_as_reps_keep_it_imports_every_row(fixed_app: Kadesk, tmp_path: Path) -> None:
    """A title row, a blank row, numbers as business cards print them, two mobiles in one
    cell and an unknown industry: all four rows come in."""
    rows = [["华为技术有限公司", "通信设备", "张伟", "13700137000 / 13600136000",
             "0755-26656677转8001"],
            [None, None, None, None, None],
            ["招商银行股份有限公司", "银行", "李娜", "13800138000", "0755 8319 5555 分机 8001"],
            ["顺丰控股", "物流", "王芳", "13900139000", "+86 755 2878 0808,8001"],
            ["美的集团", "制造业", "陈静", "不详", "0757-2233 8888 ext. 12"]]
    path = files.workbook(tmp_path / "名片.xlsx", rows, ["客户", "行业", "联系人", "手机", "电话"],
                          title="2026 年大客户通讯录")
    summary = fixed_app.imports.run(ImportRequest(path))
    assert (summary.rejected_rows, summary.accounts.created, summary.contacts.created) == (
        0, 4, 4)
    people = {c.name: c for a in fixed_app.accounts.page()
              for c in fixed_app.contacts.of_account(a.id)}
    assert (people["张伟"].mobile, people["张伟"].phone) == (
        "137 0013 7000 / 136 0013 6000", "0755 2665 6677 ext. 8001")
    assert people["李娜"].phone == "0755 8319 5555 ext. 8001"
    assert people["王芳"].phone == "0755 2878 0808 ext. 8001"
    assert (people["陈静"].mobile, people["陈静"].phone) == ("", "0757 2233 8888 ext. 12")
    said = {(p.column, p.code) for p in summary.warnings}
    assert ("手机", "bad_phone") in said and ("行业", "cell_unknown_industry") in said


def test_contact_columns_need_a_contact_name_column(fixed_app: Kadesk,
                                                    tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx", [["华为", "a@b.cn"]], ["客户名称", "邮箱"])
    with pytest.raises(ImportFileError) as bad:
        fixed_app.imports.run(ImportRequest(path))
    assert bad.value.code == "import_no_name_column"


def test_a_cell_showing_an_error_is_left_empty(fixed_app: Kadesk, tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["B5"].value = "#N/A"
    book.active["B5"].data_type = "e"  # how Excel saves a formula that failed
    book.save(path)
    summary = fixed_app.imports.run(ImportRequest(path))
    assert summary.rejected == ()
    [problem] = summary.warnings
    assert (problem.row, problem.column, problem.code) == (5, "行业", "cell_error")
    assert "#N/A" in problem.message() and problem.message().endswith("left empty.")


def test_a_formula_without_a_result_is_left_empty(fixed_app: Kadesk, tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["E3"] = "=SUM(E2:E2)"
    book.save(path)
    summary = fixed_app.imports.run(ImportRequest(path))
    [problem] = summary.warnings
    assert (problem.row, problem.column, problem.code) == (3, "年营收（万元）", "cell_formula")
    assert summary.contacts.created == 3  # 李娜's row is in, without that revenue


def test_later_rows_of_an_account_fill_it_and_clashes_are_warned(fixed_app: Kadesk,
                                                                 tmp_path: Path) -> None:
    rows = [["华为", "", "张伟"], ["华为", "深圳", "李娜"], ["華為", "北京", "王芳"]]
    path = files.workbook(tmp_path / "a.xlsx", rows, ["客户名称", "城市", "联系人"])
    summary = fixed_app.imports.run(ImportRequest(path))
    assert summary.accounts.created == 1 and summary.contacts.created == 3
    assert account(fixed_app, "华为").hq_city == "深圳"
    [clash] = summary.warnings
    assert (clash.row, clash.column, clash.code) == (4, "城市", "cell_differs")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_each_encoding(fixed_app: Kadesk, tmp_path: Path, encoding: str) -> None:
    path = files.csv_file(tmp_path / "a.csv", [r[:4] for r in files.ROWS], files.HEADERS[:4],
                          encoding)
    fixed_app.imports.run(ImportRequest(path))
    assert names(fixed_app) == ["华为技术有限公司", "美的集团", "招商银行股份有限公司"]


def test_contacts_go_to_existing_accounts_only(fixed_app: Kadesk, tmp_path: Path) -> None:
    huawei = fixed_app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
    rows = [["華為技術有限公司", "张伟", "13800138000"], ["不存在公司", "李娜", ""]]
    path = files.workbook(tmp_path / "c.xlsx", rows, ["公司", "姓名", "手机"])
    summary = fixed_app.imports.run(ImportRequest(path, Target.CONTACTS))
    assert [c.name for c in fixed_app.contacts.of_account(huawei)] == ["张伟"]
    [missing] = summary.rejected
    assert (missing.row, missing.code) == (3, "cell_no_account")
    assert names(fixed_app) == ["华为技术有限公司"]


def test_vcards_go_to_the_account_of_their_org_or_the_one_chosen(fixed_app: Kadesk,
                                                                  tmp_path: Path) -> None:
    huawei = fixed_app.accounts.create(AccountFields(name="华为技术有限公司")).record.id
    bank = fixed_app.accounts.create(AccountFields(name="招商银行股份有限公司")).record.id
    cards = tmp_path / "联系人.vcf"
    cards.write_text(files.VCARD_30 + files.VCARD_40, encoding="utf-8")
    summary = fixed_app.imports.run(ImportRequest(cards, Target.CONTACTS))
    assert summary.contacts.created == 3
    people = {c.name: c for c in fixed_app.contacts.of_account(huawei)}
    assert (people["张伟"].mobile, people["张伟"].phone) == ("138 0013 8000",
                                                           "0755 2878 0808")
    assert (people["张伟"].department, people["张伟"].email) == ("采购部",
                                                              "zhangwei@huawei.com")
    [chen] = fixed_app.contacts.of_account(bank)  # 招商銀行 in traditional: the same name
    assert (chen.name, str(chen.birthday)) == ("陳美玲", "1985-04-12")
    again = fixed_app.imports.run(ImportRequest(cards, Target.CONTACTS))
    assert again.contacts.created == 0 and again.contacts.skipped == 3
    v21 = tmp_path / "phone.vcf"
    v21.write_text(files.VCARD_21, encoding="ascii")
    fixed_app.imports.run(ImportRequest(v21, Target.CONTACTS, account_id=huawei))
    assert "王芳" in [c.name for c in fixed_app.contacts.of_account(huawei)]


def test_undo_trashes_what_was_created_and_restores_what_was_updated(
        fixed_app: Kadesk, tmp_path: Path) -> None:
    huawei = existing(fixed_app)
    before = {a.name for a in fixed_app.accounts.page()}
    summary = fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx"),
                                                  policy=Policy.UPDATE))
    assert summary.accounts.updated == 1 and summary.accounts.created == 2
    assert fixed_app.accounts.get(huawei).hq_city == "深圳"
    undone = fixed_app.imports.undo()
    assert (undone.trashed, undone.restored, undone.kept) == (2 + 2, 2, 0)
    assert {a.name for a in fixed_app.accounts.page()} == before
    restored = fixed_app.accounts.get(huawei)
    assert (restored.hq_city, restored.tier, restored.industry_id) == ("东莞", Tier.B, None)
    assert [c.title for c in fixed_app.contacts.of_account(huawei)] == ["经理"]
    assert fixed_app.contacts.of_account(huawei, deleted=True)[0].name == "李娜"
    with pytest.raises(KadeskError) as twice:
        fixed_app.imports.undo(undone.import_id)
    assert twice.value.code == "import_already_undone"
    with pytest.raises(KadeskError) as nothing:
        fixed_app.imports.undo()
    assert nothing.value.code == "import_nothing_to_undo"


def test_undo_keeps_what_was_changed_since(fixed_app: Kadesk, tmp_path: Path) -> None:
    huawei = existing(fixed_app)
    fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx"),
                                        policy=Policy.UPDATE))
    fixed_app.accounts.update(huawei, hq_city="广州")  # the rep corrects the import
    bank = account(fixed_app, "招商银行股份有限公司").id
    fixed_app.accounts.update(bank, notes="已拜访")  # and works on a new account
    midea = account(fixed_app, "美的集团").id
    fixed_app.contacts.create(ContactFields(account_id=midea, name="方洪波"))
    undone = fixed_app.imports.undo()
    assert undone.kept == 3
    assert set(names(fixed_app)) == {"華為技術有限公司", "招商银行股份有限公司", "美的集团"}
    kept = fixed_app.accounts.get(huawei)
    assert (kept.hq_city, kept.tier) == ("广州", Tier.B)  # the edit stays, the rest goes back


def test_the_import_record_survives_a_restart(fixed_app: Kadesk, tmp_path: Path) -> None:
    fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx")))
    path = fixed_app.db.path
    fixed_app.db.close()
    with Kadesk(Database(path)) as reopened:
        [record] = reopened.imports.history()
        assert record.file_name == "a.xlsx" and record.counts["accounts"]["created"] == 3
        reopened.imports.undo(record.id[:8])
        assert names(reopened) == []
        assert reopened.imports.history()[0].undone_at is not None
    fixed_app.db = Database(path)  # for the fixture's close


def test_undo_syncs_as_ordinary_edits(fixed_app: Kadesk, tmp_path: Path) -> None:
    fixed_app.imports.run(ImportRequest(files.workbook(tmp_path / "a.xlsx")))
    fixed_app.imports.undo()
    package = fixed_app.sync.export_full(tmp_path / "全部.kadesk-sync")
    other = Kadesk.open(tmp_path / "乙" / "kadesk.db")
    try:
        other.sync.set_up_from(package.path)
        assert names(other) == []
        assert {a.name for a in other.accounts.page(AccountFilter(deleted=True))} == {
            "华为技术有限公司", "美的集团", "招商银行股份有限公司"}
    finally:
        other.close()


BAD_INPUT = ["empty", "protected", "merged", "bad_encoding", "broken_vcard", "no_name_column",
             "header_only"]


def bad_file(kind: str, tmp_path: Path) -> ImportRequest:
    if kind == "empty":
        (tmp_path / "空.xlsx").write_bytes(b"")
        return ImportRequest(tmp_path / "空.xlsx")
    if kind == "protected":
        (tmp_path / "密码.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
        return ImportRequest(tmp_path / "密码.xlsx")
    if kind == "merged":
        path = files.workbook(tmp_path / "合并.xlsx")
        book = openpyxl.load_workbook(path)
        book.active.merge_cells("A1:B1")
        book.save(path)
        return ImportRequest(path)
    if kind == "bad_encoding":
        return ImportRequest(files.csv_file(tmp_path / "a.csv", [["华为"]], ["客户名称"], "gbk"),
                             encoding="utf-8")
    if kind == "broken_vcard":
        path = tmp_path / "坏.vcf"
        path.write_text(files.VCARD_30.replace("TITLE:采购总监", "采购总监"), encoding="utf-8")
        return ImportRequest(path, Target.CONTACTS)
    if kind == "no_name_column":
        return ImportRequest(files.workbook(tmp_path / "a.xlsx", [["深圳"]], ["城市"]))
    return ImportRequest(files.workbook(tmp_path / "a.xlsx", []))


@pytest.mark.parametrize("kind", BAD_INPUT)
def test_bad_files_say_why_and_change_nothing(fixed_app: Kadesk, tmp_path: Path,
                                              kind: str) -> None:
    before = snapshot(fixed_app.db)
    request = bad_file(kind, tmp_path)
    with pytest.raises(ImportFileError) as bad:
        fixed_app.imports.run(request)
    assert "imported" in bad.value.message() or "Nothing" in bad.value.message()
    assert snapshot(fixed_app.db) == before


def test_cancel_and_dry_run_write_nothing(fixed_app: Kadesk, tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx")
    before = snapshot(fixed_app.db)
    dry = fixed_app.imports.run(ImportRequest(path), dry_run=True)
    assert dry.dry_run and dry.accounts.created == 3
    stages: list[str] = []
    cancelled = fixed_app.imports.run(ImportRequest(path), lambda s, _d, _t: stages.append(s),
                                      lambda: "writing" in stages)
    assert cancelled.cancelled
    after = snapshot(fixed_app.db)
    # The clock's high-water mark may move; no data row does.
    assert {t: r for t, r in after.items() if t != "local_state"} == {
        t: r for t, r in before.items() if t != "local_state"}


def test_preview_shows_actions_and_messages_per_row(fixed_app: Kadesk, tmp_path: Path) -> None:
    existing(fixed_app)
    before = snapshot(fixed_app.db)
    preview = fixed_app.imports.preview(ImportRequest(files.workbook(tmp_path / "a.xlsx")))
    assert [(o.line, o.account, o.contact) for o in preview.outcomes] == [
        (2, Action.SKIP, Action.SKIP), (3, Action.SAME, Action.CREATE),
        (4, Action.CREATE, Action.CREATE), (5, Action.CREATE, None)]
    assert preview.outcomes[0].matched == "華為技術有限公司"
    assert snapshot(fixed_app.db) == before


def test_a_mapping_can_be_changed(fixed_app: Kadesk, tmp_path: Path) -> None:
    path = files.workbook(tmp_path / "a.xlsx", [["华为", "深圳"]], ["客户", "备注"])
    fixed_app.imports.run(ImportRequest(path, mapping={0: "account.name",
                                                       1: "account.hq_city"}))
    assert account(fixed_app, "华为").hq_city == "深圳"
    with pytest.raises(ImportFileError) as twice:
        fixed_app.imports.run(ImportRequest(path, mapping={0: "account.name",
                                                           1: "account.name"}))
    assert twice.value.code == "import_mapped_twice"


def test_repeated_rows_of_an_account_here_follow_the_policy(fixed_app: Kadesk,
                                                            tmp_path: Path) -> None:
    huawei = existing(fixed_app)
    rows = [["華為技術有限公司", "深圳", "张伟"], ["華為技術有限公司", "深圳", "李娜"],
            ["TCL有限公司", "惠州", "王芳"]]  # a stem without Chinese: no pinyin to compare
    path = files.workbook(tmp_path / "a.xlsx", rows, ["客户名称", "城市", "联系人"])
    summary = fixed_app.imports.run(ImportRequest(path, policy=Policy.FILL))
    assert summary.warnings == ()
    assert fixed_app.accounts.get(huawei).hq_city == "东莞"  # not empty: kept
    assert summary.accounts.unchanged == 1 and summary.accounts.created == 1


def test_create_anyway_still_makes_one_record_per_person_of_the_file(
        fixed_app: Kadesk, tmp_path: Path) -> None:
    huawei = existing(fixed_app)  # 華為 with 張偉
    rows = [["华为技术有限公司", "张伟"], ["华为技术有限公司", "張偉"]]
    path = files.workbook(tmp_path / "a.xlsx", rows, ["客户名称", "联系人"])
    summary = fixed_app.imports.run(ImportRequest(path, policy=Policy.CREATE))
    assert (summary.accounts.created, summary.contacts.created) == (1, 1)
    assert len(fixed_app.contacts.of_account(huawei)) == 1  # the one here is left alone
