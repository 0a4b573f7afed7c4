# One plain Lock for readers and writers alike: safe, but readers never read together.
import threading


class ReadWriteLock:
    def __init__(self):
        self.lock = threading.Lock()

    def acquire_read(self):
        self.lock.acquire()

    def release_read(self):
        self.lock.release()

    def acquire_write(self):
        self.lock.acquire()

    def release_write(self):
        self.lock.release()
