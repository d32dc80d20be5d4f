"""Undoable edits: each runs a service call now and knows the call that reverses it.

A command is pushed only after its first run succeeded, so a refused edit
never lands on the stack. Undoing a create moves the record to the trash,
redoing restores it; nothing is ever hard-deleted. Several edits make one step
when each is added to a ``Group`` instead of the stack, and the group is pushed
once they have run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from kadesk.domain.errors import KadeskError
from kadesk.domain.records import Stamps
from kadesk.services.base import EntityService, Saved

T = TypeVar("T")
R = TypeVar("R", bound=Stamps)


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object],
                 report: Callable[[str], None]) -> None:
        super().__init__(text)
        self._redo, self._undo, self._report = redo, undo, report
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by run(); Qt calls redo() on push
            self._first = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, action: Callable[[], object]) -> None:
        try:
            action()
        except KadeskError as error:  # e.g. the record changed in between
            self._report(error.message())


class Group(QUndoCommand):
    """Edits already done, undone and redone as one step (children are held here, in
    Python: a C++ parent would not keep their Python halves alive)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.commands: list[ServiceCommand] = []
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


Target = QUndoStack | Group  # the stack, or a group pushed later as one step


def run(stack: Target, text: str, do: Callable[[], T], undo: Callable[[T], object], *,
        redo: Callable[[T], object] | None = None,
        report: Callable[[str], None] = lambda _m: None) -> T:
    """Do ``do`` now (errors propagate, nothing is pushed); push its reversal (or add it
    to a group)."""
    result = do()
    command = ServiceCommand(text, lambda: (redo or (lambda _r: do()))(result),
                             lambda: undo(result), report)
    if isinstance(stack, Group):
        command.redo()  # marks it done: the group's redo runs it again, not this push
        stack.commands.append(command)
    else:
        stack.push(command)
    return result


def create(stack: Target, text: str, service: EntityService[Any, R],
           make: Callable[[], Saved[R]]) -> Saved[R]:
    """Create through ``make``; undo moves the new record to the trash and redo
    restores it, keeping its id so later entries on the stack still find it."""
    return run(stack, text, make, lambda s: service.delete(s.record.id),
               redo=lambda s: service.restore(s.record.id))


def update(stack: Target, text: str, service: EntityService[Any, R], before: R,
           changes: dict[str, Any], *, report: Callable[[str], None] = lambda _m: None) -> None:
    """Write ``changes`` to ``before``'s record; undo writes the old values back.
    No changes, no command."""
    if not changes:
        return
    old = {name: getattr(before, name) for name in changes}
    run(stack, text, lambda: service.update(before.id, **changes),
        lambda _r: service.update(before.id, **old), report=report)


def trash(stack: Target, text: str, service: EntityService[Any, R], record_id: str, *,
          restore: bool = False) -> None:
    """Move a record to the trash (or, with ``restore``, back out); undo does the other."""
    there, back = ((service.restore, service.delete) if restore
                   else (service.delete, service.restore))
    run(stack, text, lambda: there(record_id), lambda _r: back(record_id))


def _comparable(value: Any) -> Any:
    """Children read back (e.g. VisitObjection) and the editor's (VisitObjectionFields)
    are different classes: compare their values."""
    if isinstance(value, tuple):
        return tuple(_comparable(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def changed_fields(before: Any, after: Any) -> dict[str, Any]:
    """The fields of ``after`` (an editor's *Fields) that differ from ``before`` (the
    record as read), as keyword arguments for the service's update()."""
    return {f.name: getattr(after, f.name) for f in dataclasses.fields(after)
            if _comparable(getattr(after, f.name)) != _comparable(getattr(before, f.name))}
