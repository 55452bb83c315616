"""Content regions of bordered clipping ancestors (pureog/paint/content_clip.py)."""

from __future__ import annotations

from pureog.color import Color
from pureog.display import Clip, FillPath, Group, SolidPaint
from pureog.geometry import Affine, Rect
from pureog.paint.content_clip import ContentClip, active, content_clipped, turned_chain
from pureog.path import rect_path, rounded_rect_path

PADDING = Rect(10.0, 10.0, 100.0, 60.0)
RADII = ((12.0, 12.0), (0.0, 0.0), (8.0, 8.0), (0.0, 0.0))
REGION = ContentClip(Clip(rounded_rect_path(PADDING, RADII)), PADDING, RADII)


def _fill(r: Rect) -> FillPath:
    return FillPath(rect_path(r), SolidPaint(Color(0, 0, 0, 1.0)))


def test_contains_skips_the_rounded_corners_only() -> None:
    assert REGION.contains(Rect(30.0, 20.0, 40.0, 30.0))
    assert REGION.contains(Rect(100.0, 10.0, 10.0, 10.0))  # a square corner: nothing cut there
    assert not REGION.contains(Rect(12.0, 12.0, 20.0, 20.0))  # inside the box, in the rounded corner
    assert not REGION.contains(Rect(5.0, 30.0, 20.0, 10.0))  # over the border
    assert not ContentClip(REGION.clip).contains(Rect(30.0, 20.0, 1.0, 1.0))  # transformed: unknown


def test_nodes_inside_stay_unclipped_others_get_the_clip() -> None:
    inside, across = _fill(Rect(30.0, 20.0, 40.0, 30.0)), _fill(Rect(0.0, 0.0, 50.0, 50.0))
    out = content_clipped([inside, across], (REGION,))
    assert out[0] is inside
    assert out[1] == Group((across,), clip=REGION.clip)


def test_effects_and_transforms_are_measured_conservatively() -> None:
    moved = Group((_fill(Rect(0.0, 0.0, 20.0, 20.0)),), transform=Affine.translate(40.0, 30.0))
    assert content_clipped([moved], (REGION,)) == [moved]  # lands at 40..60 x 30..50, inside
    from pureog.display import Blur

    blurred = Group((_fill(Rect(40.0, 30.0, 10.0, 10.0)),), blur=Blur(4.0, 4.0, None))
    assert content_clipped([blurred], (REGION,)) == [Group((blurred,), clip=REGION.clip)]  # may spread out


def test_implied_regions_cut_nothing_until_a_moved_link_turns_them() -> None:
    implied = ContentClip(Clip(rect_path(PADDING)), implied=True)
    across = _fill(Rect(0.0, 0.0, 50.0, 50.0))
    assert active((implied, REGION)) == (REGION,)
    assert content_clipped([across], (implied,)) == [across]
    turned = turned_chain((implied, REGION), Affine.translate(5.0, 0.0))
    assert [region.implied for region in turned] == [False, False]
    assert turned[0].clip.path.bounds() == Rect(15.0, 10.0, 100.0, 60.0)
    assert turned[1].rect is None  # no longer known to be an unmoved rounded rectangle
    assert content_clipped([across], turned[:1]) == [Group((across,), clip=turned[0].clip)]
