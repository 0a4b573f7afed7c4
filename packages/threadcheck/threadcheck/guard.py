"""Lock-down once the submission is about to run: audit hooks and captured output.

Defence in depth under the instrumentation's rules (no os/sys imports, no dunder escapes):
an audit hook (PEP 578, cannot be removed from Python) refuses process creation, signals,
sockets, ctypes, file changes and directory listing, and opening files other than the
Python installation's own (lazy imports of allowed modules still work). The sandbox
around the process is the last line.
"""

import os
import sys

from .errors import FORBIDDEN, Failure, ForbiddenError
from .runtime import context

_BLOCKED_PREFIXES = (
    "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "os.kill",
    "os.killpg", "os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
    "os.truncate", "os.symlink", "os.link", "os.listdir", "os.scandir", "os.chdir",
    "os.putenv", "os.unsetenv", "subprocess.", "socket.", "ctypes.", "gc.get_", "sys._current_frames",
    "sys.setprofile", "sys.settrace", "sys.addaudithook", "shutil.", "glob.", "marshal.loads",
    "code.__new__", "function.__new__", "pickle.find_class", "resource.setrlimit", "pty.",
    "webbrowser.", "urllib.", "http.", "ftplib.", "smtplib.", "sqlite3.", "winreg.",
)


def install_audit_hook(readable_roots):
    roots = tuple(os.path.realpath(r) + os.sep for r in readable_roots)

    def hook(event, args):
        if event == "open":
            path, mode = args[0], args[1]
            if isinstance(path, int):
                return
            writing = isinstance(mode, str) and any(c in mode for c in "wax+")
            real = os.path.realpath(os.fsdecode(path)) if isinstance(path, (str, bytes)) else ""
            if writing or not real.startswith(roots):
                _refuse(f"opening {os.fsdecode(path)!r} is not allowed while grading")
        elif event.startswith(_BLOCKED_PREFIXES):
            _refuse(f"{event} is not allowed while grading")

    sys.addaudithook(hook)


def _refuse(message):
    lt = context.current_lthread_or_none()
    if lt is not None and not lt.sched.aborted:
        lt.sched._set_failure(Failure(FORBIDDEN, message, lt.sched.steps, [lt.name]), lt)
    raise ForbiddenError(message)


class CapturedStream:
    """sys.stdout/sys.stderr during grading: text goes to the writing schedule's output."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, fallback_fd):
        self._fd = fallback_fd

    def write(self, text):
        lt = context.current_lthread_or_none()
        if lt is not None and not lt.sched.aborted:
            lt.sched.write_output(lt, str(text))
        elif lt is None:
            os.write(self._fd, str(text).encode("utf-8", "replace"))
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


def capture_output():
    log_fd = os.dup(2)
    sys.stdout = CapturedStream(log_fd)
    sys.stderr = CapturedStream(log_fd)
    return log_fd
