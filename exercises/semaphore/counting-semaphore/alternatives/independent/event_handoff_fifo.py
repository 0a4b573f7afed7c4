# pass: no Condition: a Lock, a counter and a FIFO deque of per-waiter threading.Event tickets; release() hands the permit directly to the oldest waiter (so a permit is never both counted and handed off)
import collections
import threading


class CountingSemaphore:
    def __init__(self, value: int = 1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._lock = threading.Lock()
        self._value = value                      # only > 0 while nobody waits
        self._waiters = collections.deque()

    def acquire(self, blocking: bool = True) -> bool:
        with self._lock:
            if self._value > 0:
                self._value -= 1
                return True
            if not blocking:
                return False
            ticket = threading.Event()
            self._waiters.append(ticket)
        ticket.wait()                            # set by release(): the permit is ours
        return True

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._value += 1
