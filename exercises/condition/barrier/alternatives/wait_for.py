# Condition.wait_for with a generation counter, and explicit acquire/release.
import threading


class Barrier:
    def __init__(self, parties: int):
        self._parties = parties
        self._arrived = 0
        self._round = 0
        self._lock = threading.Lock()
        self._opened = threading.Condition(self._lock)

    def wait(self) -> int:
        self._opened.acquire()
        try:
            index = self._arrived
            self._arrived += 1
            my_round = self._round
            if self._arrived == self._parties:
                self._arrived = 0
                self._round += 1
                self._opened.notify_all()
            else:
                self._opened.wait_for(lambda: self._round != my_round)
            return index
        finally:
            self._opened.release()
