# Try-lock without backing off: on a busy dst it lets src go and grabs it again at once,
# so two opposite transfers can keep undoing each other forever (a livelock).
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    while True:
        src.lock.acquire()
        if dst.lock.acquire(timeout=0.01):
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
