# The two locks are taken in the order of id() of the lock objects: any fixed total order
# works; explicit acquire/release in try/finally.
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    a, b = sorted((src.lock, dst.lock), key=id)
    a.acquire()
    try:
        b.acquire()
        try:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False
        finally:
            b.release()
    finally:
        a.release()
