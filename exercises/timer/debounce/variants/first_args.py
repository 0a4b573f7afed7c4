# The countdown restarts, but the arguments of the first trigger of a burst are kept.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._timer = None
        self._args = None

    def trigger(self, *args):
        with self._lock:
            if self._args is None:
                self._args = args
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.start()

    def _fire(self):
        with self._lock:
            args, self._args = self._args, None
            self._timer = None
        if args is not None:
            self.fn(*args)

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._args = None
