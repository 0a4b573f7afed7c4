# The Timer's callback reads self._args, which a trigger at the moment the countdown ends rewrites: a data race.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._timer = None
        self._args = ()

    def trigger(self, *args):
        with self._lock:
            self._args = args
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.start()

    def _fire(self):
        self.fn(*self._args)

    def cancel(self):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
