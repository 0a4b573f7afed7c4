import threading


class Scanner:
    def __init__(self):
        self._lock = threading.Lock()          # held while a job runs
        self._count_lock = threading.Lock()    # protects busy
        self.busy = 0

    def try_scan(self, job) -> bool:
        if not self._lock.acquire(blocking=False):
            with self._count_lock:
                self.busy += 1
            return False
        try:
            job()
        finally:
            self._lock.release()
        return True
