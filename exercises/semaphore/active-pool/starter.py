import threading


class ActivePool:
    """Runs tasks for several threads, but at most `limit` of them at the same time."""

    def __init__(self, limit: int):
        """Create a pool that lets at most `limit` tasks run at once (limit >= 1)."""
        raise NotImplementedError

    def run(self, fn, *args):
        """Call fn(*args) in the calling thread as soon as a slot is free.

        Block while `limit` tasks are running. Return what fn returned; if fn raises, let
        the exception propagate. Either way the slot is free again afterwards.
        """
        raise NotImplementedError
