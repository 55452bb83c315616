"""Splitting CSS declaration text (``"font-size: 64px; color: red"``) and normalizing property names.

Used by the loader for CSS-string styles and kebab-case keys; values stay unparsed text. Imports nothing
from pureog.
"""

from __future__ import annotations

import re

_VENDOR = re.compile(r"^-(webkit|moz|ms|o)-")


def camel_case(name: str) -> str:
    """``font-size`` -> ``fontSize``; ``-webkit-line-clamp`` -> ``WebkitLineClamp``; ``--x`` unchanged."""
    name = name.strip()
    if name.startswith("--") or "-" not in name:
        return name
    vendor = _VENDOR.match(name)
    if vendor:
        prefix = vendor.group(1).capitalize()
        name = name[vendor.end():]
    else:
        prefix = ""
    head, *rest = name.split("-")
    camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
    if prefix:
        return prefix + camel[:1].upper() + camel[1:]
    return camel


def parse_css_declarations(css: str) -> list[tuple[str, str]]:
    """Split ``name: value; ...`` respecting quotes and parentheses; raise ValueError when malformed."""
    out: list[tuple[str, str]] = []
    for chunk in _split_top_level(css, ";"):
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
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
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
