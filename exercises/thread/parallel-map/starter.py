import threading


def parallel_map(fn, items: list) -> list:
    """Return [fn(item) for item in items], computing each fn(item) in a thread of its own.

    Start one threading.Thread per item (target=..., args=...), start all of them before
    waiting for any, wait for every thread, then return the results in the order of
    `items`, whichever thread finishes first.
    """
    raise NotImplementedError
