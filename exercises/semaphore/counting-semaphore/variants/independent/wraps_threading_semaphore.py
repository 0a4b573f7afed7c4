# expect: forbidden — subclasses threading.Semaphore, which the exercise bans
import threading


class CountingSemaphore(threading.Semaphore):
    def __init__(self, value=1):
        super().__init__(value)

    def acquire(self, blocking=True):
        return super().acquire(blocking)

    def release(self):
        super().release()
