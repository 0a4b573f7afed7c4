import threading


class Future:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def set_result(self, value) -> None:
        self._value = value
        self._done.set()

    def set_exception(self, exc: BaseException) -> None:
        self._error = exc
        self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError(f"no result within {timeout} s")
        if self._error is not None:
            raise self._error
        return self._value


def run_in_thread(fn, *args) -> Future:
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
