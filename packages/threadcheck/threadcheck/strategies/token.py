"""Replay tokens: a scenario index and a schedule's decisions, compact and URL-safe.

Format: ``tc1.<scenario index>.<base64url(zlib(decisions as varints))>``.
"""

import base64
import zlib

PREFIX = "tc1"


def _varints(values):
    out = bytearray()
    for v in values:
        if v < 0:
            raise ValueError("decisions are thread ids (>= 0)")
        while True:
            byte = v & 0x7F
            v >>= 7
            if v:
                out.append(byte | 0x80)
            else:
                out.append(byte)
                break
    return bytes(out)


def _unvarints(data):
    values, v, shift = [], 0, 0
    for byte in data:
        v |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            if shift > 35:
                raise ValueError("corrupt replay token")
        else:
            values.append(v)
            v, shift = 0, 0
    if shift:
        raise ValueError("corrupt replay token")
    return values


def encode(scenario_index, decisions):
    payload = base64.urlsafe_b64encode(zlib.compress(_varints(decisions), 9)).decode().rstrip("=")
    return f"{PREFIX}.{scenario_index}.{payload}"


def decode(token):
    """(scenario index, decisions); ValueError with a readable message if malformed."""
    try:
        prefix, index, payload = token.strip().split(".")
        if prefix != PREFIX:
            raise ValueError
        # validate: urlsafe_b64decode silently drops stray characters; a truncated or
        # oversized zlib stream is not a whole schedule either.
        raw = base64.b64decode(payload + "=" * (-len(payload) % 4), altchars=b"-_", validate=True)
        inflater = zlib.decompressobj()
        data = inflater.decompress(raw, 1 << 20)
        if not inflater.eof or inflater.unused_data:
            raise ValueError
        return int(index), _unvarints(data)
    except (ValueError, zlib.error, TypeError):
        raise ValueError(f"not a valid replay token: {token[:40]!r}") from None
