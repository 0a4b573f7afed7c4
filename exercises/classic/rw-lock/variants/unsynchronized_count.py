# The "lightswitch" without its mutex: the reader count is read and written by several
# readers with nothing ordering them.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.room_empty = threading.Lock()

    def acquire_read(self):
        self.readers += 1
        if self.readers == 1:
            self.room_empty.acquire()

    def release_read(self):
        self.readers -= 1
        if self.readers == 0:
            self.room_empty.release()

    def acquire_write(self):
        self.room_empty.acquire()

    def release_write(self):
        self.room_empty.release()
