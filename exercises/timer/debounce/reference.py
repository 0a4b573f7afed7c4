import threading


class Debouncer:
    def __init__(self, delay: float, fn):
        self.delay = delay
        self.fn = fn
        self._lock = threading.Lock()
        self._timer = None

    def trigger(self, *args) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self.fn, args)
            self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
