"""The functions instrumented code calls: each access is a scheduling point and a race check.

`make_hooks(sched, module_globals)` builds them for one schedule; they close over that
schedule's scheduler, so a thread still unwinding an old schedule cannot touch a new one.
Reads of methods, properties, modules and the grader's primitives are not points (nothing
shared changes there); builtin containers are tracked as one location each.
"""

import types
from collections import OrderedDict, defaultdict, deque

from .. import errors
from ..primitives.local import local as _local
from ..primitives.modules import PRIMITIVE_TYPES, ReadOnlyModule, forbid
from ..primitives.thread import Thread
from ..runtime import context
from .names import attribute_problem
from .transform import INPLACE_BY_NAME

CONTAINERS = (list, dict, set, deque, bytearray)
_CONTAINER_EXACT = {list, dict, set, deque, bytearray, OrderedDict, defaultdict}

# Container methods that change the container; the others only read it.
MUTATORS = {
    "append", "extend", "insert", "pop", "popleft", "remove", "clear", "sort", "reverse",
    "appendleft", "extendleft", "rotate", "update", "setdefault", "popitem", "add",
    "discard", "difference_update", "intersection_update", "symmetric_difference_update",
    "__setitem__", "__delitem__", "__iadd__",
}

_PASSIVE_TYPES = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType,
                  types.MethodType) + PRIMITIVE_TYPES


def _is_code_attr(class_attr):
    return callable(class_attr) or isinstance(class_attr, (property, staticmethod, classmethod))


def _is_container(obj):
    t = type(obj)
    return t in _CONTAINER_EXACT or isinstance(obj, CONTAINERS)


def _protected(obj):
    """Objects of the grader that a submission must not change."""
    if isinstance(obj, (ReadOnlyModule, types.ModuleType)) or isinstance(obj, PRIMITIVE_TYPES):
        return True
    if isinstance(obj, type):
        return (obj.__module__ or "").startswith("threadcheck")
    return False


def _guard_name(name):
    if not isinstance(name, str):
        raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    problem = attribute_problem(name)
    if problem:
        forbid(problem)


def make_hooks(sched, module_globals):
    point = sched.point
    access = sched.access
    current = context.current_lthread
    passive_cache = {}
    container_labels = {}

    def is_passive(obj, name):
        t = type(obj)
        key = (t, name)
        hit = passive_cache.get(key)
        if hit is None:
            if isinstance(obj, _PASSIVE_TYPES) or isinstance(obj, _local):
                hit = True
            elif isinstance(obj, Thread) and hasattr(Thread, name):
                hit = True
            else:
                hit = _is_code_attr(getattr(t, name, None))
            passive_cache[key] = hit
        return hit

    def container_label(obj):
        return container_labels.get(id(obj)) or type(obj).__name__

    # A container is one location, except that each slot of a list is a location of its own:
    # `results[i] = v` from threads with different i is no race (it is not in CPython, with or
    # without the GIL), while anything that uses the list as a whole (len, iteration, append,
    # pop, ...) conflicts with every slot touched so far.
    slots = {}

    def contents(lt, obj, is_write, op):
        label = (container_label(obj), None)
        access(lt, (id(obj), "[]"), obj, label, is_write, op)
        for i in slots.get(id(obj), ()):
            access(lt, (id(obj), "[]", i), obj, label, is_write, op)

    def element(lt, obj, key, is_write, op):
        i = _list_slot(obj, key)
        if i is None:
            contents(lt, obj, is_write, op)
            return
        label = (container_label(obj), None)
        access(lt, (id(obj), "[]"), obj, label, False, "read")  # the list's length and layout
        slots.setdefault(id(obj), set()).add(i)
        access(lt, (id(obj), "[]", i), obj, label, is_write, op)

    def read(obj, name, line):
        lt = current()
        if is_passive(obj, name):
            if sched.aborted:
                sched._abort_hit(lt)
            lt.line = line
            return getattr(obj, name)
        value = getattr(obj, name)
        if isinstance(value, PRIMITIVE_TYPES):
            # `self.lock` before `.acquire()`: the acquire is the point that matters, and a
            # point here too would double every schedule without showing anything new.
            lt.line = line
            return value
        label = (_owner_name(obj), name)
        point(lt, "read", label, line)
        access(lt, (id(obj), name), obj, label, False, "read")
        value = getattr(obj, name)  # again: another thread may have changed it meanwhile
        if _is_container(value):
            container_labels[id(value)] = f"{label[0]}.{name}"
        return value

    def write(obj, name, value, line):
        lt = current()
        if _protected(obj):
            forbid(f"changing {getattr(obj, '__name__', type(obj).__name__)}.{name} is not allowed: "
                   f"the grader's objects are read-only")
        owner = _owner_name(obj)
        if isinstance(value, PRIMITIVE_TYPES) and not value._tc_named:
            value._tc_label = f"{owner}.{name}"
            value._tc_named = True
        label = (owner, name)
        point(lt, "write", label, line)
        if not isinstance(obj, _local):
            access(lt, (id(obj), name), obj, label, True, "write")
        setattr(obj, name, value)

    def delete(obj, name, line):
        lt = current()
        if _protected(obj):
            forbid(f"deleting {name} of the grader's objects is not allowed")
        label = (_owner_name(obj), name)
        point(lt, "write", label, line, "del")
        if not isinstance(obj, _local):  # thread-private, as in write()
            access(lt, (id(obj), name), obj, label, True, "write")
        delattr(obj, name)

    def method(obj, name, line):
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), name)
            changes = name in MUTATORS
            point(lt, "call", label, line)
            contents(lt, obj, changes, "write" if changes else "read")
            return getattr(obj, name)
        return read(obj, name, line)

    def sub_read(obj, key, line):
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), "[]")
            point(lt, "read", label, line)
            element(lt, obj, key, False, "read")
        return obj[key]

    def sub_write(obj, key, value, line):
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), "[]")
            point(lt, "write", label, line)
            element(lt, obj, key, True, "write")
        obj[key] = value

    def sub_delete(obj, key, line):
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), "[]")
            point(lt, "write", label, line, "del")
            contents(lt, obj, True, "write")
        del obj[key]

    g_key = id(module_globals)

    def global_read(name, line):
        lt = current()
        point(lt, "read", (None, name), line)
        access(lt, (g_key, name), module_globals, (None, name), False, "read")
        try:
            return module_globals[name]
        except KeyError:
            raise NameError(f"name '{name}' is not defined") from None

    def global_write(name, value, line):
        lt = current()
        point(lt, "write", (None, name), line)
        access(lt, (g_key, name), module_globals, (None, name), True, "write")
        module_globals[name] = value

    def global_delete(name, line):
        lt = current()
        point(lt, "write", (None, name), line, "del")
        access(lt, (g_key, name), module_globals, (None, name), True, "write")
        del module_globals[name]

    def iterate(obj, line):
        """`for x in c` and `x in c`: a read of the whole container."""
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), "[]")
            point(lt, "read", label, line)
            contents(lt, obj, False, "read")
        return obj

    def loop(line):
        sched.tick(current(), line)

    def inplace(op, a, b):
        return INPLACE_BY_NAME[op](a, b)

    def container_read_of(obj):
        """For builtins such as len(): a read of a container argument, at the current line."""
        if _is_container(obj):
            lt = current()
            label = (container_label(obj), "[]")
            point(lt, "read", label, None)
            contents(lt, obj, False, "read")

    hooks = {
        "__tc_r__": read, "__tc_w__": write, "__tc_d__": delete, "__tc_m__": method,
        "__tc_sr__": sub_read, "__tc_sw__": sub_write, "__tc_sd__": sub_delete,
        "__tc_gr__": global_read, "__tc_gw__": global_write, "__tc_gd__": global_delete,
        "__tc_it__": iterate, "__tc_loop__": loop, "__tc_iop__": inplace, "__tc_slice__": slice,
    }
    return hooks, read, write, container_read_of


def _list_slot(obj, key):
    """The slot `obj[key]` names when obj is a list and key an index in range, else None."""
    if not isinstance(obj, list) or type(key) is not int:
        return None
    n = len(obj)
    i = key + n if key < 0 else key
    return i if 0 <= i < n else None


def _owner_name(obj):
    if isinstance(obj, type):
        return obj.__name__
    return type(obj).__name__


def guarded_attribute_functions(read, write):
    """getattr/setattr/hasattr/delattr for the submission: same rules as written attributes."""
    missing = object()

    def _getattr(obj, name, default=missing):
        _guard_name(name)
        try:
            return read(obj, name, None)
        except AttributeError:
            if default is missing:
                raise
            return default

    def _hasattr(obj, name):
        _guard_name(name)
        try:
            read(obj, name, None)
            return True
        except AttributeError:
            return False

    def _setattr(obj, name, value):
        _guard_name(name)
        write(obj, name, value, None)

    def _delattr(obj, name):
        _guard_name(name)
        if _protected(obj):
            forbid("deleting attributes of the grader's objects is not allowed")
        delattr(obj, name)

    return {"getattr": _getattr, "hasattr": _hasattr, "setattr": _setattr, "delattr": _delattr}


__all__ = ["make_hooks", "guarded_attribute_functions", "errors"]
