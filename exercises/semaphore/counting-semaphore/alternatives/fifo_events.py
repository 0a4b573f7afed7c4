# First come, first served: every waiter waits on its own Event, and release() hands its
# permit straight to the oldest waiter instead of putting it back into the count.
import threading
from collections import deque


class CountingSemaphore:
    def __init__(self, value: int = 1):
        self._free = value          # permits nobody waits for (0 whenever someone waits)
        self._waiters = deque()     # one Event per waiting thread, oldest first
        self._lock = threading.Lock()

    def acquire(self, blocking: bool = True) -> bool:
        with self._lock:
            if self._free > 0:
                self._free -= 1
                return True
            if not blocking:
                return False
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # set by release(), which gave this thread its permit
        return True

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._free += 1
