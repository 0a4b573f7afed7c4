import threading


class OwnedLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._owner = None  # threading.get_ident() of the holder

    def acquire(self):
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                raise RuntimeError("the calling thread already holds this lock")
            self._cond.wait_for(lambda: self._owner is None)
            self._owner = me

    def release(self):
        with self._cond:
            if self._owner != threading.get_ident():
                raise RuntimeError("the calling thread does not hold this lock")
            self._owner = None
            self._cond.notify_all()
