# acquire() does not check whether the caller already holds the lock: it waits for itself.
import threading


class OwnedLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._owner = None

    def acquire(self):
        me = threading.current_thread()
        with self._cond:
            while self._owner is not None:
                self._cond.wait()
            self._owner = me

    def release(self):
        with self._cond:
            if self._owner is not threading.current_thread():
                raise RuntimeError("not held by this thread")
            self._owner = None
            self._cond.notify()
