# The lightswitch counts readers under the mutex but takes the "room empty" lock after
# leaving it: while the first reader waits for the writer to finish, a second reader sees
# the count already at 1 and walks in past the writer.
import threading


class ReadWriteLock:
    def __init__(self):
        self.readers = 0
        self.mutex = threading.Lock()
        self.room_empty = threading.Lock()

    def acquire_read(self):
        with self.mutex:
            self.readers += 1
            first = self.readers == 1
        if first:
            self.room_empty.acquire()

    def release_read(self):
        with self.mutex:
            self.readers -= 1
            last = self.readers == 0
        if last:
            self.room_empty.release()

    def acquire_write(self):
        self.room_empty.acquire()

    def release_write(self):
        self.room_empty.release()
