"""pureog.svg_export.images: which image fills an ``<image>`` can show, and the embedded PNG."""

from __future__ import annotations

import base64

import png

from pureog.display import Image, ImagePaint
from pureog.geometry import Affine, Rect
from pureog.path import PathBuilder, rect_path
from pureog.svg_export.images import ImageUris, image_rect, is_rect_path

IMAGE = Image(2, 2, bytes([255, 0, 0, 255, 0, 0, 0, 0, 0, 64, 0, 128, 10, 20, 30, 255]))


def test_image_rect_needs_an_axis_aligned_positive_scale() -> None:
    assert image_rect(ImagePaint(IMAGE, Affine(5, 0, 0, 3, 1, 2))) == Rect(1, 2, 10, 6)
    assert image_rect(ImagePaint(IMAGE, Affine(-5, 0, 0, 3, 1, 2))) is None  # flipped
    assert image_rect(ImagePaint(IMAGE, Affine.rotate(0.5))) is None


def test_is_rect_path() -> None:
    r = Rect(1, 2, 3, 4)
    assert is_rect_path(rect_path(r), r)
    assert not is_rect_path(rect_path(Rect(1, 2, 3, 5)), r)
    bow_tie = PathBuilder().move_to(1, 2).line_to(4, 6).line_to(4, 2).line_to(1, 6).close().build()
    assert not is_rect_path(bow_tie, r)
    closed = PathBuilder().move_to(4, 6).line_to(1, 6).line_to(1, 2).line_to(4, 2).line_to(4, 6).close().build()
    assert is_rect_path(closed, r)
    curved = PathBuilder().move_to(1, 2).line_to(4, 2).quad_to(4, 4, 4, 6).line_to(1, 6).close().build()
    assert not is_rect_path(curved, r)


def test_uris_are_straight_alpha_pngs_encoded_once_per_image() -> None:
    uris = ImageUris()
    uri = uris.uri(IMAGE)
    assert uris.uri(IMAGE) is uri
    w, h, rows, _ = png.Reader(bytes=base64.b64decode(uri.removeprefix("data:image/png;base64,"))).asRGBA8()
    pixels = [list(r) for r in rows]
    assert (w, h) == (2, 2)
    # premultiplied (0, 64, 0, 128) is straight (0, 128, 0, 128); a transparent pixel stays 0
    assert pixels == [[255, 0, 0, 255, 0, 0, 0, 0], [0, 128, 0, 128, 10, 20, 30, 255]]
