# expect: livelock — non-blocking mode calls wait(0) but stays in the `while` loop: with no permit it spins on wait(0) forever instead of returning False
import threading


class CountingSemaphore:
    def __init__(self, value=1):
        self._value = value
        self._cond = threading.Condition()

    def acquire(self, blocking=True):
        with self._cond:
            while self._value == 0:
                # non-blocking: don't really sleep, just look again
                self._cond.wait(None if blocking else 0)
            self._value -= 1
            return True

    def release(self):
        with self._cond:
            self._value += 1
            self._cond.notify()
