# A chain of Timers with fixed due times; an RLock held (acquire/release in try/finally) while fn runs.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._lock = threading.RLock()
        self._stopped = False
        self._timer = None
        self._due = 0.0

    def start(self):
        self._lock.acquire()
        try:
            self._due = time.monotonic()
            self._schedule_next()
        finally:
            self._lock.release()

    def _schedule_next(self):
        self._due += self.interval
        self._timer = threading.Timer(self._due - time.monotonic(), self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self):
        self._lock.acquire()
        try:
            if not self._stopped:
                self._schedule_next()
                self.fn()
        finally:
            self._lock.release()

    def stop(self):
        self._lock.acquire()
        try:
            self._stopped = True
            if self._timer is not None:
                self._timer.cancel()
        finally:
            self._lock.release()
