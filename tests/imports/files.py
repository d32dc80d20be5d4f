"""Real files made the way reps' tools make them: openpyxl workbooks with Chinese
headers, CSV in UTF-8, UTF-8 with BOM and GBK, vCards 3.0 and 4.0."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

HEADERS = ["客户名称", "行业", "总部城市", "等级", "年营收（万元）", "账期", "合作开始",
           "联系人", "职务", "手机", "邮箱"]
ROWS: list[list[Any]] = [
    ["华为技术有限公司", "电子", "深圳", "A", 120, "90天", "2024年3月5日", "张伟", "采购总监",
     13800138000, "zhangwei@huawei.com"],
    ["华为技术有限公司", "电子", "深圳", "A", 120, "90天", "2024/3/5", "李娜", "工程师",
     "139 0013 9000", ""],
    ["招商银行股份有限公司", "银行", "深圳", "B级", "￥1,200", "60", date(2023, 1, 2), "王芳",
     "行长助理",
     "", "wangfang@cmbchina.com"],
    ["美的集团", "制造业", "佛山", "C", "", "", "", "", "", "", ""],
]


def workbook(path: Path, rows: Sequence[Sequence[Any]] = ROWS,
             headers: Sequence[str] = HEADERS, *, title: str | None = None,
             sheet: str = "客户") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    if title:
        ws.append([title])
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def csv_file(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str],
             encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


VCARD_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:张;伟;;;\r\n"
    "FN:张伟\r\n"
    "ORG:华为技术有限公司;采购部\r\n"
    "TITLE:采购总监\r\n"
    "TEL;TYPE=CELL:+86 138 0013 8000\r\n"
    "TEL;TYPE=WORK,VOICE:0755-28780808\r\n"
    "TEL;TYPE=CELL:139 0000 0001\r\n"
    "EMAIL;TYPE=INTERNET:zhangwei@huawei.com\r\n"
    "EMAIL;TYPE=INTERNET:zw@example.com\r\n"
    "NOTE:喜欢打羽毛球\\, 周末常去深圳湾。这是一段很长的备注\r\n"
    " ，被折成了两行。\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:李;娜;;;\r\n"
    "FN:李娜\r\n"
    "ORG:华为技术有限公司\r\n"
    "TEL;TYPE=CELL:13900139000\r\n"
    "END:VCARD\r\n"
)

VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:陳美玲\n"
    "N:陳;美玲;;;\n"
    "ORG:招商銀行股份有限公司\n"
    "TITLE:客戶經理\n"
    "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+86-139-1234-5678\n"
    "EMAIL:chen@cmb\n"
    " china.com\n"
    "BDAY:19850412\n"
    "END:VCARD\n"
)

# What a Chinese Android phone exports: vCard 2.1, quoted-printable UTF-8, soft breaks.
VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E8=8A=B3;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E8=8A=B3\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=8B=9B=E5=95=86=E9=93=B6=E8=A1=8C=\r\n"
    "=E8=82=A1=E4=BB=BD=E6=9C=89=E9=99=90=E5=85=AC=E5=8F=B8\r\n"
    "TEL;CELL:13700137000\r\n"
    "END:VCARD\r\n"
)
