# A plain stopped flag and timer attribute shared with the Timer threads without any lock: data races.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._stopped = False
        self._timer = None
        self._next = None

    def start(self):
        self._next = time.monotonic() + self.interval
        self._arm()

    def _arm(self):
        self._timer = threading.Timer(self._next - time.monotonic(), self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self):
        if self._stopped:
            return
        self._next += self.interval
        self._arm()
        self.fn()

    def stop(self):
        self._stopped = True
        self._timer.cancel()
