# acquire and release without try/finally: when fn raises, its slot is never given back.
import threading


class ActivePool:
    def __init__(self, limit):
        self.slots = threading.Semaphore(limit)

    def run(self, fn, *args):
        self.slots.acquire()
        result = fn(*args)
        self.slots.release()
        return result
