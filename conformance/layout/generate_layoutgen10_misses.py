"""layoutgen10's misses counted apart: listed values, NaN in Satori's boxes, 0 font sizes under length line heights.

Role: :func:`report` prints a run's misses and match rate; a miss in a tree with a listed value
(spec/differences.md: font sizes in vw or %, ``lighter``/``bolder``, a ``tw`` line height over a
``style`` font size) that matches once those values are gone (:func:`without_listed`, laid out by
Satori again) is counted apart, as are trees whose Satori boxes are degenerate and those past pureog's
input limits.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import Any

from conformance.layout.check import compare
from conformance.layout.generate import miss_kind, relayout_listed
from conformance.layout.generate_layoutgen10_words import LISTED_UNITS, LISTED_WEIGHTS, tw_font_size


def _listed(value: Any) -> bool:
    return isinstance(value, str) and value.endswith(LISTED_UNITS)


def _listed_style(style: dict[str, Any]) -> dict[str, Any]:
    """``style`` without its listed values: font sizes Satori loses, relative weights it cannot read."""
    return {k: v for k, v in style.items() if not (k == "fontSize" and _listed(v))
            and not (k == "fontWeight" and v in LISTED_WEIGHTS)}


def _nan_leading(props: dict[str, Any]) -> bool:
    """A ``tw`` line height with no ``tw`` font size over a ``style`` font size in text: Satori divides
    by that text and its lines are NaN (a listed difference, spec/differences.md)."""
    classes = str(props.get("tw") or "").split()
    size = (props.get("style") or {}).get("fontSize")
    return isinstance(size, str) and any(c.startswith("leading-") for c in classes) and not tw_font_size(classes)


def _walk_props(node: Any, visit: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """The tree with each element's props replaced by ``visit(props)`` (children visited first)."""
    if isinstance(node, list):
        return [_walk_props(child, visit) for child in node]
    if not isinstance(node, dict):
        return node
    props = dict(node.get("props") or {})
    if "children" in props:
        props["children"] = _walk_props(props["children"], visit)
    return {**node, "props": visit(props)}


def has_listed(node: Any) -> bool:
    """Whether a tree sets a font size in a unit Satori loses, a relative weight or a NaN ``tw`` line
    height (listed differences)."""
    found: list[bool] = []

    def visit(props: dict[str, Any]) -> dict[str, Any]:
        style = props.get("style") or {}
        found.append(_listed_style(style) != style or _nan_leading(props))
        return props
    _walk_props(node, visit)
    return any(found)


def without_listed(node: Any) -> Any:
    """The tree without its listed values (those font sizes and weights; the line heights of those ``tw``)."""
    def visit(props: dict[str, Any]) -> dict[str, Any]:
        if _nan_leading(props):
            props["tw"] = " ".join(c for c in str(props["tw"]).split() if not c.startswith("leading-"))
        if isinstance(props.get("style"), dict):
            props["style"] = _listed_style(props["style"])
        return props
    return _walk_props(node, visit)


def degenerate(boxes: list[list[Any]]) -> bool:
    """Satori's boxes hold NaN (a null in JSON): not a reference (expected_mismatches.json lists causes)."""
    return any(v is None or (isinstance(v, float) and math.isnan(v)) for box in boxes for v in box[:4])


def zero_font_lines(node: Any, size: Any = 16, height: Any = "normal") -> bool:
    """A length ``lineHeight`` over a 0 font size: Satori stores it as the multiple length / 0 = Infinity
    and Yoga's boxes below are NaN or 0 (spec/layout.md, layoutgen3's a3-0207; broken output)."""
    if isinstance(node, list):
        return any(zero_font_lines(child, size, height) for child in node)
    if not isinstance(node, dict):
        return False
    props = node.get("props") or {}
    style = props.get("style") or {}
    classes = str(props.get("tw") or "").split()
    size = style.get("fontSize", next((c for c in classes if c in ("text-[0px]", "text-[0]")), size))
    height = style.get("lineHeight", next((c for c in classes if c.startswith("leading-[")), height))
    if size in (0, "0", "0px", "text-[0px]", "text-[0]") and isinstance(height, str) \
            and height.rstrip("]").endswith(("px", "em", "rem")):
        return True
    return zero_font_lines(props.get("children"), size, height)




def report(cases: list[dict[str, Any]]) -> list[str]:
    """Print each miss and the match rate; a miss in a tree with a listed font size that matches once
    those sizes are gone is counted apart (the listed difference), as is a tree Satori then refuses, and
    a miss where Satori's boxes hold NaN."""
    problems = {c["id"]: compare(c).problem for c in cases}
    listed, undecided, _ = relayout_listed(cases, problems, has_listed, without_listed)
    noisy = {c["id"] for c in cases if problems[c["id"]] and c["id"] not in listed | undecided
             and (degenerate(c["boxes"]) or zero_font_lines(c["element"])
                  or "is over the limit" in str(problems[c["id"]]))}
    for miss in sorted(noisy):
        print(f"  {miss} (NaN in Satori, a 0 font size under a length lineHeight, or pureog's input limits, "
              f"spec/limits.md): {problems[miss]}")
    misses = [c["id"] for c in cases if problems[c["id"]] and c["id"] not in listed | undecided | noisy]
    for miss in misses:
        print(f"  {miss}: {problems[miss]}")
    n = len(cases)
    matched = n - len(misses) - len(listed) - len(undecided) - len(noisy)
    print(f"{n} trees, {matched} match ({100 * matched / max(n, 1):.1f} %), {len(noisy)} miss where Satori's boxes "
          f"hold NaN or pass pureog's limits, {len(listed)} miss by a listed value alone, {len(undecided)} undecided, "
          f"{len(misses)} other misses ({100 * (n - len(misses)) / max(n, 1):.1f} % match but those): "
          f"{dict(Counter(miss_kind(problems[m] or '') for m in misses))}")
    return misses
