"""Splitting CSS declaration text (``"font-size: 64px; color: red"``) and normalizing property names.

Used by the loader for CSS-string styles and kebab-case keys; values stay unparsed text. Imports nothing
from pureog.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)


_SEPARATED = re.compile(r"[-_.]([A-Za-z0-9_]|\Z)")
_CUSTOM = re.compile(r"--[A-Za-z0-9_]")


def satori_property_name(key: str) -> str:
    """A style mapping's key as Satori names it: css-to-react-native's ``getPropertyName``, whose
    ``camelize`` (1.0.1) makes each ``-x``, ``_x`` and ``.x`` ``X`` and changes nothing else. So
    ``font-size``, ``font_size`` (a Python author's spelling) and ``font.size`` are ``fontSize`` and
    ``-webkit-line-clamp`` is ``WebkitLineClamp``, while ``FONT-SIZE``, ``Font-size`` and `` fontSize ``
    name no property (Next.js ignores them). A custom property (``--x``) stays as written, and so does
    a key starting with ``_``, which Satori takes for an internal property before camelizing."""
    if _CUSTOM.match(key) or key.startswith("_") or not any(c in key for c in "-_."):
        return key
    return _SEPARATED.sub(lambda m: m[1].upper(), key)


def camel_case(name: str) -> str:
    """``font-size`` -> ``fontSize``; ``-webkit-line-clamp`` -> ``WebkitLineClamp``; ``--x`` unchanged.

    camelCase names pass through; the ``-ms-`` prefix becomes ``ms`` (React's convention).
    """
    name = name.strip()
    if name.startswith("--") or "-" not in name:
        return name
    vendor = name.startswith("-")
    parts = [p for p in name.split("-") if p]
    if not parts:
        return name
    head = parts[0].lower()
    if vendor and head != "ms":
        head = head.capitalize()
    return head + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])


def parse_css_declarations(css: str) -> list[tuple[str, str]]:
    """Split ``name: value; ...`` respecting quotes and parentheses; raise ValueError when malformed."""
    out: list[tuple[str, str]] = []
    for chunk in _split_top_level(_COMMENT.sub("", css), ";"):
        if not chunk.strip():
            continue
        parts = _split_top_level(chunk, ":", maxsplit=1)
        if len(parts) != 2 or not parts[0].strip():
            raise ValueError(f"expected 'property: value' in CSS text, got {chunk.strip()!r}")
        name, value = parts[0].strip(), parts[1].strip()
        if value.lower().endswith("!important"):
            value = value[: -len("!important")].rstrip()
        if not value:
            raise ValueError(f"property {name!r} has an empty value")
        out.append((name, value))
    return out


def _split_top_level(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    escaped = False
    for i, ch in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == separator and depth == 0 and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append(text[start:i])
            start = i + 1
    if quote:
        raise ValueError(f"unterminated string in CSS text {text.strip()!r}")
    parts.append(text[start:])
    return parts
