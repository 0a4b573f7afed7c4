# stop() only sets an Event, checked before re-arming but not before calling: the pending Timer still fires once.
import threading
import time


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._stopped = threading.Event()
        self._next = None

    def start(self):
        self._next = time.monotonic() + self.interval
        self._arm()

    def _arm(self):
        timer = threading.Timer(self._next - time.monotonic(), self._tick)
        timer.daemon = True
        timer.start()

    def _tick(self):
        self._next += self.interval
        if not self._stopped.is_set():
            self._arm()
        self.fn()

    def stop(self):
        self._stopped.set()
