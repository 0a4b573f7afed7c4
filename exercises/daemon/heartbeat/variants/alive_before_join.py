# is_alive() is checked before the joins: threads that finished during the wait are still reported alive.
import threading
import time


def start_heartbeat(interval, beat):
    def loop():
        while True:
            time.sleep(interval)
            beat()

    thread = threading.Thread(target=loop, name="heartbeat", daemon=True)
    thread.start()
    return thread


def wait_all(threads, timeout):
    alive = [thread for thread in threads if thread.is_alive()]
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return alive
