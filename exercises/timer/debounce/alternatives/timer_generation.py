# Timers are never cancelled; each callback checks under the lock that no newer trigger or cancel came.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._generation = 0

    def trigger(self, *args):
        self._lock.acquire()
        try:
            self._generation += 1
            timer = threading.Timer(self.delay, self._fire, (self._generation, args))
        finally:
            self._lock.release()
        timer.start()

    def _fire(self, generation, args):
        self._lock.acquire()
        try:
            current = generation == self._generation
        finally:
            self._lock.release()
        if current:
            self.fn(*args)

    def cancel(self):
        self._lock.acquire()
        try:
            self._generation += 1
        finally:
            self._lock.release()
