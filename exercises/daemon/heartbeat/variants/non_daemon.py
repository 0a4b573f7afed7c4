# The heartbeat thread is not a daemon: the program waits for it at exit and never ends.
import threading
import time


def start_heartbeat(interval, beat):
    def loop():
        while True:
            time.sleep(interval)
            beat()

    thread = threading.Thread(target=loop, name="heartbeat")
    thread.start()
    return thread


def wait_all(threads, timeout):
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return [thread for thread in threads if thread.is_alive()]
