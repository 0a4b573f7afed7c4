# Reader-preferring over an RLock, with read-only properties for the state the loops test.
import threading


class ReadWriteLock:
    def __init__(self):
        self._active_readers = 0
        self._active_writer = None
        self._changed = threading.Condition(threading.RLock())

    @property
    def _room_empty(self):
        return self._active_readers == 0 and self._active_writer is None

    @property
    def _writer_inside(self):
        return self._active_writer is not None

    def acquire_read(self):
        with self._changed:
            while self._writer_inside:
                self._changed.wait()
            self._active_readers += 1

    def release_read(self):
        with self._changed:
            self._active_readers -= 1
            self._changed.notify_all()

    def acquire_write(self):
        with self._changed:
            while not self._room_empty:
                self._changed.wait()
            self._active_writer = threading.current_thread()

    def release_write(self):
        with self._changed:
            self._active_writer = None
            self._changed.notify_all()
