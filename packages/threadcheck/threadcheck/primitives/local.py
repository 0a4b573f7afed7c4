"""threading.local: one attribute dict per logical thread.

Like CPython, a subclass's __init__ runs again, with the constructor's arguments, the
first time each thread touches the object. Accesses are thread-private, so they are
neither scheduling points nor race-checked.
"""

from ..runtime import context


class local:
    __slots__ = ("_tc_dicts", "_tc_args", "__dict__")

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_tc_args", (args, kwargs))
        object.__setattr__(self, "_tc_dicts", {})
        lt = context.current_lthread()
        object.__getattribute__(self, "_tc_dicts")[(id(lt.sched), lt.tid)] = object.__getattribute__(self, "__dict__")
        return self

    def __getattribute__(self, name):
        _switch_dict(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'local' object attribute '__dict__' is read-only")
        _switch_dict(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        _switch_dict(self)
        return object.__delattr__(self, name)


def _switch_dict(self):
    lt = context.current_lthread()
    dicts = object.__getattribute__(self, "_tc_dicts")
    key = (id(lt.sched), lt.tid)
    d = dicts.get(key)
    if d is None:
        d = dicts[key] = {}
        object.__setattr__(self, "__dict__", d)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kwargs = object.__getattribute__(self, "_tc_args")
            cls.__init__(self, *args, **kwargs)
    else:
        object.__setattr__(self, "__dict__", d)
