# Daemon threads are joined too: a daemon that never ends keeps join_all waiting forever.
import threading


def join_all():
    me = threading.current_thread()
    main = threading.main_thread()
    joined = []
    while True:
        others = [t for t in threading.enumerate() if t is not me and t is not main]
        if not others:
            return joined
        for t in others:
            t.join()
            joined.append(t.name)
