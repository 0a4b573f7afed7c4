# pass: no semaphore: a Condition-protected counter of running calls, Condition.wait_for(active < limit), decrement + notify() in finally
import threading


class ActivePool:
    def __init__(self, limit: int):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._running = 0
        self._cond = threading.Condition()

    def _has_free_slot(self):
        return self._running < self._limit

    def run(self, fn, *args):
        with self._cond:
            self._cond.wait_for(self._has_free_slot)
            self._running += 1
        try:
            return fn(*args)
        finally:
            with self._cond:
                self._running -= 1
                self._cond.notify()
