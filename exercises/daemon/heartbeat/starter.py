import threading
import time


def start_heartbeat(interval: float, beat) -> threading.Thread:
    """Start a background thread named "heartbeat" that calls beat() every `interval`
    seconds (the first call `interval` seconds after the start) for as long as the
    program runs, and return the started thread at once.

    The program must be able to end while the heartbeat still runs: the thread must be a
    daemon.
    """
    raise NotImplementedError


def wait_all(threads: list, timeout: float) -> list:
    """Wait until every thread in `threads` has finished, but no longer than `timeout`
    seconds in total. Return the threads still alive after that, in the order given.

    Returns as soon as all threads have finished.
    """
    raise NotImplementedError
