# One worker thread waits on a Condition, but it is not a daemon: at exit it waits forever (deadlock).
import threading
import time


class Debouncer:
    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._cond = threading.Condition()
        self._deadline = None
        self._args = ()
        self._worker = threading.Thread(target=self._run, name="debouncer")
        self._worker.start()

    def trigger(self, *args):
        with self._cond:
            self._deadline = time.monotonic() + self.delay
            self._args = args
            self._cond.notify()

    def cancel(self):
        with self._cond:
            self._deadline = None
            self._cond.notify()

    def _run(self):
        while True:
            with self._cond:
                while self._deadline is None or time.monotonic() < self._deadline:
                    if self._deadline is None:
                        self._cond.wait()
                    else:
                        self._cond.wait(self._deadline - time.monotonic())
                args = self._args
                self._deadline = None
            self.fn(*args)
