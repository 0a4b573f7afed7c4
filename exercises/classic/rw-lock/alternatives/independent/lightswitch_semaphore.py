# pass: "lightswitch" without any Condition: a Lock guards the reader count, the first reader in takes a room Semaphore(1) and the last reader out gives it back (a semaphore may be released by another thread); writers take the room semaphore
import threading


class ReadWriteLock:
    def __init__(self):
        self._readers = 0
        self._readers_mutex = threading.Lock()
        self._room_empty = threading.Semaphore(1)

    def acquire_read(self) -> None:
        self._readers_mutex.acquire()
        try:
            self._readers += 1
            if self._readers == 1:
                self._room_empty.acquire()      # first reader locks writers out
        finally:
            self._readers_mutex.release()

    def release_read(self) -> None:
        self._readers_mutex.acquire()
        try:
            self._readers -= 1
            if self._readers == 0:
                self._room_empty.release()      # last reader lets writers in
        finally:
            self._readers_mutex.release()

    def acquire_write(self) -> None:
        self._room_empty.acquire()

    def release_write(self) -> None:
        self._room_empty.release()
