# Explicit acquire() with release() in finally: the long way of writing `with`.
import threading


class SafeStack:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = []

    def push(self, item):
        self.lock.acquire()
        try:
            self.items.append(item)
        finally:
            self.lock.release()

    def pop(self):
        self.lock.acquire()
        try:
            if not self.items:
                raise IndexError("pop from an empty stack")
            return self.items.pop()
        finally:
            self.lock.release()

    def try_pop(self, default=None):
        self.lock.acquire()
        try:
            if self.items:
                return self.items.pop()
            return default
        finally:
            self.lock.release()

    def __len__(self):
        self.lock.acquire()
        try:
            return len(self.items)
        finally:
            self.lock.release()
