"""The text-shadow filter works on the band of rows where something paints (raster/dropshadow.painted_rows):
the band is exact, and the filter over the band gives the rows it gives over the whole region."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pureog import caches
from pureog.raster.dropshadow import ShadowPlane, drop_shadows, stays_clear
from pureog.raster.resvg_box import paint_bounds, painted_rows


def _brute(planes: list[bytes | bytearray], width: int, height: int,
           band: tuple[int, int] | None) -> tuple[int, int] | None:
    rows = {y for p in planes for y in range(height) if any(p[y * width : (y + 1) * width])}
    if band is not None:
        rows |= set(range(*band))
    return (min(rows), max(rows) + 1) if rows else None


def test_painted_rows_matches_a_row_by_row_scan() -> None:
    rng = random.Random(11)
    for _ in range(300):
        width, height = rng.randint(1, 9), rng.randint(1, 12)
        planes: list[bytes | bytearray] = []
        for _ in range(rng.randint(0, 3)):
            plane = bytearray(width * height)
            for _ in range(rng.choice((0, 1, 2, 5))):
                plane[rng.randrange(width * height)] = rng.randint(1, 255)
            planes.append(bytes(plane) if rng.random() < 0.5 else plane)
        band = None
        if rng.random() < 0.4:
            a = rng.randrange(height)
            band = (a, rng.randint(a + 1, height))
        assert painted_rows(planes, width, height, band) == _brute(planes, width, height, band)


def test_rows_outside_the_band_come_out_clear() -> None:
    width, height = 7, 9
    rng = random.Random(5)
    source = [bytearray(4 * width) for _ in range(height)]
    for y in (3, 4):
        for x in range(2, 5):
            a = rng.randint(1, 255)
            source[y][4 * x : 4 * x + 4] = bytes((a // 2, a // 3, a, a))
    alpha = bytearray(width * height)
    alpha[5 * width + 3] = 200
    planes = [ShadowPlane(bytes(alpha), (200, 10, 40, 255)), ShadowPlane(bytes(width * height), (1, 2, 3, 128))]
    for keep_source in (True, False):
        assert stays_clear([p.color for p in planes], keep_source, True)
        whole = drop_shadows(source, width, planes, keep_source=keep_source)
        band = painted_rows([p.alpha for p in planes], width, height, (3, 5))
        assert band == (3, 6)
        assert all(row is None for y, row in enumerate(whole) if not band[0] <= y < band[1])
        cut = [ShadowPlane(p.alpha[band[0] * width : band[1] * width], p.color) for p in planes]
        assert drop_shadows(source[band[0] : band[1]], width, cut, keep_source=keep_source) == whole[band[0] : band[1]]


def test_released_layers_come_back_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Layers' buffers are reused within a render (render._Renderer._release): the second and later
    shadows, blurred shadows, a shadow under opacity, translucent boxes and clipped multi-shape SVG
    icons (a layered clip each) draw what fresh layers give."""
    import pureog
    from pureog.raster import render

    tags = [{"span": {"style": {"color": c, "textShadow": s, "opacity": o}, "children": t}}
            for c, s, o, t in (("#fda4af", "0 0 16px #e11d48", 1, "#rust"), ("#fde047", "2px 2px 0 #111", 1, "#go"),
                               ("#86efac", "0 3px 14px #16a34a, 1px 1px 0 red", 0.5, "#zig"),
                               ("#7dd3fc", "0 0 5px #0284c7", 1, "#elixir"))]
    icon = {"type": "svg", "props": {"width": 30, "height": 30, "viewBox": "0 0 24 24", "children": [
        {"type": "circle", "props": {"cx": 12, "cy": 12, "r": 11, "fill": "#f43f5e"}},
        {"type": "path", "props": {"d": "M6 12l4 4 8-8", "stroke": "white", "strokeWidth": 3, "fill": "none"}}]}}
    boxes = [{"div": {"style": {"display": "flex", "opacity": 0.6, "borderRadius": 15, "overflow": "hidden"},
                      "children": [icon]}} for _ in range(3)]
    doc = {"width": 220, "height": 160, "element": {"div": {
        "style": {"display": "flex", "flexWrap": "wrap", "gap": 8, "padding": 10, "width": "100%", "height": "100%",
                  "backgroundColor": "#1e1b4b", "fontSize": 22, "boxShadow": "0 4px 12px rgba(0,0,0,0.5)",
                  "borderRadius": 24, "overflow": "hidden"},
        "children": tags + boxes}}}
    reused = pureog.render_png(doc)
    monkeypatch.setattr(render._Renderer, "_release", lambda self, layer: None)
    assert pureog.render_png(doc) == reused


def _scanned_bounds(plane: bytes | bytearray, width: int) -> tuple[int, int, int, int] | None:
    """The box of a plane's nonzero bytes, found by looking at every pixel (the oracle)."""
    painted = [(i % width, i // width) for i, v in enumerate(plane) if v]
    if not painted:
        return None
    xs, ys = [x for x, _ in painted], [y for _, y in painted]
    return (min(xs), min(ys), max(xs) + 1, max(ys) + 1)


def test_paint_bounds_matches_a_pixel_scan() -> None:
    rng = random.Random(3)
    for _ in range(300):
        width, height = rng.randint(1, 20), rng.randint(1, 9)
        plane = bytearray(width * height)
        for _ in range(rng.choice((0, 1, 2, 6))):
            plane[rng.randrange(width * height)] = rng.randint(1, 255)
        expected = _scanned_bounds(plane, width)
        assert paint_bounds(plane, width, height) == expected
        assert paint_bounds(bytes(plane), width, height) == expected


def test_paint_bounds_of_repeated_rows_matches_a_pixel_scan() -> None:
    """Rows equal to the last row OR-ed in are skipped (a box shadow's rows repeat): bounds unchanged."""
    rng = random.Random(8)
    for _ in range(300):
        width, height = rng.randint(1, 20), rng.randint(1, 12)
        kinds = [bytes(width)] + [bytes(rng.choice((0, 0, rng.randint(1, 255))) for _ in range(width))
                                  for _ in range(2)]
        rows = [rng.choice(kinds)]
        for _ in range(height - 1):
            rows.append(rows[-1] if rng.random() < 0.6 else rng.choice(kinds))
        plane = b"".join(rows)
        expected = _scanned_bounds(plane, width)
        assert paint_bounds(plane, width, height) == expected
        assert paint_bounds(bytearray(plane), width, height) == expected


def test_shadows_of_one_blur_blur_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text's shadows that share a blur and differ in offset or colour blur its alpha once
    (render_filters.shadowed; the blur is a function of the alpha and the deviations alone): three
    6 px shadows and a hard one, two blurs where there were four."""
    import pureog
    from pureog.raster import blur

    doc = {"width": 200, "height": 80, "element": {"div": {
        "style": {"display": "flex", "padding": 16, "width": "100%", "height": "100%", "backgroundColor": "#1e1b4b",
                  "fontSize": 32, "color": "#fdf4ff",
                  "textShadow": "2px 2px 6px #e11d48, -3px 1px 6px #0284c7, 0 0 6px #16a34a, 1px 1px 0 red"},
        "children": "Glow"}}}
    calls: list[tuple[float, float]] = []
    real = blur.resvg_blur_plane

    def counted(plane: bytes, w: int, h: int, sx: float, sy: float, spend: Any = None) -> bytes | bytearray:
        calls.append((sx, sy))
        return real(plane, w, h, sx, sy, spend)

    monkeypatch.setattr(blur, "resvg_blur_plane", counted)
    caches.clear()  # (a blur kept from an earlier render is not blurred again: raster/kept_blurs.py)
    pureog.render_png(doc)
    assert sorted(calls) == [(0.0, 0.0), (3.0, 3.0)]


def test_a_text_met_again_elsewhere_keeps_its_blurs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text shadow's blur is kept by the source's bytes over the filter region, which lies around the
    text: the same tags drawn at other whole-pixel places blur nothing again, and every render's pixels
    are those of a render with nothing kept (first sight, kept, and kept in the other order)."""
    import pureog
    from pureog.raster import blur, shadow_planes

    def card(pad: int) -> dict[str, Any]:
        return {"width": 360, "height": 170, "element": {"div": {
            "style": {"display": "flex", "gap": 12, "padding": pad, "width": "100%", "height": "100%",
                      "backgroundColor": "#1e1b4b", "fontSize": 24, "fontWeight": 700},
            "children": [{"span": {"style": {"color": c, "textShadow": s}, "children": t}}
                         for c, s, t in (("#fda4af", "0 0 12px #e11d48", "#rust"),
                                         ("#e5e7eb", "2px 2px 0 #111827, 0 0 10px #6b7280", "#lua"))]}}}

    calls: list[tuple[float, float]] = []
    real = blur.resvg_blur_plane

    def counted(plane: bytes, w: int, h: int, sx: float, sy: float, spend: Any = None) -> bytes | bytearray:
        if max(sx, sy) > 0:
            calls.append((sx, sy))
        return real(plane, w, h, sx, sy, spend)

    monkeypatch.setattr(blur, "resvg_blur_plane", counted)
    built: list[int] = []
    real_planes = shadow_planes.shadow_planes

    def counted_planes(*args: Any, **kwargs: Any) -> Any:
        built.append(1)
        return real_planes(*args, **kwargs)

    monkeypatch.setattr(shadow_planes, "shadow_planes", counted_planes)
    fresh = {}
    for pad in (50, 61):
        caches.clear()
        fresh[pad] = pureog.render_png(card(pad))
    caches.clear()
    calls.clear()
    built.clear()
    for pad in (50, 61, 50):
        assert pureog.render_png(card(pad)) == fresh[pad]
    assert len(calls) == 2  # the two glows, once each
    assert len(built) == 2  # the two filters' planes and their union, once each
    caches.clear()
    for pad in (61, 50):
        assert pureog.render_png(card(pad)) == fresh[pad]


def test_a_shadow_under_2_px_is_blurred_each_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """An IIR blur (deviation under 2 px) charges its work to the render's budget as it runs, so neither
    it nor its filter's planes are kept (kept_blurs): a render's outcome does not depend on an earlier one."""
    import pureog
    from pureog.raster import blur

    doc = {"width": 200, "height": 80, "element": {"div": {
        "style": {"display": "flex", "padding": 16, "width": "100%", "height": "100%", "backgroundColor": "#1e1b4b",
                  "fontSize": 32, "color": "#fdf4ff", "textShadow": "0 0 3px #e11d48, 0 0 12px #0284c7"},
        "children": "Glow"}}}
    calls: list[tuple[float, float]] = []
    real = blur.iir_blur_plane

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[3:5])
        return real(*args, **kwargs)

    monkeypatch.setattr(blur, "iir_blur_plane", counted)
    caches.clear()
    first = pureog.render_png(doc)
    assert pureog.render_png(doc) == first
    assert len(calls) == 2
