import threading


class Scanner:
    """One office scanner shared by several threads.

    A caller scans only if the scanner is free right now; if someone else is scanning,
    the call does not wait: it counts one more "busy" and returns False at once.
    """

    def __init__(self):
        """A free scanner; `busy` starts at 0 (a plain attribute or a read-only property)."""
        raise NotImplementedError

    def try_scan(self, job) -> bool:
        """If nobody is scanning, run `job()` and return True; else add 1 to `busy` and
        return False without waiting. If `job()` raises, the exception propagates and
        the scanner is free again."""
        raise NotImplementedError
