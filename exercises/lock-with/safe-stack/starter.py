import threading


class SafeStack:
    """A LIFO stack that several threads use at once."""

    def __init__(self):
        """An empty stack."""
        raise NotImplementedError

    def push(self, item) -> None:
        """Put `item` on top."""
        raise NotImplementedError

    def pop(self):
        """Remove and return the top item; raise IndexError if the stack is empty."""
        raise NotImplementedError

    def try_pop(self, default=None):
        """Remove and return the top item, or return `default` if the stack is empty."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of items, for len(stack)."""
        raise NotImplementedError
