"""raster/kept_backdrop.py: the canvas after a card's backdrop (the root's leading shapes drawn in place)
is kept when two renders in a row draw it, and a later render whose root begins with equal nodes starts
from it: the pixels and the paint budget charged are those of drawing it, whatever comes after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from pureog import caches, limits
from pureog.color import Color
from pureog.display import Clip, DisplayList, FillPath, GradientStop, Group, LinearGradientPaint, Node, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.path import ellipse_path, rect_path
from pureog.raster import kept_backdrop, render

W, H = 120, 80
WHOLE = rect_path(Rect(0, 0, W, H))
BACK = FillPath(WHOLE, SolidPaint(Color(15, 23, 42)))


def _scrim(alpha: float) -> FillPath:
    stops = (GradientStop(0.0, Color(2, 6, 23, alpha)), GradientStop(1.0, Color(2, 6, 23, 0.0)))
    return FillPath(WHOLE, LinearGradientPaint(0, H, 0, 0, stops))


PHOTO = Group((FillPath(WHOLE, LinearGradientPaint(0, 0, W, H, (GradientStop(0.0, Color(200, 120, 40)),
                                                                GradientStop(1.0, Color(20, 90, 160))))),),
              clip=Clip(ellipse_path(W / 2, H / 2, W / 2 - 3.3, H / 2 - 2.7)))


def _glyph(x: float, y: float, colour: Color) -> Group:
    """A glyph as paint builds one: a translated group around a solid anti-aliased fill."""
    return Group((FillPath(ellipse_path(4.2, 5.1, 3.7, 4.9), SolidPaint(colour)),), transform=Affine.translate(x, y))


def _card(title: float, alpha: float = 0.9) -> DisplayList:
    """A photo card: a colour, a clipped picture, a scrim, then a 'title' (glyphs at ``title`` px)."""
    text: tuple[Node, ...] = tuple(_glyph(title + 9.3 * i, 50.4, Color(255, 255, 255)) for i in range(6))
    return DisplayList(W, H, Group((Group((BACK,)), Group((PHOTO,)), Group((_scrim(alpha),)), *text,
                                    FillPath(rect_path(Rect(5, 5, 30, 9)), SolidPaint(Color(251, 191, 36, 0.7))))))


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    caches.clear()
    yield
    caches.clear()


@contextmanager
def _spent(into: list[int]) -> Iterator[None]:
    """render.paint_budget, recording the paint work the render charged."""
    with limits.paint_budget(W, H):
        yield
        into.append(limits.paint_work_limit(W, H) - (limits.paint_work_left() or 0))


def _drawn(display_list: DisplayList, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, int, int]:
    """The pixels, the paint work charged and how many fills were drawn."""
    spent: list[int] = []
    fills: list[int] = []
    fill = render._Renderer.fill

    def counted(self: render._Renderer, *args: object) -> None:
        fills.append(1)
        fill(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(render, "paint_budget", lambda w, h: _spent(spent))
    monkeypatch.setattr(render._Renderer, "fill", counted)
    try:
        pixels = bytes(render.render(display_list).data)
    finally:
        monkeypatch.undo()
    return pixels, spent[0], len(fills)


def _fresh_pixels(display_list: DisplayList, monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, int, int]:
    caches.clear()
    return _drawn(display_list, monkeypatch)


def test_the_backdrop_is_the_leading_shapes_drawn_in_place() -> None:
    assert kept_backdrop.backdrop_length(_card(20.0).root) == 3
    moved = Group((Group((BACK,)), Group((PHOTO,), transform=Affine.translate(1, 0)), Group((_scrim(0.9),))))
    assert kept_backdrop.backdrop_length(moved) == 1
    assert kept_backdrop.backdrop_length(Group((Group((BACK,), opacity=0.5), Group((PHOTO,))))) == 0
    assert kept_backdrop.backdrop_length(Group((Group((BACK,)),), opacity=0.5)) == 0  # the root a layer
    assert kept_backdrop.backdrop_length(Group((_glyph(1, 1, Color(0, 0, 0)), Group((BACK,))))) == 0


def test_a_template_card_with_a_new_title_starts_from_the_kept_backdrop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cards in a row keep the backdrop; the third, with another title, draws only what follows it
    (one fill and the glyphs, not four fills), and its pixels and paint work are those of drawing it all."""
    first = _drawn(_card(20.0), monkeypatch)
    assert not kept_backdrop._KEPT  # met once: nothing kept
    second = _drawn(_card(20.0), monkeypatch)
    assert second[0] == first[0] and len(kept_backdrop._KEPT) == 1
    for title in (21.37, 20.0, 40.5):
        for _ in range(2):  # the backdrop drawn (the second time with every other cache as warm as below:
            # a render charges the paint budget for the coverage it computes, not for coverage kept)
            monkeypatch.setattr(kept_backdrop, "backdrop_length", lambda root: 0)
            whole = _drawn(_card(title), monkeypatch)
        drawn = _drawn(_card(title), monkeypatch)
        assert drawn[2] == 1 and whole[2] == 4  # before keeping backdrops: 4 (the glyphs are drawn as runs)
        assert drawn[:2] == whole[:2]  # the same pixels, the same paint work charged
        assert drawn[0] == _fresh_pixels(_card(title), monkeypatch)[0]  # drawn with nothing kept
        for _ in range(2):
            _drawn(_card(title), monkeypatch)  # kept again


def test_another_backdrop_of_the_same_length_is_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(2):
        _drawn(_card(20.0), monkeypatch)
    other = _drawn(_card(20.0, alpha=0.8), monkeypatch)  # the scrim's first stop differs
    assert other[2] == 4
    assert other[0] == _fresh_pixels(_card(20.0, alpha=0.8), monkeypatch)[0]


def test_a_backdrop_cheaper_than_a_copy_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A colour and a small shape: under two canvases of paint work, as a canvas made anew costs about
    what a copy would."""
    display_list = DisplayList(W, H, Group((Group((BACK,)), FillPath(rect_path(Rect(3, 3, 20, 20)),
                                                                      SolidPaint(Color(9, 9, 9))),
                                            _glyph(30, 30, Color(255, 255, 255)))))
    for _ in range(3):
        _drawn(display_list, monkeypatch)
    assert not kept_backdrop._KEPT


def test_backdrops_kept_and_met_are_bounded_by_the_bytes_their_nodes_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round nineteen: a backdrop met once was charged one entry whatever its nodes held, so renders of
    canvases of distinct sizes over distinct images (up to 16 Mpx each) kept every image alive, 64 of them,
    after the decoded-image cache had dropped them: 24 renders over 2000x2000 images held 384 MB. Each
    store now charges its images' pixels and paths; a backdrop over half the budget is not met."""
    from pureog.display import Image, ImagePaint  # noqa: PLC0415

    side = 800  # 2.56 MB of pixels an image
    for i in range(24):
        image = Image(side, side, bytes((i, 7, 9, 255)) * (side * side))
        w = 40 + i
        whole = rect_path(Rect(0, 0, w, 30))
        display_list = DisplayList(w, 30, Group((
            FillPath(whole, ImagePaint(image, Affine.scale(w / side, 30 / side))),
            FillPath(whole, LinearGradientPaint(0, 0, w, 30, (GradientStop(0.0, Color(200, 120, 40, 0.5)),
                                                               GradientStop(1.0, Color(20, 90, 160))))),
            FillPath(whole, SolidPaint(Color(9, 9, 9, 0.3))),
            _glyph(3, 3, Color(255, 255, 255)))))
        for _ in range(2):  # met, then kept
            _drawn(display_list, monkeypatch)
    held: dict[int, int] = {}
    for nodes in [*kept_backdrop._MET.values(), *(found[0] for found in kept_backdrop._KEPT.values())]:
        for node in nodes:
            if isinstance(node, FillPath) and isinstance(node.paint, ImagePaint):
                held[id(node.paint.image.data)] = len(node.paint.image.data)
    bound = kept_backdrop._MET.limit.value + kept_backdrop._KEPT.limit.value
    assert kept_backdrop._KEPT  # (such backdrops are still kept)
    assert sum(held.values()) <= bound  # before: 24 images, 61 MB


def test_what_kept_nodes_hold_counts_each_image_and_path_once() -> None:
    from pureog.display import Image, ImagePaint  # noqa: PLC0415
    from pureog.held import SEGMENT_BYTES, held_bytes  # noqa: PLC0415

    image = Image(10, 10, bytes(400))
    fill = FillPath(WHOLE, ImagePaint(image))
    assert held_bytes((fill, Group((fill,)), FillPath(WHOLE, ImagePaint(image)))) == \
        400 + SEGMENT_BYTES * len(WHOLE.segments)
    assert held_bytes((PHOTO,)) > held_bytes((PHOTO.children[0],))  # its clip
