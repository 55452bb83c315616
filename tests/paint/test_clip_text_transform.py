"""backgroundClip: text takes each descendant text where its elements' transforms move it."""

from __future__ import annotations

import pureog


def _card(transform: str | None) -> dict[str, object]:
    wrapper: dict[str, object] = {"display": "flex"}
    if transform is not None:
        wrapper["transform"] = transform
    return {"width": 200, "height": 60, "element": {"type": "div", "props": {
        "style": {"display": "flex", "width": "100%", "height": "100%", "backgroundColor": "red",
                  "backgroundClip": "text"},
        "children": [{"type": "div", "props": {"style": wrapper, "children": [
            {"type": "div", "props": {"style": {"fontSize": 30, "color": "transparent"}, "children": "Hi"}}]}}]}}}


def test_clip_follows_a_descendant_transform() -> None:
    moved = pureog.render(_card("translateX(80px)"))
    assert moved != pureog.render(_card(None))
    assert moved == pureog.render(_card("translate(80px, 0)"))
