"""Whole renders: dashed borders, underline and debug overlays reach the PNG."""

from __future__ import annotations

from conformance.pngread import read_rgba
from pureog import render_png


def pixel(png: bytes, x: int, y: int) -> tuple[int, ...]:
    image = read_rgba(png)
    return tuple(image.rows[y][4 * x : 4 * x + 4])


def doc(child_style: dict[str, object], text: str | None = None) -> dict[str, object]:
    child: dict[str, object] = {"style": child_style}
    if text is not None:
        child["children"] = text
    return {
        "width": 100,
        "height": 60,
        "element": {"div": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                      "backgroundColor": "white"}, "children": [{"div": child}]}},
    }  # fmt: skip


def test_dashed_border_has_gaps() -> None:
    png = render_png(doc({"width": 90, "height": 50, "border": "4px dashed #000"}))
    top_row = [pixel(png, x, 1)[0] for x in range(0, 90)]
    assert top_row[2] == 0  # dash: 8 px on from the corner
    assert top_row[10] == 255  # gap: 4 px off
    assert top_row[14] == 0


def test_debug_draws_element_boxes() -> None:
    plain = render_png(doc({"width": 40, "height": 20}))
    debug = render_png(doc({"width": 40, "height": 20}), debug=True)
    assert pixel(plain, 20, 0) == (255, 255, 255, 255)
    r, g, b, _ = pixel(debug, 20, 0)
    assert r == 255 and g < 220 and b < 220  # #ff5757 half covering the top row


def test_underline_sits_below_the_baseline() -> None:
    plain = render_png(doc({"fontSize": 20}, "___"))
    under = render_png(doc({"fontSize": 20, "textDecoration": "underline #f00"}, "___"))
    changed = [(x, y) for y in range(60) for x in range(100) if pixel(plain, x, y) != pixel(under, x, y)]
    assert changed
    assert all(pixel(under, x, y)[0] > pixel(under, x, y)[1] for x, y in changed[:20])  # red
