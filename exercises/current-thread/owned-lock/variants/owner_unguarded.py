# The owner is written under the lock but checked outside it: an unsynchronised read.
import threading


class OwnedLock:
    def __init__(self):
        self._lock = threading.Lock()
        self._owner = None

    def acquire(self):
        me = threading.current_thread()
        if self._owner is me:
            raise RuntimeError("already held by this thread")
        self._lock.acquire()
        self._owner = me

    def release(self):
        if self._owner is not threading.current_thread():
            raise RuntimeError("not held by this thread")
        self._owner = None
        self._lock.release()
