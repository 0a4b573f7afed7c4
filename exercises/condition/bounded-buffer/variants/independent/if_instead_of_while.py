# expect: exception — `if` instead of `while` around wait(): a consumer woken by notify_all after another consumer took the item pops from an empty deque (IndexError); producers can likewise overfill
import collections
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            if len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            if len(self.items) == 0:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item
