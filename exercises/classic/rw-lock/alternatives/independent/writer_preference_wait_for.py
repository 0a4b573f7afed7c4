# pass: writer preference with Condition.wait_for over an explicit Lock: new readers also wait while a writer is queued; a waiting-writers counter kept in try/finally
import threading


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._active_readers = 0
        self._writer_active = False
        self._writers_waiting = 0

    def _reader_may_enter(self):
        return not self._writer_active and self._writers_waiting == 0

    def _writer_may_enter(self):
        return not self._writer_active and self._active_readers == 0

    def acquire_read(self) -> None:
        with self._cond:
            self._cond.wait_for(self._reader_may_enter)
            self._active_readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._active_readers -= 1
            if self._active_readers == 0:
                self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            self._writers_waiting += 1
            try:
                self._cond.wait_for(self._writer_may_enter)
            finally:
                self._writers_waiting -= 1
            self._writer_active = True

    def release_write(self) -> None:
        with self._cond:
            self._writer_active = False
            self._cond.notify_all()
