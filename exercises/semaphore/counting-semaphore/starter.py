import threading


class CountingSemaphore:
    """A counting semaphore: `value` permits shared by the threads.

    `threading.Semaphore` and `threading.BoundedSemaphore` are not allowed: build it from
    other `threading` primitives.
    """

    def __init__(self, value: int = 1):
        """Create a semaphore with `value` permits (value >= 0)."""
        raise NotImplementedError

    def acquire(self, blocking: bool = True) -> bool:
        """Take one permit and return True.

        If no permit is left: with blocking=True wait until another thread releases one;
        with blocking=False return False at once, without waiting.
        """
        raise NotImplementedError

    def release(self) -> None:
        """Give one permit back, waking a thread that waits for it if there is one."""
        raise NotImplementedError
