# Readers count themselves under the lock and wait for a writer, but a writer only takes
# the lock: it does not wait for the readers already inside.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.lock = threading.Lock()

    def acquire_read(self):
        with self.lock:
            self.readers += 1

    def release_read(self):
        with self.lock:
            self.readers -= 1

    def acquire_write(self):
        self.lock.acquire()

    def release_write(self):
        self.lock.release()
