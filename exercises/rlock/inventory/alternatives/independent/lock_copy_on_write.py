# pass: plain (non-reentrant) Lock taken exactly once per public method; add_many builds a new dict and swaps it in (copy-on-write), so it is all-or-nothing even if it fails half way
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.Lock()
        self._stock = {}

    @staticmethod
    def _apply(stock, item, qty):
        stock[item] = stock.get(item, 0) + qty

    def add(self, item: str, qty: int = 1) -> None:
        with self._lock:
            self._apply(self._stock, item, qty)

    def add_many(self, items: dict[str, int]) -> None:
        with self._lock:
            new_stock = dict(self._stock)
            for item, qty in items.items():
                self._apply(new_stock, item, qty)
            self._stock = new_stock

    def count(self, item: str) -> int:
        with self._lock:
            return self._stock.get(item, 0)

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._stock)
