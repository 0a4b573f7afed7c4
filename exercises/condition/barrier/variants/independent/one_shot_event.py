# expect: assertion — not reusable: one Event that is set when everyone arrived and never cleared, and a counter never reset; from round 2 on threads run straight through and indices go past parties-1
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.lock = threading.Lock()
        self.all_here = threading.Event()

    def wait(self):
        with self.lock:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.all_here.set()
        self.all_here.wait()
        return index
