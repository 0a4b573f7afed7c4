# pass: "Little Book of Semaphores" reusable barrier: a Lock-protected counter and two turnstile Semaphores (in / out), acquire/release in try/finally
import threading


class Barrier:
    def __init__(self, parties: int):
        if parties < 1:
            raise ValueError("parties must be at least 1")
        self._n = parties
        self._mutex = threading.Lock()
        self._count = 0
        self._turnstile_in = threading.Semaphore(0)
        self._turnstile_out = threading.Semaphore(0)

    def wait(self) -> int:
        # phase 1: everybody arrives; the last one opens the first turnstile n times
        self._mutex.acquire()
        try:
            index = self._count
            self._count += 1
            if self._count == self._n:
                for _ in range(self._n):
                    self._turnstile_in.release()
        finally:
            self._mutex.release()
        self._turnstile_in.acquire()

        # phase 2: everybody passes; the last one opens the second turnstile n times,
        # so nobody can start the next round while someone is still in this one
        self._mutex.acquire()
        try:
            self._count -= 1
            if self._count == 0:
                for _ in range(self._n):
                    self._turnstile_out.release()
        finally:
            self._mutex.release()
        self._turnstile_out.acquire()
        return index
