# Frees the slot on an exception, but swallows the exception instead of re-raising it.
import threading


class ActivePool:
    def __init__(self, limit):
        self.slots = threading.Semaphore(limit)

    def run(self, fn, *args):
        with self.slots:
            try:
                return fn(*args)
            except Exception as exc:
                print("task failed:", exc)
