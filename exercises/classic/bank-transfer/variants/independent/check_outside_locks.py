# expect: race — the "quick" funds check reads src.balance before taking any lock (check-then-act; balances can also go negative)
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    if src.balance < amount:          # no need to lock just to read, right?
        return False
    first, second = sorted((src, dst), key=lambda a: a.id)
    with first.lock, second.lock:
        src.balance -= amount
        dst.balance += amount
    return True
