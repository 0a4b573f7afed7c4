# run_in_thread swallows fn's exception and never completes the future: result() waits forever.
import threading


class Future:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def set_result(self, value):
        self._value = value
        self._done.set()

    def set_exception(self, exc):
        self._error = exc
        self._done.set()

    def done(self):
        return self._done.is_set()

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError("no result in time")
        if self._error is not None:
            raise self._error
        return self._value


def run_in_thread(fn, *args):
    future = Future()

    def runner():
        try:
            future.set_result(fn(*args))
        except Exception:
            pass

    threading.Thread(target=runner, daemon=True).start()
    return future
