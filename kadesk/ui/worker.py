"""Long work off the GUI thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


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


def run_in_background(parent: QWidget, label: str, work: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> QProgressDialog:
    """Run ``work`` on a worker thread; a busy dialog shows until it ends."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # work that cannot stop halfway is not offered a cancel
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle("kadesk")
    job = _Job(work)
    dialog.job = job  # type: ignore[attr-defined]  # keeps the signals alive until done

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(job)
    return dialog
