# The check is under src's lock, but the lock is let go before the transfer takes both
# locks again: two transfers both pass the check and overdraw the account.
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        enough = src.balance >= amount
    if not enough:
        return False
    first, second = (src, dst) if src.id < dst.id else (dst, src)
    with first.lock:
        with second.lock:
            src.balance -= amount
            dst.balance += amount
    return True
