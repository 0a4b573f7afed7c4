# Condition.wait_for with a property for the count.
import threading


class CountingSemaphore:
    def __init__(self, value: int = 1):
        self._permits = value
        self._changed = threading.Condition()

    @property
    def available(self) -> bool:
        return self._permits > 0

    def acquire(self, blocking: bool = True) -> bool:
        with self._changed:
            if not blocking and not self.available:
                return False
            self._changed.wait_for(lambda: self.available)
            self._permits -= 1
            return True

    def release(self) -> None:
        with self._changed:
            self._permits += 1
            self._changed.notify()
