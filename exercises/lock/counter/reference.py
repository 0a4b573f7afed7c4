import threading


class Counter:
    def __init__(self, start: int = 0):
        self._lock = threading.Lock()
        self.value = start

    def increment(self) -> None:
        with self._lock:
            self.value = self.value + 1
