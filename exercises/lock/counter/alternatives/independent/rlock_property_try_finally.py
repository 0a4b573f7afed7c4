# pass: RLock taken with explicit acquire()/release() in try/finally (lecture style); `value` is a read-only property read under the lock
import threading


class Counter:
    def __init__(self, start: int = 0):
        self._lock = threading.RLock()
        self._value = start

    def increment(self) -> None:
        self._lock.acquire()
        try:
            current = self._value
            self._value = current + 1
        finally:
            self._lock.release()

    @property
    def value(self) -> int:
        self._lock.acquire()
        try:
            return self._value
        finally:
            self._lock.release()
