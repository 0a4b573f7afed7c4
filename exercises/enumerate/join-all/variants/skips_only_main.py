# Skips only the main thread: called from another thread, it tries to join itself.
import threading


def join_all():
    main = threading.main_thread()
    joined = []
    while True:
        others = [t for t in threading.enumerate() if t is not main and not t.daemon]
        if not others:
            return joined
        for t in others:
            t.join()
            joined.append(t.name)
