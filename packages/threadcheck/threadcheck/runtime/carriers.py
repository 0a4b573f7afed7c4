"""A pool of real threads ("carriers") that host logical threads.

Creating a real thread costs far more than a hand-off, and a grading run executes
thousands of schedules, so carriers are reused: when a logical thread finishes (or unwinds
after an abort) its carrier goes back to the pool.
"""

import _thread
import threading as _real_threading

from . import context

# Small stacks: a run has at most a few dozen logical threads, but leaked carriers of
# frozen hostile threads must not eat the address-space limit.
_STACK_SIZE = 1024 * 1024


class Carrier(_real_threading.Thread):
    def __init__(self, pool):
        super().__init__(daemon=True, name="threadcheck-carrier")
        self._pool = pool
        self._job_ready = _thread.allocate_lock()
        self._job_ready.acquire()
        self._job = None

    def assign(self, lthread):
        self._job = lthread
        self._job_ready.release()

    def run(self):
        while True:
            self._job_ready.acquire()
            lthread, self._job = self._job, None
            context.bind(lthread)
            self.name = lthread.name
            lthread.sched.run_lthread(lthread)
            context.bind(None)
            self.name = "threadcheck-carrier"
            if not self._pool.give_back(self):
                return


class CarrierPool:
    def __init__(self, max_idle=64):
        self._idle = []
        self._lock = _thread.allocate_lock()
        self._max_idle = max_idle
        self.created = 0

    def take(self):
        with self._lock:
            if self._idle:
                return self._idle.pop()
        old = _thread.stack_size()
        try:
            _thread.stack_size(_STACK_SIZE)
            carrier = Carrier(self)
            carrier.start()
        finally:
            _thread.stack_size(old)
        self.created += 1
        return carrier

    def give_back(self, carrier):
        with self._lock:
            if len(self._idle) >= self._max_idle:
                return False
            self._idle.append(carrier)
            return True


POOL = CarrierPool()
