# pass: no Timer: trigger() only moves a deadline (time.monotonic) under a Condition and notifies; one on-demand worker Thread waits with Condition.wait(timeout) until the current deadline passes, then calls fn and exits
import threading
import time


class Debouncer:
    def __init__(self, delay: float, fn):
        self._delay = delay
        self._fn = fn
        self._cond = threading.Condition()
        self._deadline = None      # when fn is due; None = nothing pending
        self._args = ()
        self._version = 0          # bumped by every trigger() and cancel()
        self._worker = None

    def trigger(self, *args) -> None:
        with self._cond:
            self._deadline = time.monotonic() + self._delay
            self._args = args
            self._version += 1
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="debouncer")
                self._worker.start()
            else:
                self._cond.notify()

    def cancel(self) -> None:
        with self._cond:
            self._deadline = None
            self._version += 1
            self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while True:
                if self._deadline is None:          # cancelled: nothing to do
                    self._worker = None
                    return
                version = self._version
                remaining = self._deadline - time.monotonic()
                if remaining <= 0:
                    break
                timed_out = not self._cond.wait(remaining)
                if timed_out and version == self._version:
                    break                           # slept through the current deadline
            args = self._args
            self._deadline = None
            self._worker = None
        self._fn(*args)
