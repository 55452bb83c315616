"""The class parser and list resolver against the real twrnc: every query of the committed corpus
(``twrnc_corpus.json``, written by ``tools/gen_tailwind.py --corpus`` from Next.js's bundle) must give
the same style, key order included, and the same console warnings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pureog.style.tailwind.resolve import ClassListResolver

CORPUS: list[dict[str, Any]] = json.loads((Path(__file__).parent / "twrnc_corpus.json").read_text())


def _plain(style: Any) -> Any:
    return json.loads(json.dumps(dict(style)))


def test_corpus_is_large() -> None:
    assert len(CORPUS) > 1000


@pytest.mark.parametrize("chunk", range(8))
def test_styles_match_twrnc(chunk: int) -> None:
    mismatches = []
    for row in CORPUS[chunk::8]:
        got = ClassListResolver(row["width"], row["height"]).resolve(row["classes"])
        style = _plain(got.style)
        if style != row["style"] or list(style) != list(row["style"]):
            mismatches.append((row["classes"], row["width"], row["style"], style))
    assert not mismatches, mismatches[:5]


@pytest.mark.parametrize("chunk", range(4))
def test_warnings_match_twrnc(chunk: int) -> None:
    mismatches = []
    for row in CORPUS[chunk::4]:
        got = ClassListResolver(row["width"], row["height"]).resolve(row["classes"])
        if list(got.log) != row["warnings"]:
            mismatches.append((row["classes"], row["warnings"], got.log))
    assert not mismatches, mismatches[:5]


@pytest.mark.parametrize(("classes", "style"), [
    ("p-4", {"paddingTop": 16.0, "paddingRight": 16.0, "paddingBottom": 16.0, "paddingLeft": 16.0}),
    ("w-13", {"width": 52.0}),  # a number off the scale is a quarter rem
    ("w-[13px] h-[13] p-[3]", {"width": 13.0, "height": 52.0, "paddingTop": 3.0, "paddingRight": 3.0,
                                "paddingBottom": 3.0, "paddingLeft": 3.0}),  # brackets: raw px only in spacing
    ("bg-red-500/50", {"backgroundColor": "rgba(239, 68, 68, 0.5)"}),
    ("text-xl leading-tight", {"fontSize": 20.0, "lineHeight": 25.0}),
    ("rounded-t-lg", {"borderTopLeftRadius": 8.0, "borderTopRightRadius": 8.0}),
    ("h-w-4", {"width": 16.0}),  # the prefix walk goes on after a failed h-
])
def test_examples(classes: str, style: dict[str, object]) -> None:
    assert dict(ClassListResolver(1200, 630).resolve(classes).style) == style


def test_cache_drops_prefix_order_within_a_render() -> None:
    resolver = ClassListResolver(1200, 630)
    assert resolver.resolve("md:p-2 p-4").style["paddingTop"] == 8.0  # ordered: md applies last
    resolver.resolve("p-2")  # now cached bare ...
    assert resolver.resolve("md:p-2 p-3").style["paddingTop"] == 12.0  # ... so md:p-2 applies in place


def test_unknown_classes_are_named() -> None:
    resolved = ClassListResolver(1200, 630).resolve("flex gap-4 hover:p-2 xl:p-2 bg-gradient-to-r")
    assert resolved.unknown == ("gap-4", "hover:p-2", "bg-gradient-to-r")
    assert dict(resolved.style) == {"display": "flex"}
