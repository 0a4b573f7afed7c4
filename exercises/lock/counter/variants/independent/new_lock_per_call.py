# expect: race — a fresh Lock is created on every call, so no two threads ever contend on the same lock
import threading


class Counter:
    def __init__(self, start: int = 0):
        self.value = start

    def increment(self) -> None:
        lock = threading.Lock()
        with lock:
            self.value = self.value + 1
