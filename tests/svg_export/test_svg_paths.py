"""pureog.svg_export.paths: path data."""

from __future__ import annotations

from pureog.geometry import Rect
from pureog.path import Path, PathBuilder, rect_path
from pureog.svg_export.numbers import EXACT
from pureog.svg_export.paths import path_data


def test_rectangle_uses_implicit_repeats() -> None:
    assert path_data(rect_path(Rect(0, 0, 10, 5))) == "M0 0L10 0 10 5 0 5Z"


def test_signs_separate_numbers_and_curves_keep_their_verbs() -> None:
    path = (PathBuilder().move_to(1, -2).quad_to(-3, 4.5, 5, -6).cubic_to(0.25, 1, 2, 3, 4, 5)
            .cubic_to(6, 7, 8, 9, 10, 11).close().move_to(0, 0).line_to(1, 1).build())
    assert path_data(path) == "M1-2Q-3 4.5 5-6C.25 1 2 3 4 5 6 7 8 9 10 11ZM0 0L1 1"


def test_precision_and_empty_path() -> None:
    path = PathBuilder().move_to(1 / 3, 2 / 3).line_to(10.123456, 0).build()
    assert path_data(path) == "M.333 .667L10.123 0"
    assert path_data(path, EXACT) == "M.33333 .66667L10.12346 0"
    assert path_data(Path(())) == ""
