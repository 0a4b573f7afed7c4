import threading
import time


class Every:
    """Calls `fn()` every `interval` seconds, in a background thread, until stopped.

    The calls are due at fixed times: `interval`, `2 * interval`, `3 * interval`, ...
    seconds after `start()`, however long each call of `fn` takes (always less than
    `interval`).
    """

    def __init__(self, interval: float, fn):
        """Remember `interval` (seconds) and `fn`; nothing runs until `start()`."""
        raise NotImplementedError

    def start(self) -> None:
        """Start the calls and return at once; called once."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop the calls: when stop() returns, fn is not running and never runs again.

        If fn is running at that moment, wait until it finishes. Calling stop() again
        does nothing.
        """
        raise NotImplementedError
