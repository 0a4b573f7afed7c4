import threading


class OwnedLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._owner = None  # the Thread object holding the lock, or None

    def acquire(self) -> None:
        me = threading.current_thread()
        with self._cond:
            if self._owner is me:
                raise RuntimeError(f"{me.name} already holds this lock")
            while self._owner is not None:
                self._cond.wait()
            self._owner = me

    def release(self) -> None:
        me = threading.current_thread()
        with self._cond:
            if self._owner is not me:
                raise RuntimeError(f"{me.name} does not hold this lock")
            self._owner = None
            self._cond.notify()
