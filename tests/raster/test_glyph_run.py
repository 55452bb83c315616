"""Glyph runs filled as joined masks (pureog/raster/glyph_run.py) draw what the glyphs drawn one by one did."""

from __future__ import annotations

import random

import pytest

from pureog import caches
from pureog.color import Color
from pureog.display import DisplayList, FillPath, GradientStop, Group, LinearGradientPaint, SolidPaint, SpreadMethod
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster import blend, glyph_run
from pureog.raster.glyph_run import RUN_MAX, join_masks
from pureog.raster.render import render
from pureog.raster.scan import Mask


def _blob(rng: random.Random, x: int, y: int, w: int, h: int) -> Mask:
    """A glyph-like mask: a clear margin, anti-aliased edges, a full inside, some empty rows."""
    rows: list[bytes | None] = []
    for _ in range(h):
        if rng.random() < 0.1:
            rows.append(None)
            continue
        lo, hi = sorted((rng.randrange(w), rng.randrange(w)))
        rows.append(bytes(0 if i < lo or i > hi else rng.choice((255, 255, rng.randrange(1, 255)))
                          for i in range(w)))
    return Mask(x, y, w, h, rows)


def test_joined_masks_fill_like_the_masks_in_turn() -> None:
    """Masks in paint order, boxes apart, touching (overlapping columns, no common pixel) and overlapping
    (a common pixel: the run is cut there), over a varying destination, opaque and translucent."""
    rng = random.Random(5)
    w, h = 90, 40
    row = b"".join(bytes((x * 2, 255 - x * 2, x % 7 * 30, 255)) for x in range(w))
    for trial in range(60):
        masks = []
        x = 0
        for _ in range(rng.randrange(1, 9)):
            mw, mh = rng.randrange(3, 14), rng.randrange(3, 20)
            x = max(0, min(w - mw, x + rng.randrange(-4, 10)))
            masks.append(_blob(rng, x, rng.randrange(0, h - mh), mw, mh))
            x += mw
        color = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)
        if trial % 3 == 0:
            color = blend.premultiply(*color[:3], rng.randrange(1, 255))
        expected = bytearray(row * h)
        for mask in masks:
            blend.fill_solid(expected, 4 * w, mask, color)
        joined = join_masks(masks)
        assert len(joined) <= len(masks)
        data = bytearray(row * h)
        for mask in joined:
            blend.fill_solid(data, 4 * w, mask, color)
        assert data == expected, trial


def test_masks_sharing_a_pixel_are_not_joined() -> None:
    a = Mask(0, 0, 3, 1, [b"\x00\x80\xff"])
    b = Mask(2, 0, 3, 1, [b"\x10\x80\x00"])  # both cover x = 2
    c = Mask(2, 1, 3, 1, [b"\x10\x80\x00"])  # another row
    assert join_masks([a, b]) == [a, b]
    joined = join_masks([a, c])
    assert joined == [Mask(0, 0, 5, 2, [b"\x00\x80\xff\x00\x00", b"\x00\x00\x10\x80\x00"])]


def _glyphs(shift: float) -> list[Group]:
    """Glyph-like groups: a translation around one solid fill, overlapping, touching, colours changing."""
    white, pink = SolidPaint(Color(255, 255, 255)), SolidPaint(Color(250, 120, 200))
    shapes = [ellipse_path(4, 5, 3.7, 4.6), rect_path(Rect(0.3, 0.6, 5.2, 8.1)), ellipse_path(3, 3, 2.6, 2.9)]
    groups = []
    for i in range(24):
        paint = pink if i in (9, 10, 17) else white
        at = Affine.translate(2 + i * 5.6 + shift, 3 + (i // 8) * 9.3)
        groups.append(Group((FillPath(shapes[i % 3], paint),), transform=at))
    return groups


def test_glyph_runs_render_like_glyphs_one_by_one() -> None:
    """The renderer's joined runs against the same glyphs each wrapped in one more group (which the
    renderer draws one by one), over a gradient."""
    stops = (GradientStop(0.0, Color(15, 23, 42)), GradientStop(1.0, Color(190, 24, 93)))
    sky = LinearGradientPaint(0, 0, 150, 40, stops, SpreadMethod.PAD)
    background = FillPath(rect_path(Rect(0, 0, 150, 40)), sky)
    for shift in (0.0, 0.3, 0.71):
        glyphs = _glyphs(shift)
        joined = render(DisplayList(150, 40, Group((background, *glyphs))))
        apart = render(DisplayList(150, 40, Group((background, *(Group((g,)) for g in glyphs)))))
        assert joined.data == apart.data


def test_a_long_text_is_joined_in_bounded_runs() -> None:
    """A paragraph's glyphs are joined RUN_MAX at a time (the box tests grow with a run's square)."""
    rng = random.Random(9)
    masks = [_blob(rng, 6 * (i % 40), 12 * (i // 40), 5, 10) for i in range(2 * RUN_MAX + 5)]
    joined = join_masks(masks)
    assert len(joined) == 3
    w, h = 240, 12 * ((len(masks) + 39) // 40)
    row = b"".join(bytes((x, 255 - x, x % 5 * 50, 255)) for x in range(w))
    expected, data = bytearray(row * h), bytearray(row * h)
    for mask in masks:
        blend.fill_solid(expected, 4 * w, mask, (240, 240, 240, 255))
    for mask in joined:
        blend.fill_solid(data, 4 * w, mask, (240, 240, 240, 255))
    assert data == expected


def test_joined_masks_are_kept_for_the_same_mask_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same glyph mask objects (path_mask's cache gives them again) join to the kept masks; equal
    masks that are other objects are joined again (identity, not content, is the key), with equal
    results; past the budget every kept join is dropped."""
    monkeypatch.setattr(glyph_run, "_JOINED", caches.Budgeted(caches.Limit("test.joined", 4 << 20)))
    rng = random.Random(11)
    masks = [_blob(rng, 12 * i, 3, 10, 16) for i in range(6)]
    first = join_masks(masks)
    assert join_masks(list(masks)) is first
    copies = [Mask(m.x, m.y, m.width, m.height, list(m.rows)) for m in masks]
    again = join_masks(copies)
    assert again is not first and again == first
    glyph_run._JOINED.limit.value = 1
    join_masks(masks[:3])
    assert len(glyph_run._JOINED) == 1



def test_glyphs_sharing_a_paint_draw_as_glyphs_with_a_paint_each() -> None:
    """The renderer premultiplies a solid paint once for the fills that share the paint object (a
    text's glyphs): glyphs alternating between a shared translucent paint, a shared transparent one
    and others draw exactly what the same glyphs draw with a paint object of their own each."""
    colors = [Color(37, 99, 235, 0.6), Color(200, 10, 10, 0.0), Color(9, 9, 9, 1.0)]
    order = [0, 0, 1, 0, 1, 1, 2, 0, 0, 2]
    shared = [SolidPaint(c) for c in colors]

    def glyphs(paint: list[SolidPaint] | None) -> Group:
        return Group(tuple(
            Group((FillPath(ellipse_path(4.5, 6, 4.5, 6), shared[k] if paint is None else SolidPaint(colors[k])),),
                  transform=Affine.translate(2 + 4.5 * i, 4 + (i % 3)))
            for i, k in enumerate(order)))

    together = render(DisplayList(56, 20, glyphs(None)))
    assert together.data == render(DisplayList(56, 20, glyphs([]))).data
    assert any(together.data)
