import threading


def join_all():
    skip = {threading.get_ident(), threading.main_thread().ident}
    names = []
    again = True
    while again:
        again = False
        for t in threading.enumerate():
            if t.ident in skip or t.daemon:
                continue
            t.join()
            names.append(t.name)
            again = True
    return names
