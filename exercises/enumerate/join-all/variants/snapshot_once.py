# One enumerate() snapshot: a thread started while join_all waits is never joined.
import threading


def join_all():
    me = threading.current_thread()
    main = threading.main_thread()
    joined = []
    for t in threading.enumerate():
        if t is me or t is main or t.daemon:
            continue
        t.join()
        joined.append(t.name)
    return joined
