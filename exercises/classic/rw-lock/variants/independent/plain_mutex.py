# expect: assertion — a plain mutex for readers and writers alike: safe, but two readers are never inside at once
import threading


class ReadWriteLock:
    def __init__(self):
        self._lock = threading.Lock()

    def acquire_read(self):
        self._lock.acquire()

    def release_read(self):
        self._lock.release()

    def acquire_write(self):
        self._lock.acquire()

    def release_write(self):
        self._lock.release()
