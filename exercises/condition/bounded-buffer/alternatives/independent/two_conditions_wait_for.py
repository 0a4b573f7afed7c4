# pass: two Conditions (not_full / not_empty) over one shared Lock, Condition.wait_for with predicates, a targeted notify() to the other side
import collections
import threading


class BoundedBuffer:
    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._items = collections.deque()
        lock = threading.Lock()
        self._not_full = threading.Condition(lock)
        self._not_empty = threading.Condition(lock)

    def _has_room(self):
        return len(self._items) < self._capacity

    def _has_items(self):
        return len(self._items) > 0

    def put(self, item) -> None:
        with self._not_full:
            self._not_full.wait_for(self._has_room)
            self._items.append(item)
            self._not_empty.notify()

    def get(self):
        with self._not_empty:
            self._not_empty.wait_for(self._has_items)
            item = self._items.popleft()
            self._not_full.notify()
            return item
