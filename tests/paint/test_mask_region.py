"""The mask region of a moved element's masked <g> (pureog/paint/effects.py: mask_region)."""

from __future__ import annotations

import pytest

from pureog.document.model import Element
from pureog.geometry import Affine, Rect
from pureog.paint.effects import mask_region
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle

SQUARE = ((0.0, 0.0),) * 4
BOX = Rect(40.0, 20.0, 46.0, 72.0)
PICTURE = Rect(45.0, 30.0, 30.0, 48.0)


def _tuple(r: Rect | None) -> tuple[float, ...]:
    assert r is not None
    return (r.x, r.y, r.width, r.height)


def style(declarations: dict[str, object]) -> ComputedStyle:
    return cascade(Element("div", tuple(declarations.items()), (), (), "$", "$.style"), width=100, height=100).style


def test_straight_sides_leave_the_picture_alone_in_the_box() -> None:
    sides = style({"borderWidth": "10px 11px 14px 5px", "borderStyle": "solid", "borderColor": "darkred"})
    region = mask_region(sides, BOX, SQUARE, Affine.scale(0.5, 0.5), (PICTURE,))
    # the picture's box through the matrix, 10 % wider on each side: the borders' sides count for nothing
    assert _tuple(region) == pytest.approx((22.5 - 1.5, 15.0 - 2.4, 18.0, 28.8))


def test_a_border_with_area_or_a_background_widens_it() -> None:
    ring = style({"borderWidth": "6px", "borderStyle": "solid", "borderColor": "red"})
    assert _tuple(mask_region(ring, BOX, SQUARE, Affine.translate(0.0, 0.0), (PICTURE,))) == pytest.approx(
        (BOX.x - 4.6, BOX.y - 7.2, BOX.width * 1.2, BOX.height * 1.2))
    plain = style({})
    assert _tuple(mask_region(plain, BOX, SQUARE, Affine.translate(1.0, 0.0), (BOX, PICTURE))) == pytest.approx(
        (BOX.x + 1.0 - 4.6, BOX.y - 7.2, BOX.width * 1.2, BOX.height * 1.2))
    assert mask_region(plain, BOX, SQUARE, Affine.translate(1.0, 0.0), ()) is None  # no box: no mask at all
