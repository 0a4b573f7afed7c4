# expect: race — only src is locked ("dst only receives money"): two transfers into the same account update dst.balance concurrently
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
