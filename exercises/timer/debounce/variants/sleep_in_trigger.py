# trigger() itself sleeps for the delay and then calls fn if no newer trigger came: it blocks the caller.
import threading
import time


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._generation = 0

    def trigger(self, *args):
        with self._lock:
            self._generation += 1
            mine = self._generation
        time.sleep(self.delay)
        with self._lock:
            latest = mine == self._generation
        if latest:
            self.fn(*args)

    def cancel(self):
        with self._lock:
            self._generation += 1
