"""Paths as SVG path data.

Role: :class:`~pureog.path.Path` (absolute ``M L Q C Z`` segments in CSS px) -> the text of a ``d``
attribute: absolute commands, a command letter written only when it changes, numbers rounded by
:mod:`pureog.svg_export.numbers` and separated by a space only where a sign does not already separate
them. Imports only path and numbers.
"""

from __future__ import annotations

from pureog.path import Path
from pureog.svg_export.numbers import COORD, num


def path_data(path: Path, places: int = COORD) -> str:
    """The ``d`` attribute of ``path`` (empty for an empty path)."""
    out: list[str] = []
    last = ""
    for seg in path.segments:
        verb = str(seg[0])
        if verb == "Z":
            out.append("Z")
            last = "Z"
            continue
        # After M, further coordinate pairs mean L: an explicit L after M is still written (clearer).
        if verb != last or verb == "M":
            out.append(verb)
            first = True
        else:
            first = False
        for value in seg[1:]:
            text = num(float(value), places)  # type: ignore[arg-type]
            if not first and not text.startswith("-"):
                out.append(" ")
            out.append(text)
            first = False
        last = verb
    return "".join(out)
