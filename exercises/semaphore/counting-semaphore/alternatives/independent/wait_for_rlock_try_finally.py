# pass: Condition over an explicit RLock driven by acquire()/release() in try/finally, Condition.wait_for(predicate), notify_all() on release
import threading


class CountingSemaphore:
    def __init__(self, value: int = 1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._permits = value
        self._cond = threading.Condition(threading.RLock())

    def _available(self):
        return self._permits > 0

    def acquire(self, blocking: bool = True) -> bool:
        self._cond.acquire()
        try:
            if blocking:
                self._cond.wait_for(self._available)
            elif not self._available():
                return False
            self._permits -= 1
            return True
        finally:
            self._cond.release()

    def release(self) -> None:
        self._cond.acquire()
        try:
            self._permits += 1
            self._cond.notify_all()
        finally:
            self._cond.release()
