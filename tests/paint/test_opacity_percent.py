"""A percentage opacity: NaN down the tree (Satori's number times the text "50%"), drawn opaque."""

from __future__ import annotations

import math
import warnings

import pureog
from pureog.paint.build import drawn_opacity


def _card(child_opacity: float | None) -> dict[str, object]:
    child: dict[str, object] = {"width": 40, "height": 20, "backgroundColor": "red"}
    if child_opacity is not None:
        child["opacity"] = child_opacity
    return {"width": 80, "height": 60, "element": {"type": "div", "props": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "blue", "opacity": "50%"},
        "children": [{"type": "div", "props": {"style": child}}]}}}


def test_drawn_opacity_reads_nan_as_opaque() -> None:
    assert drawn_opacity(math.nan) == 1.0
    assert drawn_opacity(0.25) == 0.25


def test_descendants_of_a_percentage_opacity_ignore_their_own() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert pureog.render(_card(0.4)) == pureog.render(_card(None))


def test_a_percentage_under_opacity_zero_is_drawn() -> None:
    hidden = _card(None)
    hidden["element"]["props"]["style"]["opacity"] = 0  # type: ignore[index]
    hidden["element"]["props"]["children"][0]["props"]["style"]["opacity"] = "50%"  # type: ignore[index]
    empty = _card(None)
    empty["element"]["props"]["style"]["opacity"] = 0  # type: ignore[index]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert pureog.render(hidden) != pureog.render(empty)
