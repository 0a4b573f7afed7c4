# expect: forbidden — wraps queue.Queue(maxsize=capacity), which the exercise bans
import queue


class BoundedBuffer:
    def __init__(self, capacity):
        self._q = queue.Queue(maxsize=capacity)

    def put(self, item):
        self._q.put(item)

    def get(self):
        return self._q.get()
