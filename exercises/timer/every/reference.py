import threading
import time


class Every:
    def __init__(self, interval: float, fn):
        self.interval = interval
        self.fn = fn
        self._lock = threading.Lock()
        self._stopped = False
        self._timer = None
        self._next = None

    def start(self) -> None:
        with self._lock:
            self._next = time.monotonic() + self.interval
            self._arm()

    def _arm(self):
        # Called with self._lock held. The next call is due at a fixed time, so the time
        # fn takes does not push the following calls later.
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

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._timer is not None:
                self._timer.cancel()
