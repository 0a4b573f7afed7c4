# release() never looks at the owner: any thread frees the lock.
import threading


class OwnedLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._owner = None

    def acquire(self):
        me = threading.current_thread()
        with self._cond:
            if self._owner is me:
                raise RuntimeError("already held by this thread")
            while self._owner is not None:
                self._cond.wait()
            self._owner = me

    def release(self):
        with self._cond:
            self._owner = None
            self._cond.notify()
