# result() polls a plain flag with short sleeps instead of waiting on an Event: nothing orders the flag's accesses.
import threading
import time


class Future:
    def __init__(self):
        self._ready = False
        self._value = None
        self._error = None

    def set_result(self, value):
        self._value = value
        self._ready = True

    def set_exception(self, exc):
        self._error = exc
        self._ready = True

    def done(self):
        return self._ready

    def result(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._ready:
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeoutError("no result in time")
            time.sleep(0.05)
        if self._error is not None:
            raise self._error
        return self._value


def run_in_thread(fn, *args):
    future = Future()

    def runner():
        try:
            value = fn(*args)
        except Exception as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)

    threading.Thread(target=runner, daemon=True).start()
    return future
