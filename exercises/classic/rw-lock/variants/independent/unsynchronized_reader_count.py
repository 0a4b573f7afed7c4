# expect: race — the reader count is incremented/decremented with no lock (the writer lock is only "touched" by readers), and the writer polls it
import threading
import time


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.write_lock = threading.Lock()

    def acquire_read(self):
        with self.write_lock:     # just make sure no writer is inside right now
            pass
        self.readers += 1

    def release_read(self):
        self.readers -= 1

    def acquire_write(self):
        self.write_lock.acquire()
        while self.readers > 0:
            time.sleep(0.001)

    def release_write(self):
        self.write_lock.release()
