"""Where an import may write, and how it puts the new folder in place.

A student's folder is theirs: `tutor import` writes only into a folder that
does not exist yet, an empty one, or one it wrote itself (marked by the
manifest it leaves inside, listing every file it wrote with its hash). Anything
else is refused before a byte is written, and so is a folder that is, or holds,
one of the notes files being imported. A folder written before is replaced
whole and atomically: the new one is built beside it, checked, then swapped in
with one rename (an exchange, on Linux), so a failure at any point leaves the
previous copy as it was.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from tutor.notes.importers.outline import ImportProblem

MANIFEST = "tutor-import.json"
STAGING = ".tutor-import-"   # prefix of the folder a new import is built in, beside the target


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if not p.is_dir())


def write_manifest(folder: Path) -> None:
    """Record every file in the freshly written folder, so a later import knows them as its own."""
    files = {p.relative_to(folder).as_posix(): _sha256(p) for p in _files_under(folder)}
    data = {"written_by": "tutor import", "version": 1, "files": files}
    (folder / MANIFEST).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _foreign_files(folder: Path) -> list[str] | None:
    """Files in a folder that tutor import did not write (or that changed since);
    None when the folder has no readable manifest at all."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
        if data.get("written_by") != "tutor import" or not isinstance(files, dict):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    foreign = []
    for path in _files_under(folder):
        name = path.relative_to(folder).as_posix()
        if name == MANIFEST:
            continue
        try:
            if files.get(name) != _sha256(path):
                foreign.append(name)
        except OSError:
            foreign.append(name)
    return foreign


def check_target(out: Path, inputs: list[Path]) -> Path:
    """The folder an import may write, resolved; raises ImportProblem (touching nothing)
    when writing there could destroy or alter something the user owns."""
    target = Path(os.path.abspath(out))
    real = target.resolve()
    for source in inputs:
        source = Path(source).resolve()
        if source == real:
            raise ImportProblem(f"--out {out} is one of the notes files being imported; "
                                "give a new folder for the knowledge folder")
        if real in source.parents:
            raise ImportProblem(f"--out {out} holds {source.name}, one of the notes files being imported; "
                                "give a new folder for the knowledge folder")
    if real.exists() and not real.is_dir():
        raise ImportProblem(f"--out {out} is a file, not a folder; give a new folder for the knowledge folder")
    if real.is_dir():
        try:
            empty = not any(real.iterdir())
        except OSError as exc:
            raise ImportProblem(f"--out {out} cannot be read ({exc.strerror or exc})") from None
        if not empty:
            foreign = _foreign_files(real)
            if foreign is None:
                raise ImportProblem(f"--out {out} is a folder that tutor import did not write and it is not empty; "
                                    "give a new or empty folder")
            if foreign:
                shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
                raise ImportProblem(f"--out {out} holds files tutor import did not write or that were changed "
                                    f"since ({shown}); move them, or give a new folder")
    return real


def staging_folder(target: Path) -> Path:
    """A fresh hidden folder beside the target to build the import in (same file
    system, so it can be renamed into place). Leftovers of imports that were
    killed are removed first: their names carry the id of a process now gone."""
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{target.name}{STAGING}"
    for old in target.parent.glob(f"{glob_escape(prefix)}*"):
        match = re.fullmatch(re.escape(prefix) + r"(\d+)-.*", old.name)
        if match and old.is_dir() and not _alive(int(match.group(1))):
            shutil.rmtree(old, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # a folder like any the user makes, not mkdtemp's private one
    return staging


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE);
    False where the system or file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def swap_in(staging: Path, target: Path) -> None:
    """Put the finished folder in place of the target; on success the staging
    folder is gone, on failure the target is as it was."""
    if not target.exists():
        os.replace(staging, target)
        return
    if not any(target.iterdir()):
        target.rmdir()
        os.replace(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)  # it now holds the previous copy
        return
    previous = Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING}{os.getpid()}-previous-", dir=target.parent))
    previous.rmdir()
    os.replace(target, previous)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(previous, target)
        raise
    shutil.rmtree(previous, ignore_errors=True)
