"""clipPath: shape() for features: browser (pureog/style/clip_shape_function.py, paint/clip.py)."""

from __future__ import annotations

import pytest

from pureog.color import BLACK
from pureog.errors import StyleError
from pureog.paint.clip import _shape_path_data
from pureog.style.clip import parse_clip_path
from pureog.style.computed import ComputedStyle
from pureog.style.parse import ValueContext

BROWSER = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), True)
NEXT = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), False)


def path_data(text: str, w: float = 200.0, h: float = 100.0) -> str:
    shape = parse_clip_path(text, BROWSER)
    assert shape is not None and shape.kind == "shape"
    return _shape_path_data(shape, w, h)


def test_commands_become_svg_path_data_in_box_pixels() -> None:
    assert path_data("shape(from 0% 0%, line to 100% 0%, line to center bottom, close)") == \
        "M0.0 0.0 L200.0 0.0 L100.0 100.0 Z"
    assert path_data("shape(from 10px 10px, hline to right, vline by 40px, hline by -30%)") == \
        "M10.0 10.0 H200.0 v40.0 h-60.0"
    assert path_data("shape(from 0 0, curve to 10px 20px with 5px 5px / 6px 6px, smooth by 1px 2px)") == \
        "M0.0 0.0 C5.0 5.0 6.0 6.0 10.0 20.0 t1.0 2.0"
    assert path_data("shape(from 0 0, arc to 50% 0 of 10% 20px cw large rotate 90deg)") == \
        "M0.0 0.0 A20.0 20.0 90.0 1 1 100.0 0.0"


def test_evenodd_and_errors() -> None:
    shape = parse_clip_path("shape(evenodd from 0 0, line to 1px 1px, close)", BROWSER)
    assert shape is not None and shape.evenodd
    for bad in ("shape(line to 1px 1px)", "shape(from 0 0)", "shape(from 0 0, jump to 1px 1px)",
                "shape(from 0 0, arc to 1px 1px)", "shape(from 0 0, curve to 1px 1px)"):
        with pytest.raises(StyleError):
            parse_clip_path(bad, BROWSER)


def test_next_ignores_shape() -> None:
    with pytest.raises(StyleError, match="features: browser"):
        parse_clip_path("shape(from 0 0, line to 1px 1px, close)", NEXT)
