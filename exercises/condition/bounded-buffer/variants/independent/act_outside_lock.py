# expect: race — waits for room/items under the condition, then drops the lock and updates the ring buffer indices and count outside it (check-then-act without a lock)
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self._capacity = capacity
        self._slots = [None] * capacity
        self._head = 0
        self._tail = 0
        self._count = 0
        self._cond = threading.Condition()

    def put(self, item):
        with self._cond:
            while self._count == self._capacity:
                self._cond.wait()
        # we saw a free slot, no need to keep the lock while writing it
        self._slots[self._tail] = item
        self._tail = (self._tail + 1) % self._capacity
        self._count += 1
        with self._cond:
            self._cond.notify_all()

    def get(self):
        with self._cond:
            while self._count == 0:
                self._cond.wait()
        item = self._slots[self._head]
        self._head = (self._head + 1) % self._capacity
        self._count -= 1
        with self._cond:
            self._cond.notify_all()
        return item
