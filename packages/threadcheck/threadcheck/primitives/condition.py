"""Condition variables: FIFO notify as in CPython, re-acquisition contended like any acquire."""

from collections import deque

from .base import Primitive, caller
from .locks import Lock, RLock


class _Waiter:
    """What a thread in Condition.wait blocks on; deadlock reports read the labels."""

    __slots__ = ("notified", "_tc_label", "_tc_kind")

    def __init__(self, label):
        self.notified = False
        self._tc_label = label
        self._tc_kind = "Condition"


class Condition(Primitive):
    _tc_kind = "Condition"

    def __init__(self, lock=None):
        super().__init__()
        if lock is None:
            lock = RLock()
        if not isinstance(lock, Lock):
            raise TypeError("threadcheck: Condition needs a threading.Lock or threading.RLock")
        self._lock = lock
        self._waiters = deque()
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        lt, s = caller()
        if not self._lock._tc_is_owned(lt):
            raise RuntimeError("cannot wait on un-acquired lock")
        s.point(lt, "wait", self._tc_label)
        waiter = _Waiter(self._tc_label)
        self._waiters.append(waiter)
        saved = self._lock._tc_release_save(lt, s)
        deadline = self._tc_deadline(s, timeout)
        if deadline is None or deadline > s.clock:
            s.block(lt, waiter, deadline)
        if waiter.notified:
            s._record(lt, "wake", self._tc_label, lt.line, "notified; re-acquiring the lock")
        else:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            s._record(lt, "timeout", self._tc_label, lt.line, "wait timed out")
        self._lock._tc_acquire_restore(lt, s, saved)
        return waiter.notified

    def wait_for(self, predicate, timeout=None):
        lt, s = caller()
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = s.clock + waittime
                else:
                    waittime = endtime - s.clock
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        self._tc_notify(n, "notify")

    def notify_all(self):
        self._tc_notify(None, "notify_all")

    def notifyAll(self):
        caller()[1].deprecated.add("notifyAll")
        self._tc_notify(None, "notify_all")

    def _tc_notify(self, n, op):
        lt, s = caller()
        if not self._lock._tc_is_owned(lt):
            raise RuntimeError("cannot notify on un-acquired lock")
        s.point(lt, op, self._tc_label)
        count = len(self._waiters) if n is None else n
        woken = 0
        while self._waiters and woken < count:
            waiter = self._waiters.popleft()
            waiter.notified = True
            s.wake(waiter)
            woken += 1
        if woken == 0:
            s._record(lt, "notify-lost", self._tc_label, lt.line, "nobody was waiting")

    def _is_owned(self):
        lt, _ = caller()
        return self._lock._tc_is_owned(lt)

    def __repr__(self):
        return f"<Condition {self._tc_label} ({len(self._waiters)} waiting)>"
