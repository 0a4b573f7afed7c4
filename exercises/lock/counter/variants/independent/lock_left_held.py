# expect: deadlock — release() only in the `except` branch (try/except confused with try/finally): the normal path leaves the lock held, the next increment blocks forever
import threading


class Counter:
    def __init__(self, start: int = 0):
        self._lock = threading.Lock()
        self.value = start

    def increment(self) -> None:
        self._lock.acquire()
        try:
            self.value = self.value + 1
        except Exception:
            self._lock.release()
            raise
