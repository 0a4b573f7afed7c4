# Writer-preferring: once a writer waits, new readers wait too, so a stream of readers
# cannot starve it. Two conditions over one lock, with wait_for.
import threading


class ReadWriteLock:
    def __init__(self):
        self._lock = threading.Lock()
        self._can_read = threading.Condition(self._lock)
        self._can_write = threading.Condition(self._lock)
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    def acquire_read(self) -> None:
        with self._lock:
            self._can_read.wait_for(lambda: not self._writer and self._writers_waiting == 0)
            self._readers += 1

    def release_read(self) -> None:
        with self._lock:
            self._readers -= 1
            if self._readers == 0:
                self._can_write.notify()

    def acquire_write(self) -> None:
        with self._lock:
            self._writers_waiting += 1
            self._can_write.wait_for(lambda: not self._writer and self._readers == 0)
            self._writers_waiting -= 1
            self._writer = True

    def release_write(self) -> None:
        with self._lock:
            self._writer = False
            if self._writers_waiting:
                self._can_write.notify()
            else:
                self._can_read.notify_all()
