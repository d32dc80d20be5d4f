"""Long work off the GUI thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, which reports it
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


T = TypeVar("T")


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> QProgressDialog:
    """Run ``work`` on a worker thread; a busy dialog shows until it ends."""
    dialog = _busy_dialog(parent, label, cancel=None)  # work that cannot stop halfway
    _start(dialog, _Job(work), on_done, on_failed)
    return dialog


def _busy_dialog(parent: QWidget | None, label: str, cancel: str | None) -> QProgressDialog:
    dialog = QProgressDialog(label, cancel or "", 0, 0, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle("kadesk")
    return dialog


def _start(dialog: QProgressDialog, job: _Job, on_done: Callable[[Any], None],
           on_failed: Callable[[Exception], None]) -> None:
    """Start ``job``; when it ends the dialog goes and the outcome is handed on."""
    dialog.job = job  # type: ignore[attr-defined]  # keeps the signals alive until done

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(job)


def wait_for(label: str, work: Callable[[], T], parent: QWidget | None = None) -> T:
    """Run ``work`` off the GUI thread and wait for it with the event loop running, so
    windows keep painting and a busy dialog shows if it takes long. Its error is
    raised here."""
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []

    def finish(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    run_in_background(parent, label, work, lambda result: finish(True, result),
                      lambda error: finish(False, error))
    loop.exec()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


def run_with_progress(parent: QWidget | None, label: str,
                      work: Callable[[Progress, Cancel], Any],
                      on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                      *, stages: dict[str, str] | None = None) -> QProgressDialog:
    """Like run_in_background, for work that reports progress and can stop cleanly:
    ``work(progress, cancelled)`` calls ``progress(stage, done, total)`` and checks
    ``cancelled()``; Cancel in the dialog makes it return True. ``stages`` words the
    stage names for the dialog."""
    dialog = _busy_dialog(parent, label, QCoreApplication.translate("Worker", "Cancel"))
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    job = _Job(lambda: work(job.signals.progress.emit, stop.is_set))

    def show(stage: str, done: int, total: int) -> None:
        if stop.is_set():
            return  # the dialog says "cancelling" until the work returns
        dialog.setLabelText((stages or {}).get(stage, label))
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    job.signals.progress.connect(show)
    _start(dialog, job, on_done, on_failed)
    return dialog
