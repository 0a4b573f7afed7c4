# Only src is locked; dst is credited without its lock, while another transfer may be
# changing dst at the same time.
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        if src.balance < amount:
            return False
        src.balance -= amount
        dst.balance += amount
        return True
