import threading


class Debouncer:
    """Calls `fn` once things have been quiet for `delay` seconds.

    Every `trigger(*args)` restarts the countdown. When `delay` seconds pass without a new
    trigger, `fn(*args)` runs once, in another thread, with the arguments of the last
    trigger. `trigger()` and `cancel()` may be called from several threads at once.
    """

    def __init__(self, delay: float, fn):
        """Remember `delay` (seconds) and `fn`; nothing is pending yet."""
        raise NotImplementedError

    def trigger(self, *args) -> None:
        """(Re)start the countdown for `fn(*args)` and return at once, without waiting."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop the pending call, if any: it never happens. Does nothing if none is pending."""
        raise NotImplementedError
