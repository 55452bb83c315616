"""``<img>`` sizing as Satori 0.29's compute.ts does it (boxes checked against the real Satori).

Every expected box below is what Satori reported for the same tree (conformance/layout/satori_boxes.mjs);
the image is an 8x4 PNG (aspect ratio 2:1) in a 120x80 parent with a 5px border and 3px padding.
"""

from __future__ import annotations

from typing import Any

import pytest

import pureog

PNG_8X4 = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEklEQVR4nGP4z8CAFWEXJUsCAFpeH+EeQoQoAA"
    "AAAElFTkSuQmCC"
)


def _image_box(props: dict[str, Any], parent: dict[str, Any] | None = None) -> tuple[float, float, float, float]:
    image = {"type": "img", "props": {"src": PNG_8X4, **props}}
    box = {"type": "div", "props": {"style": {"display": "flex", "width": 120, "height": 80, "border": "5px solid",
                                              "padding": 3, **(parent or {})}, "children": [image]}}
    root = {"type": "div", "props": {"style": {"display": "flex", "width": 300, "height": 300,
                                               "alignItems": "flex-start"}, "children": [box]}}
    found = pureog.layout_boxes(root, width=300, height=300)[2]
    return (found.x, found.y, found.width, found.height)


@pytest.mark.parametrize(
    ("props", "parent", "expected"),
    [
        # percentage props fill the parent's content box
        ({"width": "100%", "height": "100%"}, None, (8, 8, 104, 64)),
        # one percentage prop: the other side follows the natural aspect ratio
        ({"width": "50%"}, None, (8, 8, 52, 26)),
        # numeric strings are defined for compute.ts but unreadable for Yoga: auto (0 wide in a row)
        ({"width": "30", "height": "20"}, {"flexDirection": "column"}, (8, 8, 104, 0)),
        ({"width": "auto", "height": 20}, None, (8, 8, 0, 20)),
        # no size at all: width 100% and the aspect ratio
        ({}, None, (8, 8, 104, 52)),
        # a style width of 0 is falsy in JavaScript: as if unset
        ({"style": {"width": 0}}, None, (8, 8, 104, 52)),
        # one px side: the other is that border-box size times the ratio (no box-model correction)
        ({"style": {"width": 100, "padding": 10}}, None, (8, 8, 100, 50)),
        ({"height": 20, "style": {"padding": 5}}, None, (8, 8, 40, 20)),
        # both sides in px with a percentage padding: the JS sum becomes a string, the size NaN (auto)
        ({"width": "30", "style": {"width": 50, "height": "64px", "padding": "10%"}}, None, (8, 8, 21, 64)),
        # a style size Yoga cannot read (calc, keywords, inherit) is still a truthy string for compute.ts:
        # a defined side (no 100 % width, attributes unused), then auto for Yoga (found by layoutgen3)
        ({"style": {"height": "calc(100% - 10px)"}}, None, (8, 8, 128, 64)),
        ({"width": 40, "height": 20, "style": {"width": "fit-content"}}, None, (8, 8, 0, 20)),
        ({"style": {"width": "inherit", "height": 30}}, None, (8, 8, 0, 30)),
        ({"style": {"width": "calc(50%)"}}, None, (8, 8, 128, 64)),
        # a padding or border width Satori keeps as text (2Em, 80.px) makes the JS box-model sum a string:
        # px sizes on both sides turn NaN on that axis (auto), as with a percentage padding (layoutgen3)
        ({"width": 40, "height": 20, "style": {"paddingLeft": "2Em"}}, None, (8, 8, 2, 20)),
        ({"width": 40, "height": 20, "style": {"borderWidth": "2px 1Em"}}, None, (8, 8, 0, 20)),
        ({"width": 40, "height": 20, "style": {"borderBottomWidth": "1Em", "borderStyle": "solid"}}, None,
         (8, 8, 40, 64)),
        ({"style": {"width": 30, "height": 20, "paddingTop": "80.px"}}, None, (8, 8, 30, 80)),
        ({"width": 40, "style": {"paddingLeft": "2Em"}}, None, (8, 8, 40, 20)),  # one side: no sum
        ({"width": 40, "height": 20, "style": {"borderLeftWidth": "5%", "borderLeftStyle": "solid"}}, None,
         (8, 8, 0, 20)),  # a percentage border width: text in compute.ts, 0 for Yoga
    ],
)
def test_image_box_is_satoris(props: dict[str, Any], parent: dict[str, Any] | None,
                              expected: tuple[float, float, float, float]) -> None:
    assert _image_box(props, parent) == expected
