import threading


class ReadWriteLock:
    """A lock with two modes: many readers at once, or one writer alone.

    A writer excludes everyone, readers and other writers; readers do not exclude each
    other, so several may be inside at the same time.
    """

    def __init__(self):
        raise NotImplementedError

    def acquire_read(self) -> None:
        """Enter as a reader: wait while a writer is inside."""
        raise NotImplementedError

    def release_read(self) -> None:
        """Leave as a reader."""
        raise NotImplementedError

    def acquire_write(self) -> None:
        """Enter as a writer: wait until nobody, reader or writer, is inside."""
        raise NotImplementedError

    def release_write(self) -> None:
        """Leave as a writer."""
        raise NotImplementedError
