import threading


class Counter:
    """A counter that several threads may increment at the same time.

    After the threads finish, `value` equals the start value plus the number of
    `increment()` calls: no increment may be lost, whatever the interleaving.
    """

    def __init__(self, start: int = 0):
        """Start counting from `start`.

        `value` may be a plain attribute set here, or a read-only property.
        """
        raise NotImplementedError

    def increment(self) -> None:
        """Add 1 to `value`; safe to call from several threads at once."""
        raise NotImplementedError
