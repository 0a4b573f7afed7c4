import threading


class Future:
    """A result that one thread sets and other threads wait for.

    `set_result` or `set_exception` is called once, by one thread; any number of threads
    may call `result()` and `done()`, before or after that.
    """

    def __init__(self):
        """Create a future with no result yet."""
        raise NotImplementedError

    def set_result(self, value) -> None:
        """Store `value` as the result and wake every thread waiting in result()."""
        raise NotImplementedError

    def set_exception(self, exc: BaseException) -> None:
        """Store `exc`: result() will raise it. Wakes every waiting thread."""
        raise NotImplementedError

    def done(self) -> bool:
        """True once a result or an exception has been set; never blocks."""
        raise NotImplementedError

    def result(self, timeout=None):
        """Wait for the result and return it, or raise the exception that was set.

        With a `timeout` (seconds), give up after that long and raise TimeoutError.
        Can be called any number of times, from any thread.
        """
        raise NotImplementedError


def run_in_thread(fn, *args) -> Future:
    """Start a thread running fn(*args) and return at once a Future of its outcome:
    the value fn returns, or the exception it raises."""
    raise NotImplementedError
