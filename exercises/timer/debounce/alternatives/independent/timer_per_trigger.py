# pass: one threading.Timer per trigger carrying that trigger's args; a Lock guards cancelling the previous Timer and starting the new one
import threading


class Debouncer:
    def __init__(self, delay: float, fn):
        self._delay = delay
        self._fn = fn
        self._lock = threading.Lock()
        self._timer = None

    def trigger(self, *args) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self._delay, self._fn, args)
            self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
