import threading


class Account:
    """A bank account: `.id` (unique), `.balance` and `.lock`, a `threading.Lock`."""

    def __init__(self, id: int, balance: int):
        raise NotImplementedError


def transfer(src: Account, dst: Account, amount: int) -> bool:
    """Move `amount` from `src` to `dst` and return True.

    If `src` has less than `amount`, change nothing and return False. Many transfers run
    at once, in all directions: money is never created or lost, no balance goes below
    zero and no two transfers wait for each other forever.
    """
    raise NotImplementedError
