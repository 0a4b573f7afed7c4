# Wait for the second lock at most a short time (acquire(timeout=...)); on a timeout give
# both back, back off and retry.
import threading
import time


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    pause = 0.001
    while True:
        src.lock.acquire()
        got = dst.lock.acquire(timeout=0.01)
        if got:
            try:
                if src.balance < amount:
                    return False
                src.balance -= amount
                dst.balance += amount
                return True
            finally:
                dst.lock.release()
                src.lock.release()
        src.lock.release()
        time.sleep(pause)
        pause *= 2
