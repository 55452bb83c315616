"""A filter's result over its backdrop kept across renders (raster/kept_results.py): written again only
where every byte it was made from is equal, and every render's pixels those of a render with nothing kept."""

from __future__ import annotations

import random
from typing import Any

import pytest

import pureog
from pureog import caches, limits
from pureog.raster import dropshadow, kept_results, mask_geometry
from pureog.raster.scan import Mask


def test_clip_window_is_the_clips_coverage_over_the_box() -> None:
    rng = random.Random(5)
    for _ in range(400):
        cw, ch = rng.randint(1, 9), rng.randint(1, 7)
        rows: list[bytes | None] = [None if rng.random() < 0.2 else bytes(rng.choice((0, 9, 255)) for _ in range(cw))
                                    for _ in range(ch)]
        clip = Mask(rng.randint(-3, 6), rng.randint(-3, 6), cw, ch, rows)
        x0, y0 = rng.randint(-4, 10), rng.randint(-4, 10)
        x1, y1 = x0 + rng.randint(1, 8), y0 + rng.randint(1, 8)
        window = kept_results.clip_window(clip, x0, y0, x1, y1)
        assert window is not None and len(window) == y1 - y0
        for y, row in enumerate(window, y0):
            expected = bytes(clip.coverage(x, y) for x in range(x0, x1))
            assert (row if row is not None else bytes(x1 - x0)) == expected
    assert kept_results.clip_window(None, 0, 0, 3, 3) is None


def _tags(pad: int, background: str = "#1e1b4b", color: str = "#fda4af") -> dict[str, Any]:
    return {"width": 360, "height": 170, "element": {"div": {
        "style": {"display": "flex", "gap": 12, "padding": pad, "width": "100%", "height": "100%",
                  "backgroundColor": background, "fontSize": 24, "fontWeight": 700},
        "children": [{"span": {"style": {"color": c, "textShadow": s}, "children": t}}
                     for c, s, t in ((color, "0 0 12px #e11d48", "#rust"),
                                     ("#e5e7eb", "2px 2px 0 #111827, 0 0 10px #6b7280", "#lua"))]}}}


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """A list that grows by one each time ``module.name`` is called (the function still runs)."""
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls

def _fresh_renders(variants: dict[str, Any]) -> dict[str, bytes]:
    """Each document's PNG with nothing kept before it; the caches are left empty."""
    fresh = {}
    for name, doc in variants.items():
        caches.clear()
        fresh[name] = pureog.render_png(doc)
    caches.clear()
    return fresh

def test_a_text_shadow_met_again_writes_its_kept_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same tags over the same backdrop at other whole-pixel places look no pixel up again (their
    spans are written from the kept result); another backdrop colour or another text colour over the
    same alpha is looked up again. Every render's bytes are those of a render with nothing kept."""
    calls = _counted(monkeypatch, dropshadow, "drop_shadow_spans")
    variants = {"50": _tags(50), "61": _tags(61), "back": _tags(50, background="#0f172a"),
                "colour": _tags(50, color="#fde047")}
    fresh = _fresh_renders(variants)
    calls.clear()
    for name in ("50", "61", "50"):
        assert pureog.render_png(variants[name]) == fresh[name]
    assert len(calls) == 2  # the two filters, once each: met again at 61 and 50, written from the kept result
    for name in ("back", "colour"):
        calls.clear()
        assert pureog.render_png(variants[name]) == fresh[name]
        assert len(calls) >= 1  # (another backdrop, another source colour: looked up)
    calls.clear()
    assert pureog.render_png(variants["50"]) == fresh["50"]
    assert calls == []  # (results kept per planes: the earlier backdrop's still there)


def _boxed(background: str = "#eef2f7", top: int = 0) -> dict[str, Any]:
    box = {"div": {"style": {"width": 160, "height": 90, "borderRadius": 16, "backgroundColor": "white",
                             "marginTop": top, "boxShadow": "0 4px 12px rgba(15, 23, 42, 0.35)"}}}
    return {"width": 320, "height": 220, "element": {"div": {
        "style": {"display": "flex", "alignItems": "center", "justifyContent": "center", "width": "100%",
                  "height": "100%", "backgroundColor": background}, "children": [box]}}}


def test_a_box_shadow_met_again_writes_its_kept_fill(monkeypatch: pytest.MonkeyPatch) -> None:
    """A box shadow's blurred plane (kept by its source) filled over the same backdrop bytes writes the
    bytes kept, at another whole-pixel place too; another backdrop fills again. Bytes equal a render
    with nothing kept."""
    calls = _counted(monkeypatch, mask_geometry, "split_gaps")
    variants = {"plain": _boxed(), "moved": _boxed(top=6), "back": _boxed("#1e1b4b")}
    fresh = _fresh_renders(variants)
    calls.clear()
    assert pureog.render_png(variants["plain"]) == fresh["plain"]
    assert len(calls) == 1
    for name in ("plain", "moved"):
        calls.clear()
        assert pureog.render_png(variants[name]) == fresh[name]
        assert calls == []  # written from the kept fill
    calls.clear()
    assert pureog.render_png(variants["back"]) == fresh["back"]
    assert len(calls) == 1  # (the same kept plane over another backdrop)
    for name in ("back", "plain"):
        calls.clear()
        assert pureog.render_png(variants[name]) == fresh[name]
        assert calls == []


def test_a_kept_fill_is_written_only_through_the_same_clip_coverage() -> None:
    """The clip's coverage over the plane's painted box is part of what a kept fill is checked against:
    another coverage there (a clip cutting the shadow elsewhere) is no hit, the same coverage at another
    place is, and a hit writes the bytes after the fill where the bytes before it are found."""
    caches.clear()
    owner = bytearray(b"plane")
    stride = 4 * 40
    target = bytearray(range(256)) * (stride * 30 // 256 + 1)
    del target[stride * 30 :]
    clip = Mask(0, 0, 40, 30, [bytes(range(i, i + 40)) for i in range(30)])
    box = (2, 3, 12, 9)  # the plane's painted box, relative to the region's first pixel at (5, 4)
    rows = [(o, bytes(target[o : o + 40]), bytes(40 - k for k in range(40))) for o in (
        (4 + 3 + i) * stride + 4 * (5 + 2) for i in range(6))]
    kept_results.keep_fill(owner, 0, ("p",), box, clip, (5, 4), stride, rows, limits.NO_CHARGE, limits.kept_name())
    other = Mask(0, 0, 40, 30, [bytes(range(i, i + 40)) if i != 10 else bytes(40) for i in range(30)])
    assert not kept_results.replay_fill(owner, ("p",), other, (5, 4), target, stride)  # (row 10: cut)
    assert not kept_results.replay_fill(owner, ("q",), clip, (5, 4), target, stride)
    assert not kept_results.replay_fill(bytearray(b"plane"), ("p",), clip, (5, 4), target, stride)
    moved = Mask(1, 0, 40, 30, [bytes(range(i, i + 40)) for i in range(30)])  # (the same coverage a pixel right)
    before = bytes(target)
    assert not kept_results.replay_fill(owner, ("p",), moved, (6, 4), target, stride)  # (other bytes below)
    assert target == before
    assert kept_results.replay_fill(owner, ("p",), clip, (5, 4), target, stride)
    for o, _, after in rows:
        assert target[o : o + 40] == after
    assert target[: rows[0][0]] == before[: rows[0][0]]


def test_nothing_is_kept_at_a_budget_of_zero() -> None:
    """At the smallest budget the results are not kept (each is over its share) and pixels are unchanged."""
    caches.clear()
    fresh = pureog.render_png(_tags(50))
    try:
        caches.set_budget(0)
        caches.clear()
        assert pureog.render_png(_tags(50)) == fresh
        assert pureog.render_png(_tags(50)) == fresh
        assert not kept_results._KEPT
    finally:
        caches.set_budget(None)


def test_a_large_cut_of_the_same_masks_is_kept_across_renders() -> None:
    """A cut over KEPT_SIDE px (the per-render table leaves it out) of the same two mask objects is the
    same cut object on a later render (raster/kept_cuts.py), equal to blend.intersect; equal masks in
    other objects are cut again, to equal rows."""
    from pureog.raster import blend
    from pureog.raster.shape_repeats import KEPT_SIDE, ShapeRepeats

    rng = random.Random(3)
    side = KEPT_SIDE + 40
    rows = [None if rng.random() < 0.1 else bytes(rng.choice((0, 0, 80, 255)) for _ in range(side))
            for _ in range(side)]
    mask = Mask(5, 7, side, side, rows, crossings=11)
    clip = Mask(0, 0, side, side + 20, [bytes(rng.choice((0, 255, 255, 128)) for _ in range(side))
                                         for _ in range(side + 20)], crossings=5)
    caches.clear()
    first = ShapeRepeats().intersect(mask, clip)
    assert first is not None
    box = (5, 7, side, side + 20)
    m, c = mask_geometry.crop(mask, box), mask_geometry.crop(clip, box)
    assert m is not None and c is not None
    expected = blend.intersect(m, c)  # (what the table's large-cut branch gave before it was kept)
    assert expected is not None and first.rows == expected.rows and first.crossings == expected.crossings
    assert (first.x, first.y, first.width, first.height) == (expected.x, expected.y, expected.width, expected.height)
    assert ShapeRepeats().intersect(mask, clip) is first
    twin = Mask(clip.x, clip.y, clip.width, clip.height, list(clip.rows), crossings=clip.crossings)
    again = ShapeRepeats().intersect(mask, twin)
    assert again is not first and again is not None and again.rows == first.rows


def test_a_dashed_border_inside_its_rounded_box_draws_as_with_nothing_kept() -> None:
    """The effects card's dashed border cut to its rounded box: drawn from the kept cut, the bytes of a
    render with nothing kept, and the cut is kept."""
    from pureog.raster import kept_cuts

    doc = {"width": 420, "height": 300, "element": {"div": {
        "style": {"display": "flex", "alignItems": "center", "justifyContent": "center", "width": "100%",
                  "height": "100%", "backgroundColor": "#eef2f7"},
        "children": [{"div": {"style": {"width": 320, "height": 280, "borderRadius": 32, "backgroundColor": "white",
                                        "border": "4px dashed #94a3b8"}}}]}}}
    caches.clear()
    fresh = pureog.render_png(doc)
    assert kept_cuts._KEPT
    assert pureog.render_png(doc) == fresh
    assert pureog.render_png(doc) == fresh


def test_a_kept_result_charges_the_paint_budget_as_its_work_did() -> None:
    """A render's outcome must not depend on what an earlier one kept: a kept cut, fill or composite
    charges the render's paint budget what the work it stands for charged (a cut of rows over 256 px
    with many partial pixels charges blend._product's work)."""
    from pureog.raster.shape_repeats import KEPT_SIDE, ShapeRepeats

    rng = random.Random(9)
    side = KEPT_SIDE + 60
    mask = Mask(0, 0, side, 40, [bytes(rng.randint(1, 254) for _ in range(side)) for _ in range(40)])
    clip = Mask(0, 0, side, 40, [bytes(rng.randint(1, 254) for _ in range(side)) for _ in range(40)])

    def spent(work: Any) -> int:
        with limits.paint_budget(4000, 4000):
            work()
            return limits.paint_work_limit(4000, 4000) - (limits.paint_work_left() or 0)

    caches.clear()
    first = spent(lambda: ShapeRepeats().intersect(mask, clip))
    assert first > 0
    assert spent(lambda: ShapeRepeats().intersect(mask, clip)) == first  # (the kept cut)
    owner = bytearray(b"plane")
    target = bytearray(64)
    kept_results.keep_fill(owner, 0, ("p",), (0, 0, 1, 1), None, (0, 0), 16, [(0, bytes(4), b"abcd")], (77, ()),
                           limits.kept_name())
    assert spent(lambda: kept_results.replay_fill(owner, ("p",), None, (0, 0), target, 16)) == 77
    assert target[:4] == b"abcd"

    def twice() -> None:  # (a second replay in the render charges nothing: once a render)
        for _ in range(2):
            target[:4] = bytes(4)
            assert kept_results.replay_fill(owner, ("p",), None, (0, 0), target, 16)

    assert spent(twice) == 77
    shadow = bytearray(b"planes")
    kept_results.keep(shadow, 0, [bytearray(8)], [bytearray(8)], [(1, b"wxyz")], 32, 0, (55, ()), limits.kept_name())
    target = bytearray(64)
    assert spent(lambda: kept_results.replay(shadow, bytearray(64), target, 32, 0)) == 55
    assert target[4:8] == b"wxyz"
