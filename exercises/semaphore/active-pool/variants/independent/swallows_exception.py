# expect: assertion — slot handling is right, but the exception from fn is logged and swallowed (run returns None) instead of re-raised
import logging
import threading


class ActivePool:
    def __init__(self, limit):
        self.sem = threading.Semaphore(limit)

    def run(self, fn, *args):
        with self.sem:
            try:
                return fn(*args)
            except Exception:
                logging.exception('task failed')
                return None
