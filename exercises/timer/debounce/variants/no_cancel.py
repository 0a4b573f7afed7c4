# Every trigger starts a new Timer but the earlier ones are never cancelled: fn runs once per trigger.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._timer = None

    def trigger(self, *args):
        with self._lock:
            self._timer = threading.Timer(self.delay, self.fn, args)
            self._timer.start()

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
