# pass: one module-level BoundedSemaphore(1) used as a global mutex shared by every Counter; `value` is a property without locking (read after join)
import threading

_MUTEX = threading.BoundedSemaphore(1)


class Counter:
    def __init__(self, start: int = 0):
        self._count = start

    def increment(self) -> None:
        with _MUTEX:
            self._count = self._count + 1

    @property
    def value(self) -> int:
        return self._count
