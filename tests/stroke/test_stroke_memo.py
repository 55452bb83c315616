"""stroke_path keeps its outlines (warm renders stroke the same border sides again): a repeated call
returns the kept outline, equal to a fresh computation, and any argument that differs is a new stroke."""

from __future__ import annotations

from pureog.geometry import Rect
from pureog.path import rounded_rect_path
from pureog.stroke import outline
from pureog.stroke.outline import stroke_path


def test_a_repeated_stroke_is_the_kept_outline() -> None:
    path = rounded_rect_path(Rect(10.5, 20.25, 176.0, 88.0), ((12.0, 12.0),) * 4)
    first = stroke_path(path, 8.0, join="miter", cap="butt", miter_limit=4.0, res_scale=1.0)
    again = stroke_path(rounded_rect_path(Rect(10.5, 20.25, 176.0, 88.0), ((12.0, 12.0),) * 4), 8.0,
                        join="miter", cap="butt", miter_limit=4.0, res_scale=1.0)
    assert again is first
    assert first == outline._stroke(path, 8.0, "miter", "butt", 4.0, None, 0.0, 0.05, 1.0)


def test_every_argument_is_part_of_the_key() -> None:
    path = rounded_rect_path(Rect(0.0, 0.0, 40.0, 30.0), ((6.0, 6.0),) * 4)
    base = {"join": "miter", "cap": "butt", "miter_limit": 4.0, "dashes": None, "dash_offset": 0.0,
            "tolerance": 0.05, "res_scale": 1.0}
    variants = [{}, {"join": "round"}, {"cap": "square"}, {"miter_limit": 1.5}, {"dashes": (4.0, 2.0)},
                {"dashes": (4.0, 2.0), "dash_offset": 1.0}, {"tolerance": 0.2, "res_scale": None},
                {"res_scale": 2.0}]
    for change in variants:
        args = {**base, **change}
        got = stroke_path(path, 3.0, **args)  # type: ignore[arg-type]
        want = outline._stroke(path, 3.0, str(args["join"]), str(args["cap"]), args["miter_limit"],  # type: ignore[arg-type]
                               args["dashes"], args["dash_offset"], args["tolerance"], args["res_scale"])  # type: ignore[arg-type]
        assert got == want, change
    assert stroke_path(path, 2.0) != stroke_path(path, 3.0)


def test_offset_sides_are_kept_and_keyed_by_every_argument() -> None:
    """offset_side (a round avatar's clip, every render of the blog card) keeps its edges the same way:
    a repeated call returns the kept one, a different distance or resolution is a new one, and each
    equals an edge computed with the memo empty."""
    path = rounded_rect_path(Rect(300.5, 200.0, 72.0, 72.0), ((36.0, 36.0),) * 4)
    first = outline.offset_side(path, 3.0)
    assert outline.offset_side(rounded_rect_path(Rect(300.5, 200.0, 72.0, 72.0), ((36.0, 36.0),) * 4), 3.0) is first
    kept = [(3.0, 1.0), (4.0, 1.0), (3.0, 2.0)]
    edges = [outline.offset_side(path, d, r) for d, r in kept]
    assert edges[0] != edges[1]
    outline._MEMO.clear()
    assert [outline.offset_side(path, d, r) for d, r in kept] == edges
