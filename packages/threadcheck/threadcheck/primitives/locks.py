"""Lock and RLock under the scheduler, with CPython's errors for misuse."""

from .base import Primitive, caller


class Lock(Primitive):
    _tc_kind = "Lock"

    def __init__(self):
        super().__init__()
        self._tc_owner = None

    def acquire(self, blocking=True, timeout=-1):
        lt, s = caller()
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be positive")
        s.point(lt, "acquire", self._tc_label)
        deadline = None if timeout == -1 else s.clock + timeout
        if not self._tc_wait_free(lt, s, blocking, deadline):
            return False
        self._tc_take(lt, s)
        return True

    def _tc_wait_free(self, lt, s, blocking, deadline):
        while self._tc_owner is not None:
            if not blocking or (deadline is not None and deadline <= s.clock):
                s._record(lt, "acquire-failed", self._tc_label, lt.line, f"held by {self._tc_owner.name}")
                return False
            s._record(lt, "blocked", self._tc_label, lt.line, f"held by {self._tc_owner.name}")
            if not s.block(lt, self, deadline):
                if self._tc_owner is not None:
                    return False
        return True

    def _tc_take(self, lt, s):
        self._tc_owner = lt
        lt.held.append(self)
        s.hb_acquire(lt, self)

    def release(self):
        lt, s = caller()
        s.point(lt, "release", self._tc_label)
        if self._tc_owner is None:
            raise RuntimeError("release unlocked lock")
        self._tc_drop(lt, s)

    def _tc_drop(self, lt, s):
        owner = self._tc_owner
        if self in owner.held:
            owner.held.remove(self)
        self._tc_owner = None
        s.hb_release(lt, self)
        s.wake(self)

    def locked(self):
        lt, s = caller()
        s.point(lt, "locked", self._tc_label)
        return self._tc_owner is not None

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    # Condition support (CPython's protocol): a plain Lock counts as owned when anyone holds it.
    def _tc_is_owned(self, lt):
        return self._tc_owner is not None

    def _tc_release_save(self, lt, s):
        self._tc_drop(lt, s)
        return None

    def _tc_acquire_restore(self, lt, s, saved):
        self._tc_wait_free(lt, s, True, None)
        self._tc_take(lt, s)

    def __repr__(self):
        state = "locked" if self._tc_owner is not None else "unlocked"
        return f"<{state} Lock {self._tc_label}>"


class RLock(Lock):
    _tc_kind = "RLock"

    def __init__(self):
        super().__init__()
        self._tc_count = 0

    def acquire(self, blocking=True, timeout=-1):
        lt, s = caller()
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be positive")
        s.point(lt, "acquire", self._tc_label)
        if self._tc_owner is lt:
            self._tc_count += 1
            return True
        deadline = None if timeout == -1 else s.clock + timeout
        if not self._tc_wait_free(lt, s, blocking, deadline):
            return False
        self._tc_take(lt, s)
        self._tc_count = 1
        return True

    __enter__ = acquire

    def release(self):
        lt, s = caller()
        s.point(lt, "release", self._tc_label)
        if self._tc_owner is not lt:
            raise RuntimeError("cannot release un-acquired lock")
        self._tc_count -= 1
        if self._tc_count == 0:
            self._tc_drop(lt, s)

    def _tc_is_owned(self, lt):
        return self._tc_owner is lt

    def _tc_release_save(self, lt, s):
        count, self._tc_count = self._tc_count, 0
        self._tc_drop(lt, s)
        return count

    def _tc_acquire_restore(self, lt, s, saved):
        self._tc_wait_free(lt, s, True, None)
        self._tc_take(lt, s)
        self._tc_count = saved

    def __repr__(self):
        owner = self._tc_owner.name if self._tc_owner is not None else None
        state = "locked" if owner else "unlocked"
        return f"<{state} RLock {self._tc_label} owner={owner!r} count={self._tc_count}>"
