# pass: Condition + permit counter, `while` loop around wait(), release() does notify() (one permit, one waiter)
import threading


class CountingSemaphore:
    def __init__(self, value: int = 1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = threading.Condition(threading.Lock())

    def acquire(self, blocking: bool = True) -> bool:
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                self._cond.wait()
            self._value -= 1
            return True

    def release(self) -> None:
        with self._cond:
            self._value += 1
            self._cond.notify()
