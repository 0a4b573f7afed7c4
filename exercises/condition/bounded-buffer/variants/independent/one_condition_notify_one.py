# expect: deadlock — one Condition for both sides with notify(): a consumer's notify can wake another consumer instead of a producer (lost wakeup), until everybody waits
import threading


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) == self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify()

    def get(self):
        with self.cond:
            while len(self.items) == 0:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify()
            return item
