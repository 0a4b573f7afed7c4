# expect: deadlock — always locks src then dst: A->B and B->A at the same time each hold one lock and wait for the other
import threading


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        with dst.lock:
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
            return True
