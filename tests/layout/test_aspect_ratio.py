"""aspectRatio on any box: a number (Next.js throws) applies as in CSS; 'w / h', which Next.js ignores,
only with features: browser."""

from __future__ import annotations

import pytest

import pureog


def _boxes(child: dict[str, object], **kw: object) -> list[tuple[float, float]]:
    el = {"div": {"style": {"display": "flex", "width": 300, "height": 200, "alignItems": "flex-start"},
                  "children": [{"div": {"style": child}}]}}
    return [(b.width, b.height) for b in pureog.layout_boxes(el, width=300, height=200, **kw)][1:]


def test_a_numeric_ratio_sizes_the_other_side() -> None:
    assert _boxes({"width": 100, "aspectRatio": 2}) == [(100.0, 50.0)]
    assert _boxes({"height": 60, "aspectRatio": 0.5}) == [(30.0, 60.0)]


def test_w_over_h_is_ignored_as_next_ignores_it_unless_browser() -> None:
    with pytest.warns(pureog.RenderWarning, match="aspectRatio"):
        assert _boxes({"height": 45, "aspectRatio": "16 / 9"}) == [(0.0, 45.0)]
    assert _boxes({"height": 45, "aspectRatio": "16 / 9"}, features="browser") == [(80.0, 45.0)]


@pytest.mark.parametrize("ratio", ["2 / 0", "0 / 1", "0/0", "-1 / 2", "1 / -2", "1 / 2 3", "1/2 auto", "1 / 2 / 0"])
def test_any_leading_w_over_h_is_ignored_as_next_ignores_it(ratio: str) -> None:
    # Next.js reads any two numbers around the slash and stops there (generate_layoutgen9 drew '2 / 0')
    with pytest.warns(pureog.RenderWarning, match="aspectRatio"):
        assert _boxes({"width": 100, "aspectRatio": ratio}) == [(100.0, 0.0)]


@pytest.mark.parametrize("ratio", ["1 / 2px", "auto 1 / 2", "1 / a", "/ 2"])
def test_other_ratios_throw_as_next_throws(ratio: str) -> None:
    with pytest.raises(pureog.PureogError, match="aspectRatio"):
        _boxes({"width": 100, "aspectRatio": ratio})


def test_a_degenerate_ratio_is_auto_with_browser_features() -> None:
    assert _boxes({"width": 100, "aspectRatio": "0 / 1"}, features="browser") == [(100.0, 0.0)]
