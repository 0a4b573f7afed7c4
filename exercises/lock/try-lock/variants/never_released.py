# The lock is released on no path after a successful scan: the scanner stays "busy" forever.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        if self._lock.acquire(blocking=False):
            job()
            return True
        with self._count_lock:
            self.busy += 1
        return False
