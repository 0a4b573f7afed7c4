# Take src's lock, then only try dst's (acquire(blocking=False)); if it is busy, give src's
# back and wait a little before trying again, so two opposite transfers cannot deadlock.
import random
import threading
import time


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    while True:
        with src.lock:
            if dst.lock.acquire(blocking=False):
                try:
                    if src.balance < amount:
                        return False
                    src.balance -= amount
                    dst.balance += amount
                    return True
                finally:
                    dst.lock.release()
        time.sleep(random.uniform(0.001, 0.01))
