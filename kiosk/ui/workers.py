"""Slow work off the UI thread: ``run_in_background(owner, work, done, failed)``.

``work`` runs on a pool thread and must not touch widgets; ``done(result)`` or ``failed(exc)``
run afterwards on the UI thread, and only while ``owner`` still exists (a screen closed at the
idle reset gets no late callback). Anki's QueryOp, in small.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_running: set["_Job"] = set()  # the jobs in flight keep their signal carrier alive


class _Carrier(QObject):
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.carrier = _Carrier()

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as exc:  # handed to the UI thread's failed()
            result, error = None, exc
        self.carrier.finished.emit(result, error)


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run_in_background(owner: QObject, work: Callable[[], object], done: Callable[[object], None],
                      failed: Callable[[BaseException], None] | None = None) -> None:
    job = _Job(work)
    # the carrier lives on the UI thread: its signal reaches the slot there, queued
    job.carrier.moveToThread(owner.thread())

    def finish(result, error) -> None:
        _running.discard(job)
        import shiboken6

        if not shiboken6.isValid(owner):
            return
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            log.error("background work failed", exc_info=(type(error), error, error.__traceback__))

    job.carrier.finished.connect(finish)
    _running.add(job)
    pool().start(job)


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait for the work in flight (at exit, and between tests)."""
    return pool().waitForDone(msecs)
