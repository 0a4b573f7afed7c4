import threading


def join_all() -> list:
    me = threading.current_thread()
    main = threading.main_thread()
    joined = []
    while True:
        # A fresh list each round: a thread being joined may have started new ones.
        others = [t for t in threading.enumerate()
                  if t is not me and t is not main and not t.daemon]
        if not others:
            return joined
        for t in others:
            t.join()
            joined.append(t.name)
