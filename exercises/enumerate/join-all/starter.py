import threading


def join_all() -> list:
    """Wait for every other live non-daemon thread and return their names.

    Find the threads with threading.enumerate(). Skip the calling thread, the main thread
    and daemon threads. Threads started while join_all waits (for instance by the threads
    it is joining) are waited for too: return only when no such thread is alive any more.
    Return the names of the threads joined, each once, in any order.
    """
    raise NotImplementedError
