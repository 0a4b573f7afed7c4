# acquire(timeout=0) does not wait either: it gives up at once when the lock is taken.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._busy_lock = threading.Lock()
        self.busy = 0

    def _count_busy(self):
        with self._busy_lock:
            self.busy += 1

    def try_scan(self, job):
        if not self._lock.acquire(timeout=0):
            self._count_busy()
            return False
        try:
            job()
            return True
        finally:
            self._lock.release()
