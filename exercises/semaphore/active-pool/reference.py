import threading


class ActivePool:
    def __init__(self, limit: int):
        self._slots = threading.Semaphore(limit)

    def run(self, fn, *args):
        # `with` gives the slot back on every way out: a return or an exception of fn.
        with self._slots:
            return fn(*args)
