# expect: assertion — correctly ordered locks, but debits first and returns False on overdraft without putting the money back: money disappears and the balance stays negative
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = (src, dst) if src.id < dst.id else (dst, src)
    with first.lock:
        with second.lock:
            src.balance -= amount
            if src.balance < 0:
                return False
            dst.balance += amount
            return True
