# expect: forbidden — delegates to threading.Barrier, which the exercise bans
import threading


class Barrier:
    def __init__(self, parties):
        self._barrier = threading.Barrier(parties)

    def wait(self):
        return self._barrier.wait()
