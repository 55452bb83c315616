"""The YAML loaders documents are read with: PyYAML's safe loaders without three YAML 1.1 implicit types.

YAML 1.1 (PyYAML's schema) reads some plain scalars as values YAML 1.2 reads as text, and on a card
they are text: a date (``span: 2024-12-05`` was a ``date`` object, an error as a child), a time
(``span: 12:30`` was the sexagesimal number 750) or a number with leading zeros (``span: 007`` was the
octal 7). The equivalent JSX (``<span>12:30</span>``) is text, which Next.js draws as written, and so
does pureog now: those scalars stay strings, as in YAML 1.2's core schema. Template data with a date
keeps working (the ``date`` filter reads ISO text; a date used to be put in as its ISO text anyway).
YAML 1.1's ``yes``/``no``/``on``/``off`` stay booleans: template flags (``draft: no``) rely on them.

Merge keys (``<<``) copy at most :data:`pureog.limits.MAX_YAML_MERGED_KEYS` keys per document
(:func:`_bounded_flatten`): a chain of mappings each merging the one before made PyYAML copy keys in
time and memory that grow with the square of the chain.

Input -> output: none; :func:`loaders` gives the fast (libyaml) and pure-Python loader classes.
Imports only ``yaml``, and only when a document in YAML is parsed.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"

# PyYAML's int and float patterns with the sexagesimal (base 60) forms and the leading-zero octal
# form left out; 0b, 0x, underscores and YAML 1.1's float spellings are kept as they were.
_INT_PATTERN = re.compile(r"""^(?:[-+]?0b[0-1_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+)$""", re.X)
_FLOAT_PATTERN = re.compile(r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""", re.X)

_CACHE: dict[str, tuple[Any, Any]] = {}

# PyYAML's pure-Python reader (yaml/reader.py) compiles in its class body the class of the characters
# it refuses, written as the complement of those it allows: ranges up to U+10FFFF, which re's compiler
# (Python code) walks one code point at a time over the Basic Multilingual Plane, ~59 million
# instructions (3-8 ms), the largest single piece of a one-shot render of a YAML card (bench/README.md,
# the fiftieth pass), though libyaml's loader never reads it. The same 2,111 code points written as
# themselves compile in ~4 million (tests/document/test_yaml_import checks both match the same code
# points, all 1,114,112 of them). ``re.compile`` returns the pattern it keeps for the same type, text
# and flags, so the direct form kept under PyYAML's text makes its compile a look-up. Where ``re``
# keeps no such cache (another Python), PyYAML compiles its own as before; either way the loaders read
# the same documents.
_YAML_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"
_NON_PRINTABLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"


def import_yaml() -> Any:
    """``import yaml`` (the module), its reader's refused-character pattern compiled the cheap way."""
    if "yaml" not in sys.modules:
        cache = getattr(re, "_cache", None)
        if isinstance(cache, dict):
            key = (str, _YAML_NON_PRINTABLE, 0)
            if key not in cache:
                cache[key] = re.compile(_NON_PRINTABLE)
    import yaml  # noqa: PLC0415  (only documents in YAML need it)

    return yaml


def _resolvers(base: Any) -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    table: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    for first, entries in base.yaml_implicit_resolvers.items():
        kept = []
        for tag, pattern in entries:
            if tag == _TIMESTAMP:
                continue
            kept.append((tag, _INT_PATTERN if tag == _INT else _FLOAT_PATTERN if tag == _FLOAT else pattern))
        table[first] = kept
    return table


def _bounded_flatten(self: Any, node: Any) -> None:
    """PyYAML's ``flatten_mapping`` (which puts the merged keys into ``node``), counting the keys it adds
    against :data:`MAX_YAML_MERGED_KEYS`. Each call copies the keys of mappings already flattened, so
    stopping once the count is past the limit bounds the whole load."""
    from yaml import SafeLoader  # noqa: PLC0415

    from pureog.errors import LimitError  # noqa: PLC0415
    from pureog.limits import MAX_YAML_MERGED_KEYS  # noqa: PLC0415

    before = len(node.value)
    SafeLoader.flatten_mapping(self, node)
    self.pureog_merged_keys = getattr(self, "pureog_merged_keys", 0) + max(0, len(node.value) - before)
    if self.pureog_merged_keys > MAX_YAML_MERGED_KEYS:
        raise LimitError(f"the document's YAML merge keys (<<) copy more than {MAX_YAML_MERGED_KEYS:,} keys",
                         path="$")


def loaders() -> tuple[Any, Any]:
    """(fast loader class or None, pure-Python loader class), both with the narrowed implicit types."""
    if "pair" not in _CACHE:
        yaml = import_yaml()
        fast_base = getattr(yaml, "CSafeLoader", None)
        fast = None if fast_base is None else type("DocumentCLoader", (fast_base,), {
            "yaml_implicit_resolvers": _resolvers(fast_base), "flatten_mapping": _bounded_flatten})
        pure = type("DocumentLoader", (yaml.SafeLoader,), {
            "yaml_implicit_resolvers": _resolvers(yaml.SafeLoader), "flatten_mapping": _bounded_flatten})
        _CACHE["pair"] = (fast, pure)
    return _CACHE["pair"]
