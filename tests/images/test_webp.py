"""WebP: laid out as Next.js lays it out (from the size in its header), drawn as a browser draws it."""

from __future__ import annotations

import base64
from pathlib import Path

import pureog
from conformance.pngread import read_rgba

WEBP = (Path(__file__).resolve().parents[2] / "conformance" / "assets" / "photo.webp").read_bytes()
WIDTH, HEIGHT = 40, 30
URI = "data:image/webp;base64," + base64.b64encode(WEBP).decode()


def _card(img_props: dict[str, object]) -> dict[str, object]:
    img = {"type": "img", "props": {"src": URI, **img_props}}
    return {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%"},
                                     "children": [img]}}


def test_a_sized_webp_keeps_its_box_and_draws_the_decoded_picture() -> None:
    """Next's box (40x30 from the attributes), pureog's picture: the decoded WebP stretched to it."""
    from pureog.images.webp import decode_webp_rgba

    card = _card({"width": WIDTH, "height": HEIGHT})
    boxes = pureog.layout_boxes(card, width=120, height=60)
    assert (boxes[1].x, boxes[1].y, boxes[1].width, boxes[1].height) == (0, 0, WIDTH, HEIGHT)
    image = read_rgba(pureog.render_png(card, width=120, height=60, strict=True))  # no warning now
    natural_w, natural_h, rgba = decode_webp_rgba(WEBP)
    # The nearest decoded pixel to each drawn pixel's centre: bicubic resampling moves smooth areas a
    # little and the hard edges (the sun) a lot, so most pixels must be close, none far in the mean.
    diffs = []
    for y in range(HEIGHT):
        for x in range(WIDTH):
            sx, sy = int((x + 0.5) * natural_w / WIDTH), int((y + 0.5) * natural_h / HEIGHT)
            want = rgba[4 * (sy * natural_w + sx) : 4 * (sy * natural_w + sx) + 3]
            got = image.rows[y][4 * x : 4 * x + 3]
            diffs.append(max(abs(a - b) for a, b in zip(want, got, strict=True)))
    assert sum(d <= 16 for d in diffs) >= 0.9 * len(diffs)
    assert sum(diffs) / len(diffs) < 8
    assert image.rows[30][4 * 100 : 4 * 100 + 4] == b"\x00\x00\x00\x00"  # outside the box: nothing


def test_an_unsized_webp_is_laid_out_as_next_does_from_its_natural_size() -> None:
    """Satori 0.29 reads a WebP's size (parseWebP): 100% wide at its 4:3 ratio, as any image; a side
    given alone takes the other from that ratio (Satori's boxes, conformance/layout/satori_boxes.mjs)."""
    boxes = pureog.layout_boxes(_card({}), width=120, height=60)
    assert (boxes[1].width, boxes[1].height) == (120, 90)
    boxes = pureog.layout_boxes(_card({"style": {"height": 20}}), width=120, height=60)
    assert (boxes[1].width, boxes[1].height) == (27, 20)
    boxes = pureog.layout_boxes(_card({"width": 40}), width=120, height=60)
    assert (boxes[1].width, boxes[1].height) == (40, 30)


def test_a_webp_background_is_drawn_at_its_natural_size() -> None:
    from pureog.images.webp import webp_size

    natural_w, natural_h = webp_size(WEBP)
    card = {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                               "backgroundImage": f"url({URI})", "backgroundRepeat": "no-repeat"}}}
    image = read_rgba(pureog.render_png(card, width=120, height=60))
    assert image.rows[natural_h // 2][4 * (natural_w // 2) + 3] == 255  # inside the picture: opaque
    assert image.rows[natural_h // 2][4 * (natural_w + 2) + 3] == 0  # right of it: nothing
