import threading


class BoundedBuffer:
    """A FIFO buffer of at most `capacity` items, shared by producer and consumer threads.

    Every item put is got exactly once, in the order it was put; the buffer never holds
    more than `capacity` items. The `queue`, `multiprocessing` and `asyncio` modules are
    not allowed: build it from `threading` primitives.
    """

    def __init__(self, capacity: int):
        """Create an empty buffer that holds at most `capacity` items."""
        raise NotImplementedError

    def put(self, item) -> None:
        """Add `item` at the end; block while the buffer is full."""
        raise NotImplementedError

    def get(self):
        """Remove and return the oldest item; block while the buffer is empty."""
        raise NotImplementedError
