"""The real `logging` module under the scheduler.

Submissions get the real `logging` (through a read-only proxy, see instrument/imports.py).
Two things make it behave in a schedule as it does in a program:

- Every schedule starts from the same logging configuration. The solution is loaded afresh
  for each schedule, but `logging` is one module for the whole process: without a reset, a
  module-level `logger.addHandler(...)` or `basicConfig(...)` of one schedule would still be
  there in the next, and every record would be printed once more per schedule.
- A handler created inside a schedule serialises `emit` with the grader's RLock, not a real
  one. `emit` (or a formatter) may be the solution's own code, with scheduling points in it;
  a real lock held across a switch would block the next logging thread's carrier outside the
  scheduler's control (a hang, reported as a timeout after 10 s). The fake lock also keeps
  the ordering real logging gives: records emitted through one handler happen one after
  another, so a handler's own list needs no lock of its own.

Records name the logical thread (`%(threadName)s`): see the carrier's `name` in carriers.py.
"""

import logging

from . import context

_snapshot = None


def reset():
    """Called before every schedule, outside it: back to the configuration of the first."""
    global _snapshot
    if _snapshot is None:
        _install_handler_lock()
        _snapshot = _Snapshot()
    else:
        _snapshot.restore()


def _install_handler_lock():
    original = logging.Handler.createLock
    from ..primitives.locks import RLock

    class HandlerLock(RLock):
        """The grader's RLock, and a no-op where no schedule of its own runs: in
        logging.shutdown() at exit, or in a later schedule that still reaches the handler."""

        def _tc_mine(self):
            lt = context.current_lthread_or_none()
            return lt is not None and lt.sched is self._tc_sched

        def acquire(self, blocking=True, timeout=-1):
            return super().acquire(blocking, timeout) if self._tc_mine() else True

        __enter__ = acquire

        def release(self):
            if self._tc_mine():
                super().release()

    def createLock(self):
        if context.current_lthread_or_none() is None:
            original(self)
            return
        lock = HandlerLock()
        lock._tc_label = f"{type(self).__name__}.lock"
        lock._tc_named = True
        self.lock = lock

    logging.Handler.createLock = createLock


def _logger_state(logger):
    return (logger.level, list(logger.handlers), list(logger.filters), logger.propagate,
            logger.disabled, getattr(logger, "parent", None))


class _Snapshot:
    def __init__(self):
        manager = logging.Logger.manager
        self.logger_dict = dict(manager.loggerDict)
        self.loggers = {logging.root: _logger_state(logging.root)}
        self.placeholders = {}
        for node in self.logger_dict.values():
            if isinstance(node, logging.Logger):
                self.loggers[node] = _logger_state(node)
            elif isinstance(node, logging.PlaceHolder):
                self.placeholders[node] = dict(node.loggerMap)
        self.disable = manager.disable
        self.manager_logger_class = manager.loggerClass
        self.manager_record_factory = manager.logRecordFactory
        self.logger_class = logging.getLoggerClass()
        self.record_factory = logging.getLogRecordFactory()
        self.level_to_name = dict(logging._levelToName)
        self.name_to_level = dict(logging._nameToLevel)

    def restore(self):
        manager = logging.Logger.manager
        # Held by a carrier only inside logging's own code; one frozen there (hostile code in
        # a logger class) must not hang every later schedule.
        locked = logging._lock.acquire(timeout=1.0)
        try:
            self._restore(manager)
        finally:
            if locked:
                logging._lock.release()

    def _restore(self, manager):
        manager.loggerDict.clear()
        manager.loggerDict.update(self.logger_dict)
        for logger, (level, handlers, filters, propagate, disabled, parent) in self.loggers.items():
            logger.level = level
            logger.handlers = list(handlers)
            logger.filters = list(filters)
            logger.propagate = propagate
            logger.disabled = disabled
            if logger is not logging.root:
                logger.parent = parent
        for placeholder, loggers in self.placeholders.items():
            placeholder.loggerMap = dict(loggers)
        manager.disable = self.disable
        manager.loggerClass = self.manager_logger_class
        manager.logRecordFactory = self.manager_record_factory
        logging._loggerClass = self.logger_class
        logging._logRecordFactory = self.record_factory
        logging._levelToName.clear()
        logging._levelToName.update(self.level_to_name)
        logging._nameToLevel.clear()
        logging._nameToLevel.update(self.name_to_level)
        manager._clear_cache()
