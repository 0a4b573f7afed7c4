# acquire(timeout=0.1) still waits (up to 0.1 s) for a busy scanner instead of returning at once.
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        if not self._lock.acquire(timeout=0.1):
            with self._count_lock:
                self.busy += 1
            return False
        try:
            job()
        finally:
            self._lock.release()
        return True
