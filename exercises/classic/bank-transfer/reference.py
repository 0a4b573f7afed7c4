import threading


class Account:
    def __init__(self, id: int, balance: int):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src: Account, dst: Account, amount: int) -> bool:
    # Every thread takes the two locks in the same global order (by id): no cycle of waits.
    first, second = (src, dst) if src.id < dst.id else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
            return True
