import threading


class ResultThread(threading.Thread):
    """A thread that runs fn(*args) and keeps what it returned or raised."""

    def __init__(self, fn, *args, name=None):
        """Remember fn and args; `name` is the thread's name (None: the default name).

        Call threading.Thread's own __init__ too.
        """
        raise NotImplementedError

    def run(self) -> None:
        """Called in the new thread by start(): run fn(*args), keep its result or exception."""
        raise NotImplementedError

    def result(self):
        """Wait for the thread to finish; return what fn returned, or raise what it raised."""
        raise NotImplementedError
