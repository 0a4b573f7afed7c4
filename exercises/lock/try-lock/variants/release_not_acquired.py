# `finally: release()` also runs when acquire(False) failed: the caller releases a lock it
# does not hold (RuntimeError).
import threading


class Scanner:
    def __init__(self):
        self._lock = threading.RLock()
        self._count_lock = threading.Lock()
        self.busy = 0

    def try_scan(self, job):
        have_it = self._lock.acquire(False)
        try:
            if not have_it:
                with self._count_lock:
                    self.busy += 1
                return False
            job()
            return True
        finally:
            self._lock.release()
