"""Event: a flag with waiters; wait(timeout) times out in virtual time."""

from .base import Primitive, caller


class Event(Primitive):
    _tc_kind = "Event"

    def __init__(self):
        super().__init__()
        self._flag = False

    def is_set(self):
        lt, s = caller()
        s.point(lt, "is_set", self._tc_label)
        if self._flag:
            s.hb_acquire(lt, self)
        return self._flag

    def isSet(self):
        caller()[1].deprecated.add("isSet")
        return self.is_set()

    def set(self):
        lt, s = caller()
        s.point(lt, "set", self._tc_label)
        self._flag = True
        s.hb_release(lt, self)
        s.wake(self)

    def clear(self):
        lt, s = caller()
        s.point(lt, "clear", self._tc_label)
        self._flag = False

    def wait(self, timeout=None):
        lt, s = caller()
        s.point(lt, "wait", self._tc_label)
        signaled = self._flag
        if not signaled:
            deadline = self._tc_deadline(s, timeout)
            if deadline is None or deadline > s.clock:
                signaled = s.block(lt, self, deadline)
            if not signaled:
                s._record(lt, "timeout", self._tc_label, lt.line, "wait timed out")
        if signaled:
            s.hb_acquire(lt, self)
        return signaled

    def __repr__(self):
        return f"<Event {self._tc_label}: {'set' if self._flag else 'unset'}>"
