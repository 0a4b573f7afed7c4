# A Lock with a Condition over it, notify_all() on release, explicit acquire/release in
# try/finally instead of `with`.
import threading


class CountingSemaphore:
    def __init__(self, value: int = 1):
        self.value = value
        self.lock = threading.Lock()
        self.permit_free = threading.Condition(self.lock)

    def acquire(self, blocking: bool = True) -> bool:
        self.lock.acquire()
        try:
            if not blocking:
                if self.value > 0:
                    self.value -= 1
                    return True
                return False
            while self.value <= 0:
                self.permit_free.wait()
            self.value -= 1
            return True
        finally:
            self.lock.release()

    def release(self) -> None:
        self.lock.acquire()
        try:
            self.value += 1
            self.permit_free.notify_all()
        finally:
            self.lock.release()
