# The flag is checked under the lock but fn runs outside it, and stop() does not wait for a running call.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._lock = threading.Lock()
        self._stopped = False
        self._timer = None
        self._next = None

    def start(self):
        with self._lock:
            self._next = time.monotonic() + self.interval
            self._arm()

    def _arm(self):
        self._timer = threading.Timer(self._next - time.monotonic(), self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self):
        with self._lock:
            if self._stopped:
                return
            self._next += self.interval
            self._arm()
        self.fn()

    def stop(self):
        with self._lock:
            self._stopped = True
            self._timer.cancel()
