"""A past visit, read-only: what the Visits tab shows under its list, so reading a call
report never needs its editor."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kadesk.domain.records import ListItem, Visit
from kadesk.ui.labels import Formatter

translate = QCoreApplication.translate  # lupdate reads translate("VisitDetail", ...) calls


def _para(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def visit_html(v: Visit, fmt: Formatter, names: Mapping[str, str],
               library: Mapping[str, ListItem]) -> str:
    """The visit as rich text: when and how, whom, what was said, objections, next."""
    def row(label: str, value: str) -> str:
        return f"<p><b>{html.escape(label)}</b>: {value}</p>" if value else ""

    head = " · ".join(p for p in (fmt.datetime(v.occurred_at), fmt.enum(v.kind), v.owner) if p)
    met = translate("VisitDetail", ", ").join(names.get(c, "?") for c in v.contact_ids)
    follow = fmt.date(v.follow_up_date) + (" ✓" if v.follow_up_done else "") \
        if v.follow_up_date else ""
    objections = "".join(
        "<li><b>{label}</b>{resolved}<br>{words}{answer}</li>".format(
            label=html.escape(library[o.objection_id].label(fmt.language)
                              if o.objection_id in library else "?"),
            resolved=" ✓" if o.resolved else "",
            words=_para(o.details),
            answer=f"<br><i>{_para(o.response)}</i>" if o.response else "")
        for o in v.objections)
    return "".join((
        f"<h3>{html.escape(head)}</h3>",
        row(translate("VisitDetail", "Purpose"), _para(v.purpose)),
        row(translate("VisitDetail", "Contacts met"), html.escape(met)),
        row(translate("VisitDetail", "Summary"), _para(v.summary)),
        row(translate("VisitDetail", "Outcome"), _para(v.outcome)),
        row(translate("VisitDetail", "Objections"), f"<ul>{objections}</ul>" if objections
            else ""),
        row(translate("VisitDetail", "Next steps"), _para(v.next_steps)),
        row(translate("VisitDetail", "Follow-up"), html.escape(follow)),
    ))
