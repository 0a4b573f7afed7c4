# The next Timer is started after fn returns, `interval` from then: the time fn takes adds up (drift).
import threading


class Every:
    def __init__(self, interval, fn):
        self.interval = interval
        self.fn = fn
        self._lock = threading.Lock()
        self._stopped = False
        self._timer = None

    def start(self):
        with self._lock:
            self._arm()

    def _arm(self):
        self._timer = threading.Timer(self.interval, self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self):
        with self._lock:
            if self._stopped:
                return
            self.fn()
            self._arm()

    def stop(self):
        with self._lock:
            self._stopped = True
            if self._timer is not None:
                self._timer.cancel()
