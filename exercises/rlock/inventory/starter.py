import threading


class Inventory:
    """A stock of items shared by several threads.

    Every method may be called from several threads at once. `add_many` is atomic:
    a `snapshot()` taken by another thread sees either the whole batch or none of it.
    """

    def __init__(self):
        """Create an empty inventory."""
        raise NotImplementedError

    def add(self, item: str, qty: int = 1) -> None:
        """Add `qty` pieces of `item`."""
        raise NotImplementedError

    def add_many(self, items: dict[str, int]) -> None:
        """Add every `item: qty` pair of `items`, all at once as seen by `snapshot()`."""
        raise NotImplementedError

    def count(self, item: str) -> int:
        """How many pieces of `item` there are (0 for an item never added)."""
        raise NotImplementedError

    def snapshot(self) -> dict[str, int]:
        """A copy of the whole stock, `{item: count}`, consistent at one moment."""
        raise NotImplementedError
