import threading


def join_all():
    others = [t for t in threading.enumerate()
              if t is not threading.current_thread() and t is not threading.main_thread()
              and not t.daemon]
    if not others:
        return []
    for t in others:
        t.join()
    # The threads just joined may have started new ones: look again.
    return [t.name for t in others] + join_all()
