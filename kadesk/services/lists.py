"""The extensible lists: industries, the objection library, value-added services."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kadesk.domain.enums import ListKind
from kadesk.domain.errors import FieldError, KadeskError
from kadesk.domain.records import ListItem, ListItemFields
from kadesk.domain.validation import list_item_errors
from kadesk.services.base import EntityService, Saved, to_record
from kadesk.store import models as m
from kadesk.store import queries


class ListService(EntityService[ListItemFields, ListItem]):
    model = m.ListItem
    fields_cls = ListItemFields
    entity = "list entry"

    def _errors(self, session: Session, fields: ListItemFields, row_id: str | None
                ) -> list[FieldError]:
        errors = list_item_errors(fields)
        clash = session.scalar(select(m.ListItem.id).where(
            m.ListItem.kind == fields.kind.value, m.ListItem.code == fields.code,
            m.ListItem.deleted.is_(False), m.ListItem.id != (row_id or "")))
        if clash:
            errors.append(FieldError("code", "duplicate_code",
                                     {"kind": fields.kind.en.lower(), "value": fields.code}))
        return errors

    def _record(self, session: Session, obj: Any) -> ListItem:
        return to_record(ListItem, obj)

    def items(self, kind: ListKind, *, hidden: bool = False) -> list[ListItem]:
        with self.app.db.read() as session:
            rows = queries.list_items(session, kind, hidden=hidden)
            return [to_record(ListItem, i) for i in rows]

    def delete(self, row_id: str) -> Saved[ListItem]:
        if self.get(row_id).builtin:
            raise KadeskError("builtin_entry")
        return super().delete(row_id)
