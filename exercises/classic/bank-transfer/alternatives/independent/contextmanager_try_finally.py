# pass: a @contextmanager helper acquiring the two locks smaller-id-first with explicit acquire()/release() in try/finally, releasing in reverse order
import threading
from contextlib import contextmanager


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


@contextmanager
def _both_locked(a, b):
    if a is b:
        a.lock.acquire()
        try:
            yield
        finally:
            a.lock.release()
        return
    low, high = (a, b) if (a.id, id(a)) <= (b.id, id(b)) else (b, a)
    low.lock.acquire()
    try:
        high.lock.acquire()
        try:
            yield
        finally:
            high.lock.release()
    finally:
        low.lock.release()


def transfer(src, dst, amount):
    with _both_locked(src, dst):
        if amount > src.balance:
            ok = False
        else:
            src.balance -= amount
            dst.balance += amount
            ok = True
    return ok
