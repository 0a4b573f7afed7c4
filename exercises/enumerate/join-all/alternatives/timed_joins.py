import threading


def join_all():
    me = threading.current_thread()
    main = threading.main_thread()
    names = set()
    while True:
        waiting = [t for t in threading.enumerate()
                   if t is not me and t is not main and not t.daemon]
        if not waiting:
            return sorted(names)
        # Every thread listed here is waited for until it ends, in this round or a later one.
        names.update(t.name for t in waiting)
        for t in waiting:
            t.join(5)
            if t.is_alive():
                break  # still running: look at the whole list again before waiting more
