# pass: no Condition at all: two counting Semaphores (free slots / filled slots) plus a Lock guarding a fixed-size ring buffer (list + head/tail indices), acquire/release in try/finally
import threading


class BoundedBuffer:
    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._slots = [None] * capacity
        self._head = 0          # next slot to read
        self._tail = 0          # next slot to write
        self._mutex = threading.Lock()
        self._free = threading.Semaphore(capacity)
        self._filled = threading.Semaphore(0)

    def put(self, item) -> None:
        self._free.acquire()
        self._mutex.acquire()
        try:
            self._slots[self._tail] = item
            self._tail = (self._tail + 1) % len(self._slots)
        finally:
            self._mutex.release()
        self._filled.release()

    def get(self):
        self._filled.acquire()
        self._mutex.acquire()
        try:
            item = self._slots[self._head]
            self._slots[self._head] = None
            self._head = (self._head + 1) % len(self._slots)
        finally:
            self._mutex.release()
        self._free.release()
        return item
