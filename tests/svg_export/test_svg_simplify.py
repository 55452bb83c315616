"""pureog.svg_export.simplify: redundant groups go, the drawing does not change."""

from __future__ import annotations

from pureog.svg_export.simplify import simplify
from pureog.svg_export.xml import Element, serialize


def _root(*children: Element) -> str:
    root = Element("svg", {}, list(children))
    simplify(root)
    return serialize(root)


def _path(**attrs: str) -> Element:
    return Element("path", {"d": "M0 0", **attrs})


def test_bare_groups_give_their_children_to_the_parent() -> None:
    assert _root(Element("g", {}, [_path(), _path()])) == '<svg><path d="M0 0"/><path d="M0 0"/></svg>'
    assert _root(Element("g", {"opacity": ".5"})) == "<svg/>"  # empty


def test_group_merges_into_its_only_child_when_the_order_of_effects_allows() -> None:
    # transform then clip: one element applies them in that order
    assert _root(Element("g", {"transform": "scale(2)", "clip-path": "url(#c)"}, [_path()])) == \
        '<svg><path transform="scale(2)" clip-path="url(#c)" d="M0 0"/></svg>'
    # a clip around a filtered group: the filter runs first on one element too
    assert _root(Element("g", {"clip-path": "url(#c)"}, [Element("g", {"filter": "url(#f)"}, [_path()])])) == \
        '<svg><g clip-path="url(#c)" filter="url(#f)"><path d="M0 0"/></g></svg>'


def test_group_keeps_what_merging_would_reorder() -> None:
    # a filter outside a clip: merged, the clip would apply after the filter
    kept = Element("g", {"filter": "url(#f)"}, [Element("g", {"clip-path": "url(#c)"}, [_path(), _path()])])
    assert _root(kept).startswith('<svg><g filter="url(#f)"><g clip-path="url(#c)">')
    # a clip outside a transformed child: merged, the clip would move with the transform
    moved = Element("g", {"clip-path": "url(#c)"}, [_path(transform="rotate(5)")])
    assert _root(moved) == '<svg><g clip-path="url(#c)"><path d="M0 0" transform="rotate(5)"/></g></svg>'
    # two clips cannot share one attribute
    both = Element("g", {"clip-path": "url(#a)"}, [_path(**{"clip-path": "url(#b)"})])
    assert _root(both) == '<svg><g clip-path="url(#a)"><path d="M0 0" clip-path="url(#b)"/></g></svg>'
    # but opacity commutes with a child's transform
    assert _root(Element("g", {"opacity": ".5"}, [_path(transform="rotate(5)")])) == \
        '<svg><path opacity=".5" d="M0 0" transform="rotate(5)"/></svg>'


def test_translated_use_gets_x_and_y() -> None:
    use = Element("use", {"href": "#p1", "fill": "#f00"})
    assert _root(Element("g", {"transform": "translate(3 -4)"}, [use])) == \
        '<svg><use href="#p1" x="3" y="-4" fill="#f00"/></svg>'
    scaled = Element("use", {"href": "#p1"})
    assert _root(Element("g", {"transform": "scale(2)"}, [scaled])) == \
        '<svg><use transform="scale(2)" href="#p1"/></svg>'


def test_clipped_use_keeps_its_transform() -> None:
    use = Element("use", {"href": "#p1"})
    clipped = Element("g", {"transform": "translate(3 4)", "clip-path": "url(#c)"}, [use])
    assert _root(clipped) == '<svg><use transform="translate(3 4)" clip-path="url(#c)" href="#p1"/></svg>'
