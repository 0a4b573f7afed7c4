import threading


class OwnedLock:
    """A lock that knows which thread holds it.

    Only the thread that acquired it may release it, and that thread may not acquire it a
    second time. Find out which thread is calling with threading.current_thread(): the
    methods take no thread argument.
    """

    def __init__(self):
        """Create the lock, free."""
        raise NotImplementedError

    def acquire(self) -> None:
        """Wait while another thread holds the lock, then hold it.

        Raise RuntimeError if the calling thread already holds it.
        """
        raise NotImplementedError

    def release(self) -> None:
        """Free the lock; raise RuntimeError unless the calling thread holds it."""
        raise NotImplementedError
