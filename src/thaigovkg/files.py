"""Files others read: written whole or not at all, with the rights every other output has.

``tempfile.mkstemp`` makes files only their owner can read (mode 0600); a graph or
an export renamed from one into place could not be served by a web server. Every
output goes through ``write_atomically`` or ``atomic_path``: a temporary file in
the target's folder, given the usual rights (0666 less the umask), renamed over
the target when complete, removed when anything fails.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def readable(path: str | Path) -> None:
    """Give a file made by ``mkstemp`` the rights a plain ``open(…, "w")`` would (umask applies)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path next to ``path``: write it inside the ``with``; it replaces ``path`` on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        readable(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, data: bytes) -> Path:
    """``data`` as the whole content of ``path``, written to a temporary file and renamed into place."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
    return Path(path)


__all__ = ["readable", "atomic_path", "write_atomically"]
