import threading


class OwnedLock:
    """An RLock already knows its owner; a depth counter tells a second acquire apart."""

    def __init__(self):
        self._rlock = threading.RLock()
        self._depth = 0  # read and written only while holding _rlock

    def acquire(self):
        self._rlock.acquire()
        if self._depth == 1:  # the caller held it already: undo this acquire
            self._rlock.release()
            raise RuntimeError("the calling thread already holds this lock")
        self._depth = 1

    def release(self):
        # Succeeds at once if the caller holds the lock (or nobody does), fails if another does.
        if not self._rlock.acquire(blocking=False):
            raise RuntimeError("another thread holds this lock")
        try:
            if self._depth != 1:
                raise RuntimeError("nobody holds this lock")
            self._depth = 0
            self._rlock.release()
        finally:
            self._rlock.release()
