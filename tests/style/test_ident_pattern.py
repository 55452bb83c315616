"""The CSS identifier pattern (spelled for a fast ``re.compile``) accepts exactly the intended characters."""

from __future__ import annotations

import re

from pureog.style import parse


def test_identifier_characters_are_unchanged() -> None:
    # The definition: a letter, "_" or a BMP non-ASCII character first; then also digits and "-".
    first = re.compile(r"[A-Za-z_\u0080-\uffff]")
    rest = re.compile(r"[\w\-\u0080-\uffff]")
    ident = parse._IDENT
    samples = list(range(0, 0x3000)) + list(range(0xD000, 0x10000)) + [0x10000, 0x1F600, 0x20000, 0x10FFFF]
    for cp in samples:
        ch = chr(cp)
        expected_first = bool(first.fullmatch(ch))
        assert bool(ident.fullmatch(ch)) == expected_first or ch == "-", hex(cp)
        assert bool(ident.fullmatch("a" + ch)) == bool(rest.fullmatch(ch)), hex(cp)


def test_identifiers_tokenize() -> None:
    tokens = parse.tokenize("solid --x über-fett")
    assert [(t.kind, t.text) for t in tokens] == [("ident", "solid"), ("ident", "--x"), ("ident", "über-fett")]
