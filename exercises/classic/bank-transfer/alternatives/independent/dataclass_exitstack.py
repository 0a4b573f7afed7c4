# pass: Account as a @dataclass(eq=False) with a default_factory Lock; locks entered in id order through contextlib.ExitStack (deduplicated, so src is dst works too)
import threading
from contextlib import ExitStack
from dataclasses import dataclass, field


@dataclass(eq=False)
class Account:
    id: int
    balance: int
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


def transfer(src: Account, dst: Account, amount: int) -> bool:
    involved = [src] if src is dst else sorted((src, dst), key=lambda a: (a.id, id(a)))
    with ExitStack() as stack:
        for account in involved:
            stack.enter_context(account.lock)
        if src.balance < amount:
            return False
        src.balance = src.balance - amount
        dst.balance = dst.balance + amount
        return True
