"""Semaphore and BoundedSemaphore; a release wakes every waiter, who then compete."""

from .base import Primitive, caller


class Semaphore(Primitive):
    _tc_kind = "Semaphore"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        super().__init__()
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        lt, s = caller()
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        s.point(lt, "acquire", self._tc_label)
        deadline = self._tc_deadline(s, timeout)
        while self._value == 0:
            if not blocking or (deadline is not None and deadline <= s.clock):
                s._record(lt, "acquire-failed", self._tc_label, lt.line, "no permit left")
                return False
            s._record(lt, "blocked", self._tc_label, lt.line, "no permit left")
            if not s.block(lt, self, deadline) and self._value == 0:
                return False
        self._value -= 1
        s.hb_acquire(lt, self)
        return True

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def release(self, n=1):
        lt, s = caller()
        if n < 1:
            raise ValueError("n must be one or more")
        s.point(lt, "release", self._tc_label)
        self._tc_check_release(n)
        self._value += n
        s.hb_release(lt, self)
        s.wake(self)

    def _tc_check_release(self, n):
        pass

    def __repr__(self):
        return f"<Semaphore {self._tc_label} value={self._value}>"


class BoundedSemaphore(Semaphore):
    _tc_kind = "BoundedSemaphore"

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def _tc_check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
