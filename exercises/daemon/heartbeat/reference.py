import threading
import time


def start_heartbeat(interval: float, beat) -> threading.Thread:
    def loop():
        while True:
            time.sleep(interval)
            beat()

    thread = threading.Thread(target=loop, name="heartbeat", daemon=True)
    thread.start()
    return thread


def wait_all(threads: list, timeout: float) -> list:
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return [thread for thread in threads if thread.is_alive()]
