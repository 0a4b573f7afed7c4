# pass: threading.Lock in a `with` block around the read-modify-write; `value` is a plain attribute
import threading


class Counter:
    def __init__(self, start: int = 0):
        self._lock = threading.Lock()
        self.value = start

    def increment(self) -> None:
        with self._lock:
            self.value += 1
