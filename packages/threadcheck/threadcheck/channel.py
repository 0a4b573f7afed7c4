"""The result channel to the grader: HMAC-signed JSON lines on an inherited fd.

The key arrives on stdin before any submission code is loaded and lives only in this
closure; the submission cannot import os or reach this module, and the grader verifies
every line, so printing or writing a fake result does not pass (docs/grader-protocol.md).
"""

import hashlib
import hmac
import json
import os
import sys


def read_key(stream):
    line = stream.readline().strip()
    if len(line) != 64:
        raise SystemExit("threadcheck: expected a 64-hex-character channel key on stdin")
    return bytes.fromhex(line.decode() if isinstance(line, bytes) else line)


def signed_writer(fd, key):
    def send(message):
        data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()
        mac = hmac.new(key, data, hashlib.sha256).hexdigest().encode()
        _write_all(fd, mac + b" " + data + b"\n")

    return send


def plain_writer(fd):
    """Unsigned JSON lines (local runs and threadcheck's own tests)."""

    def send(message):
        if message.get("type") == "result":
            _write_all(fd, (json.dumps(message["result"], ensure_ascii=False, indent=2) + "\n").encode())
        elif message.get("type") == "progress":
            os.write(2, f"  {message['scenario']}: {message['schedules']} schedules\n".encode())

    return send


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def real_stdout_fd():
    """A private duplicate of the real stdout, taken before the submission's output is captured."""
    sys.stdout.flush()
    return os.dup(1)
