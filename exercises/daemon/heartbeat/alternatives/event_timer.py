# The heartbeat waits on an Event that is never set (wait(interval) as a sleep); daemon set before start().
import threading
import time


def start_heartbeat(interval, beat):
    never = threading.Event()

    def loop():
        while not never.wait(interval):
            beat()

    thread = threading.Thread(target=loop)
    thread.name = "heartbeat"
    thread.daemon = True
    thread.start()
    return thread


def wait_all(threads, timeout):
    end = time.monotonic() + timeout
    still_alive = []
    for thread in threads:
        left = end - time.monotonic()
        if left > 0:
            thread.join(left)
        if thread.is_alive():
            still_alive.append(thread)
    return still_alive
