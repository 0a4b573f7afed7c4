# A plain blocking `with`: a caller waits for the current scan to end instead of giving up.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        with self._lock:
            job()
        return True
