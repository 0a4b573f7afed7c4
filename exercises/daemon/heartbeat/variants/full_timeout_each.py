# Each join gets the whole timeout: with several slow threads wait_all waits far longer than the timeout.
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
    for thread in threads:
        thread.join(timeout)
    return [thread for thread in threads if thread.is_alive()]
