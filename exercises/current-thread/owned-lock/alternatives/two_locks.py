import threading


class OwnedLock:
    def __init__(self):
        self._held = threading.Lock()   # held by the owner while it owns the lock
        self._guard = threading.Lock()  # protects _owner
        self._owner = None

    def _is_owner(self, thread):
        self._guard.acquire()
        try:
            return self._owner is thread
        finally:
            self._guard.release()

    def acquire(self):
        me = threading.current_thread()
        if self._is_owner(me):
            raise RuntimeError(f"{me.name} already holds this lock")
        self._held.acquire()
        self._guard.acquire()
        try:
            self._owner = me
        finally:
            self._guard.release()

    def release(self):
        me = threading.current_thread()
        self._guard.acquire()
        try:
            if self._owner is not me:
                raise RuntimeError(f"{me.name} does not hold this lock")
            self._owner = None
        finally:
            self._guard.release()
        self._held.release()
