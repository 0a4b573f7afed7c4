# Read and write each under the lock, but in two critical sections: another thread can
# increment in between, and one of the two updates is lost.
import threading


class Counter:
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        with self.lock:
            current = self.value
        with self.lock:
            self.value = current + 1
