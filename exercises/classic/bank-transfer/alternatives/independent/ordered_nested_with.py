# pass: global lock order by account id (object identity as tie-break), nested `with`; transfer to the same account handled with one lock
import threading


class Account:
    def __init__(self, id: int, balance: int):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def _order_key(account):
    return (account.id, id(account))


def transfer(src: Account, dst: Account, amount: int) -> bool:
    if src is dst:
        with src.lock:
            return src.balance >= amount
    if _order_key(src) < _order_key(dst):
        first, second = src, dst
    else:
        first, second = dst, src
    with first.lock:
        with second.lock:
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
            return True
