# pass: a Lock-protected counter plus a fresh threading.Event per round; the last arrival installs the next round's Event and sets the old one, waiters wait on their round's Event outside the lock
import threading


class Barrier:
    def __init__(self, parties: int):
        if parties < 1:
            raise ValueError("parties must be at least 1")
        self.parties = parties
        self._lock = threading.Lock()
        self._count = 0
        self._round_done = threading.Event()

    def wait(self) -> int:
        with self._lock:
            index = self._count
            self._count += 1
            done = self._round_done
            if self._count == self.parties:
                self._count = 0
                self._round_done = threading.Event()
                done.set()
                return index
        done.wait()
        return index
