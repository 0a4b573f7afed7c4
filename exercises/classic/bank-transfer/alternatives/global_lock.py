# One lock for the whole bank: slower (transfers never overlap) but correct: the sum is
# kept, no balance goes negative and nobody waits in a cycle.
import threading

_bank = threading.Lock()


class Account:
    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with _bank:
        if src.balance < amount:
            return False
        src.balance -= amount
        dst.balance += amount
        return True
