# expect: deadlock — release() is skipped when fn raises (no try/finally): every exception leaks a slot, and once all slots leaked the next run() blocks forever
import threading


class ActivePool:
    def __init__(self, limit):
        self.sem = threading.Semaphore(limit)

    def run(self, fn, *args):
        self.sem.acquire()
        result = fn(*args)
        self.sem.release()
        return result
