# wait_all sleeps for the whole timeout and then looks: it does not return when the threads finish early.
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
    time.sleep(timeout)
    return [thread for thread in threads if thread.is_alive()]
