# expect: race — no lock at all: `self.value += 1` is an unsynchronised read-modify-write ("the GIL protects it")
class Counter:
    def __init__(self, start: int = 0):
        self.value = start

    def increment(self) -> None:
        self.value += 1
