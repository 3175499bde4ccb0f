"""Numeric arrays saved in one file and mapped back into memory without copying.

The index of a large set of notes is a few hundred MB of postings. Reading it
from a numpy archive means unzipping, checksumming and copying all of it at
every start; mapped, nothing is copied, and a start reads only what its checks
and its questions touch. The file is a JSON header (names, dtypes, shapes,
offsets) and the raw arrays. Only plain number types are accepted, every array
must lie inside the file, and nothing in it is ever executed.
"""

from __future__ import annotations

import json
import mmap
import os
from pathlib import Path
from typing import BinaryIO

import numpy as np

MAGIC = b"TUTORARR1\n"
ALIGN = 64
DTYPES = frozenset({"<i4", "<i8", "<u8", "<f4", "<f8", "|u1", "|b1"})


def write(out: BinaryIO, arrays: dict[str, np.ndarray]) -> None:
    """Write arrays (little-endian numbers only) after a header saying where each one lies."""
    plain = {name: np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<")) for name, a in arrays.items()}
    entries, offset = {}, 0
    for name, a in plain.items():
        if a.dtype.str not in DTYPES:
            raise TypeError(f"{name}: {a.dtype} is not a plain number type")
        entries[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "offset": offset}
        offset += -(-a.nbytes // ALIGN) * ALIGN
    header = json.dumps(entries).encode("utf-8")
    start = -(-(len(MAGIC) + 8 + len(header)) // ALIGN) * ALIGN
    out.write(MAGIC + len(header).to_bytes(8, "little") + header)
    out.write(b"\0" * (start - len(MAGIC) - 8 - len(header)))
    for a in plain.values():
        out.write(a.reshape(-1).view(np.uint8).data)  # the array's own bytes, not a copy of them
        out.write(b"\0" * (-a.nbytes % ALIGN))


def read(path: Path) -> dict[str, np.ndarray]:
    """The arrays of a file made by write(), read-only and mapped, not copied.

    Raises ValueError for anything that is not such a file, or whose header
    points outside it.
    """
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size < len(MAGIC) + 8:
            raise ValueError("array file too short")
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[: len(MAGIC)] != MAGIC:
        raise ValueError("not an array file")
    length = int.from_bytes(mapped[len(MAGIC): len(MAGIC) + 8], "little")
    if length > size:
        raise ValueError("array header runs past the end")
    entries = json.loads(mapped[len(MAGIC) + 8: len(MAGIC) + 8 + length].decode("utf-8"))
    start = -(-(len(MAGIC) + 8 + length) // ALIGN) * ALIGN
    if not isinstance(entries, dict):
        raise ValueError("array header is not a table")
    arrays = {}
    for name, entry in entries.items():
        if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "offset"}:
            raise ValueError(f"{name}: bad entry")
        dtype, shape, offset = entry["dtype"], entry["shape"], entry["offset"]
        if dtype not in DTYPES or type(offset) is not int or offset < 0 or not isinstance(shape, list) or \
                not all(type(n) is int and n >= 0 for n in shape):
            raise ValueError(f"{name}: bad entry")
        count = int(np.prod(shape, dtype=np.int64))
        end = start + offset + count * np.dtype(dtype).itemsize
        if end > size:
            raise ValueError(f"{name}: runs past the end of the file")
        arrays[name] = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + offset).reshape(shape)
    return arrays


def expect(arrays, name: str, kind: str) -> np.ndarray:
    """arrays[name], if it is a one-dimensional array of signed integers (kind 'i') or
    of floats ('f'): a file that says otherwise is not one this tutor wrote. (Unsigned
    integers would pass every range check by wrapping round, then fail in use.)"""
    value = arrays.get(name)
    if not isinstance(value, np.ndarray) or value.ndim != 1 or value.dtype.kind != kind:
        raise ValueError(f"{name}: missing or not 1-d {'integers' if kind == 'i' else 'floats'}")
    return value


def check_ids(ids: np.ndarray, limit: int, what: str) -> None:
    """Every id points at one of `limit` things."""
    if len(ids) and not 0 <= int(ids.min()) <= int(ids.max()) < limit:
        raise ValueError(f"{what}: ids point outside")


def check_runs(offsets: np.ndarray, runs: int, values: int, what: str, nonempty: bool = False) -> None:
    """`offsets` cut `values` entries into `runs` runs, in order (each holding one at
    least, if `nonempty`): the layout of CSR postings and of every packed set."""
    if len(offsets) != runs + 1 or int(offsets[0]) != 0 or int(offsets[-1]) != values:
        raise ValueError(f"{what}: runs do not fit")
    steps = np.diff(offsets)
    if (steps <= 0 if nonempty else steps < 0).any():
        raise ValueError(f"{what}: runs out of order")
