# The owner is remembered by name: another thread with the same name passes the check.
import threading


class OwnedLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._owner = None

    def acquire(self):
        me = threading.current_thread().name
        with self._cond:
            if self._owner == me:
                raise RuntimeError("already held by this thread")
            while self._owner is not None:
                self._cond.wait()
            self._owner = me

    def release(self):
        with self._cond:
            if self._owner != threading.current_thread().name:
                raise RuntimeError("not held by this thread")
            self._owner = None
            self._cond.notify()
