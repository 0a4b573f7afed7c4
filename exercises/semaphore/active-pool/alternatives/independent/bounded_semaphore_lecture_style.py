# pass: lecture style: BoundedSemaphore acquire()/release() in try/finally plus a Lock-protected list of active thread names logged with logging.debug
import logging
import threading


class ActivePool:
    def __init__(self, limit: int):
        self.semaphore = threading.BoundedSemaphore(limit)
        self.lock = threading.Lock()
        self.active = []

    def _make_active(self, name):
        with self.lock:
            self.active.append(name)
            logging.debug('Running: %s', self.active)

    def _make_inactive(self, name):
        with self.lock:
            self.active.remove(name)
            logging.debug('Running: %s', self.active)

    def run(self, fn, *args):
        name = threading.current_thread().name
        self.semaphore.acquire()
        try:
            self._make_active(name)
            try:
                return fn(*args)
            finally:
                self._make_inactive(name)
        finally:
            self.semaphore.release()
