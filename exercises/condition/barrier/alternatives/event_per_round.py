# A fresh Event for every round: the last thread to arrive sets this round's event and
# puts a new one in place for the next round, so the rounds cannot mix.
import threading


class Barrier:
    def __init__(self, parties: int):
        self.parties = parties
        self.count = 0
        self.lock = threading.RLock()
        self.opened = threading.Event()

    def wait(self) -> int:
        with self.lock:
            index = self.count
            self.count += 1
            opened = self.opened
            if self.count == self.parties:
                self.count = 0
                self.opened = threading.Event()
                opened.set()
        opened.wait()
        return index
