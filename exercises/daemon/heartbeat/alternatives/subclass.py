# A Thread subclass that is a daemon from its constructor; wait_all keeps a list of the threads left.
import threading
import time


class Heartbeat(threading.Thread):
    def __init__(self, interval, beat):
        super().__init__(name="heartbeat", daemon=True)
        self.interval = interval
        self.beat = beat

    def run(self):
        while True:
            time.sleep(self.interval)
            self.beat()


def start_heartbeat(interval, beat):
    heartbeat = Heartbeat(interval, beat)
    heartbeat.start()
    return heartbeat


def wait_all(threads, timeout):
    deadline = time.monotonic() + timeout
    left = list(threads)
    while left:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        left[0].join(remaining)
        if left[0].is_alive():
            break
        left.pop(0)
    return [thread for thread in threads if thread.is_alive()]
