"""Reading local files that a document names (font ``path``, image ``src``), under the security policy.

``spec/security.md`` states the rules; :func:`read_inside` enforces them in one place:

* a document without a directory names no files (it was not loaded from a file and no directory was given);
* the name is relative to the document's directory: no NUL bytes, no absolute paths (unless the
  caller chose a root, and the path lies inside it);
* the real path (every symlink resolved) must lie inside the *root*: the document's directory, or a
  wider directory the caller chose (never the file system's root ``/``);
* only regular files are read (no devices such as ``/dev/zero``, FIFOs, sockets or directories): the
  file is opened without blocking and checked with ``fstat`` on the open descriptor, so what is read
  is what was checked;
* at most ``max_bytes`` are read; a larger file is an error, found without reading it.

Errors name the file as the document wrote it, never its content. Imports only :mod:`pureog.errors`.
"""

from __future__ import annotations

import os
import stat

from pureog.errors import PureogError


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives
        return False


def check_root(root: str, error: type[PureogError], where: str | None = None) -> str:
    """The real path of a caller-chosen root directory; the file system's root is refused."""
    real = os.path.realpath(root)
    if os.path.dirname(real) == real:
        raise error(f"the file system's root {root!r} cannot be a document's root: it would open every file",
                    path=where)
    return real


def read_inside(name: str, base_dir: str | None, *, root: str | None = None, max_bytes: int,
                what: str, error: type[PureogError], where: str | None = None) -> bytes:
    """The bytes of the regular file ``name`` (relative to ``base_dir``, inside ``root`` or ``base_dir``)."""
    if base_dir is None:
        raise error(f"cannot read {what} {name!r}: the document has no directory (load it from a file "
                    "with pureog.load_file, or pass the data itself)", path=where)
    if "\0" in name:
        raise error(f"{what} path {name!r} contains a NUL character", path=where)
    if (os.path.isabs(name) and root is None) or name.startswith("~"):
        # An absolute name can only be right inside a root the caller chose.
        raise error(f"{what} path {name!r} must be relative to the document's directory", path=where)
    real_root = check_root(root, error, where) if root is not None else os.path.realpath(base_dir)
    real = os.path.realpath(os.path.join(base_dir, name))
    if not _inside(real, real_root):
        raise error(f"{what} path {name!r} leads outside the allowed directory (the document's, or the "
                    "root its caller chose)", path=where)
    return read_regular(real, max_bytes=max_bytes, what=what, error=error, where=where, shown=name)


def read_regular(path: str, *, max_bytes: int, what: str, error: type[PureogError], where: str | None = None,
                 shown: str | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes`` (no location policy: for
    files the caller named, such as :func:`pureog.load_file`'s). ``shown`` is the name errors use."""
    shown = path if shown is None else shown
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the descriptor is checked before reading.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise error(f"cannot read {what} {shown!r}: {getattr(exc, 'strerror', None) or exc}", path=where) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{what} {shown!r} is not a regular file", path=where)
        if info.st_size > max_bytes:
            raise error(f"{what} {shown!r} is larger than {max_bytes >> 20} MB", path=where)
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # the file object owns it now
            data = handle.read(max_bytes + 1)
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:  # grew while being read
        raise error(f"{what} {shown!r} is larger than {max_bytes >> 20} MB", path=where)
    return data
