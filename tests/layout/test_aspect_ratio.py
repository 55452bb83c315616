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


def test_auto_is_css_no_ratio_where_next_throws() -> None:
    # Next.js throws ('Failed to parse declaration "aspectRatio: auto"': a real card, round twenty-one,
    # an <img> with aspectRatio: 'auto'); CSS's initial value: no ratio, the box keeps its sizes
    assert _boxes({"width": 100, "height": 30, "aspectRatio": "auto"}) == [(100.0, 30.0)]
    assert _boxes({"width": 100, "aspectRatio": "auto"}) == [(100.0, 0.0)]


def test_a_degenerate_ratio_is_auto_with_browser_features() -> None:
    assert _boxes({"width": 100, "aspectRatio": "0 / 1"}, features="browser") == [(100.0, 0.0)]


def _row(children: list[dict[str, object]], **container: object) -> list[tuple[float, float]]:
    el = {"div": {"style": {"display": "flex", "width": 300, "height": 200, **container},
                  "children": [{"div": {"style": child}} for child in children]}}
    return [(b.width, b.height) for b in pureog.layout_boxes(el, width=300, height=200)][1:]


def test_a_definite_size_stays_when_the_ratio_size_is_clamped_as_in_css() -> None:
    # Yoga derives the height from the max-clamped width (100x50); CSS keeps the definite height
    assert _row([{"height": 80, "aspectRatio": 2, "maxWidth": 100}], alignItems="flex-start") == [(100.0, 80.0)]
    assert _row([{"width": 150, "aspectRatio": 16 / 9, "maxHeight": 50}], alignItems="flex-start") == [(150.0, 50.0)]


def test_a_stretched_size_stays_when_the_ratio_size_is_clamped_as_in_css() -> None:
    # a column's stretched item: Yoga re-derives the width from the max-clamped height (40x40)
    assert _row([{"aspectRatio": 1, "maxHeight": 40}], flexDirection="column") == [(300.0, 40.0)]


def test_a_ratio_item_is_stretched_to_its_wrapped_line_as_in_css() -> None:
    # Yoga lays a wrapped line's items out at their content height where alignContent is not stretch
    boxes = _row([{"width": 100, "aspectRatio": 1, "padding": 10}, {"width": 50, "height": 20}],
                 flexWrap="wrap", alignContent="flex-start")
    assert boxes == [(100.0, 100.0), (50.0, 20.0)]  # the second's definite height stays


def test_an_images_natural_ratio_keeps_yogas_reading() -> None:
    # Satori gives an <img> sized by a % its natural ratio through Yoga: the height is re-derived from
    # the max-clamped width (a 2:1 picture)
    png = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZ"
           "GBgYAC3YBPzQ7TmzAAAAAElFTkSuQmCC")
    el = {"div": {"style": {"display": "flex", "width": 300, "height": 200, "alignItems": "flex-start"},
                  "children": [{"img": {"src": png, "style": {"height": "50%", "maxWidth": 100}}}]}}
    assert [(b.width, b.height) for b in pureog.layout_boxes(el, width=300, height=200)][1:] == [(100.0, 50.0)]
    # the author's ratio on a box: the definite height stays
    assert _row([{"height": "50%", "aspectRatio": 2, "maxWidth": 100}], alignItems="flex-start") == [(100.0, 100.0)]
