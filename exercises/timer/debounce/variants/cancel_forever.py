# cancel() sets an Event that is never cleared: every trigger after a cancel() is silently dropped.
import threading


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._timer = None
        self._cancelled = threading.Event()

    def trigger(self, *args):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire, args)
            self._timer.start()

    def _fire(self, *args):
        if not self._cancelled.is_set():
            self.fn(*args)

    def cancel(self):
        self._cancelled.set()
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
