import threading


class ReadWriteLock:
    def __init__(self):
        self._readers = 0        # readers inside now
        self._writing = False    # is a writer inside?
        self._cond = threading.Condition()

    def acquire_read(self) -> None:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()  # a writer may be waiting for the room to empty

    def acquire_write(self) -> None:
        with self._cond:
            while self._writing or self._readers > 0:
                self._cond.wait()
            self._writing = True

    def release_write(self) -> None:
        with self._cond:
            self._writing = False
            self._cond.notify_all()  # readers and writers may be waiting
