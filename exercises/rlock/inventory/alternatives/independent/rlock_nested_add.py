# pass: one RLock; add_many holds it for the whole batch and calls add(), which re-enters the same RLock
import threading
from typing import Dict


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._items: Dict[str, int] = {}

    def add(self, item: str, qty: int = 1) -> None:
        with self._lock:
            self._items[item] = self._items.get(item, 0) + qty

    def add_many(self, items: Dict[str, int]) -> None:
        with self._lock:
            for item, qty in items.items():
                self.add(item, qty)

    def count(self, item: str) -> int:
        with self._lock:
            return self._items.get(item, 0)

    def snapshot(self) -> Dict[str, int]:
        with self._lock:
            return dict(self._items)
