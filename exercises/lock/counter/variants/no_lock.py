# The lecture's counter without its lock: a read-modify-write that threads interleave.
class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self):
        self.value = self.value + 1
