# expect: assertion — read and write are each locked but in two separate critical sections: lost updates, wrong final value (no race)
import threading


class Counter:
    def __init__(self, start: int = 0):
        self._lock = threading.Lock()
        self.value = start

    def _read(self) -> int:
        with self._lock:
            return self.value

    def _write(self, new_value: int) -> None:
        with self._lock:
            self.value = new_value

    def increment(self) -> None:
        current = self._read()
        self._write(current + 1)
