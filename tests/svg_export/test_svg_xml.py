"""pureog.svg_export.xml and defs: serialisation and shared definitions."""

from __future__ import annotations

from pureog.svg_export.defs import Defs, url
from pureog.svg_export.xml import Element, element, serialize


def test_serialise_escapes_and_keeps_attribute_order() -> None:
    el = element("g", [Element("path", {"d": "M0 0", "data-x": 'a<b&"c"'})], clip_path="url(#c1)", opacity=None)
    assert serialize(el) == '<g clip-path="url(#c1)"><path d="M0 0" data-x="a&lt;b&amp;&quot;c&quot;"/></g>'
    assert serialize(Element("svg")) == "<svg/>"


def test_defs_share_identical_definitions_with_ids_in_order() -> None:
    defs = Defs()
    first = defs.add("c", Element("clipPath", {}, [Element("path", {"d": "M0 0L1 1Z"})]))
    again = defs.add("c", Element("clipPath", {}, [Element("path", {"d": "M0 0L1 1Z"})]))
    other = defs.add("c", Element("clipPath", {}, [Element("path", {"d": "M0 0L2 2Z"})]))
    mask = defs.add("m", Element("mask"))
    assert (first, again, other, mask) == ("c1", "c1", "c2", "m1")
    assert [e.attrs["id"] for e in defs.elements] == ["c1", "c2", "m1"]
    assert next(iter(defs.elements[0].attrs)) == "id"  # the id comes first
    assert url("c2") == "url(#c2)"
