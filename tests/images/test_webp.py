"""WebP as Next.js treats it: accepted, sized as unknown, drawn empty (its resvg decodes no WebP)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

import pureog
from conformance.pngread import read_rgba

WEBP = (Path(__file__).resolve().parents[2] / "conformance" / "assets" / "photo.webp").read_bytes()
URI = "data:image/webp;base64," + base64.b64encode(WEBP).decode()


def _card(img_props: dict[str, object]) -> dict[str, object]:
    img = {"type": "img", "props": {"src": URI, **img_props}}
    return {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%"},
                                     "children": [img]}}


def test_a_sized_webp_keeps_its_box_draws_nothing_and_warns() -> None:
    card = _card({"width": 40, "height": 30})
    with pytest.warns(pureog.RenderWarning, match=r"a WebP image is not drawn, as in Next.js"):
        boxes = pureog.layout_boxes(card, width=120, height=60)
    assert (boxes[1].width, boxes[1].height) == (40, 30)
    with pytest.warns(pureog.RenderWarning):
        png = pureog.render_png(card, width=120, height=60)
    image = read_rgba(png)
    assert set(b"".join(image.rows)) == {0}  # nothing of the picture is drawn


def test_an_unsized_webp_is_100_percent_wide() -> None:
    with pytest.warns(pureog.RenderWarning):
        boxes = pureog.layout_boxes(_card({}), width=120, height=60)
    assert boxes[1].width == 120


def test_strict_mode_refuses_webp() -> None:
    with pytest.raises(pureog.ImageError, match="WebP"):
        pureog.render_png(_card({"width": 40, "height": 30}), width=120, height=60, strict=True)
