"""Inline SVG children styled with presentation properties, as Satori serializes and resvg reads them."""

from __future__ import annotations

import warnings

import pytest

import pureog
from pureog.color import Color
from pureog.document.load import from_mapping
from pureog.document.react import to_react
from pureog.geometry import IDENTITY, Affine
from pureog.images.svg.transform import parse_svg_transform
from pureog.images.svg.tree import inline_svg_tree


def _svg(*children: dict[str, object]) -> dict[str, object]:
    return {"width": 40, "height": 40, "element": {"svg": {"width": 40, "height": 40, "viewBox": "0 0 40 40",
                                                          "children": list(children)}}}


def test_presentation_properties_in_style_render_without_warnings() -> None:
    doc = _svg({"rect": {"width": 40, "height": 40, "style": {"fill": "red", "stroke": "blue", "strokeWidth": 4,
                                                              "fillOpacity": 0.5, "strokeOpacity": "50%"}}})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "unknown CSS property" warning
        png = pureog.render_png(doc, strict=True)
    assert png.startswith(b"\x89PNG")


def test_current_color_in_a_style_is_left_for_resvg() -> None:
    doc = from_mapping({"element": {"svg": {"style": {"color": "teal"}, "children": [
        {"rect": {"fill": "currentColor", "style": {"stroke": "currentColor"}}}]}}})
    rect = inline_svg_tree(doc.root, Color(1, 2, 3, 1.0)).children[0]
    assert rect.attrs["fill"] == "teal"  # attributes: Satori substitutes the <svg>'s colour
    assert rect.attrs["stroke"] == "currentColor"  # style: kept, resvg resolves it (black here)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, IDENTITY),
        ("", IDENTITY),
        ("translate(2 3)", Affine.translate(2, 3)),
        ("translate(2,3) scale(2)", Affine.translate(2, 3) @ Affine.scale(2, 2)),
        ("  scale( 2 ) , translate(1)", Affine.scale(2, 2) @ Affine.translate(1, 0)),
        ("matrix(1 0 0 1 5 6)", Affine(1, 0, 0, 1, 5, 6)),
    ],
)
def test_transform_lists(text: str | None, expected: Affine) -> None:
    assert parse_svg_transform(text) == expected


@pytest.mark.parametrize("text", ["rotate(10deg)", "translate(5px, 5px)", "translate(5 5) junk", "scale()",
                                  "rotate(1 2)", "translate(1", "skewX(1 2)", "foo(1)"])
def test_transforms_resvg_cannot_parse(text: str) -> None:
    assert parse_svg_transform(text) is None


def test_thin_svg_strokes_are_hairlines() -> None:
    from pureog.display import FillPath, SolidPaint  # noqa: PLC0415
    from pureog.images.svg.hairline import hairline_coverage, hairline_stroke_nodes  # noqa: PLC0415
    from pureog.path import PathBuilder  # noqa: PLC0415

    assert hairline_coverage(1.0, Affine.scale(1.0, 1.0)) == 1.0
    assert hairline_coverage(1.0, Affine.scale(0.5, 0.5)) == 0.5
    assert hairline_coverage(1.0, Affine.scale(1.5, 1.5)) is None  # 1.5 device px: an outline
    line = PathBuilder().move_to(0.0, 4.0).line_to(8.0, 4.0).build()
    paint = SolidPaint(Color(0, 0, 0, 1.0))
    nodes = hairline_stroke_nodes(line, 1.0, "butt", None, 0.0, paint, Affine(2.0, 0, 0, 2.0, 10.0, 0.0))
    assert nodes is None  # 2 device px wide
    nodes = hairline_stroke_nodes(line, 0.5, "butt", None, 0.0, paint, Affine(2.0, 0, 0, 2.0, 10.0, 0.0))
    assert nodes is not None and len(nodes) == 2  # two rows (one fill per coverage), 16 device columns long
    assert {node.path.bounds().width for node in nodes} == {8.0}  # type: ignore[union-attr]
    # Rotated: still a hairline (resvg decides in device pixels); each device pixel run comes back as a
    # user-space parallelogram that the matrix maps onto whole pixels again.
    rotated = Affine.rotate(0.3)
    nodes = hairline_stroke_nodes(line, 0.5, "butt", None, 0.0, paint, rotated)
    assert nodes
    for node in nodes:
        assert isinstance(node, FillPath)
        for segment in node.path.segments:
            if segment[0] in ("M", "L"):
                x, y = rotated.apply(segment[1], segment[2])
                assert abs(x - round(x)) < 1e-9 and abs(y - round(y)) < 1e-9


@pytest.mark.parametrize("child", [
    {"type": "", "props": {}},
    {"props": {"children": {"type": "circle", "props": {"r": 4}}}},  # a fragment JSON.stringify left typeless
    {"type": None, "props": {}},
])
def test_an_element_of_no_tag_inside_an_svg_is_an_error_as_in_next(child: dict[str, object]) -> None:
    """Outside an <svg> such an element is a plain box; Satori writes the <svg>'s elements as XML and throws
    ("Invalid XML element name", "Only intrinsic elements are supported inside <svg>")."""
    svg = {"type": "svg", "props": {"width": 20, "height": 20, "viewBox": "0 0 20 20",
                                    "children": [{"type": "rect", "props": {"width": 5, "height": 5}}, child]}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pureog.RenderWarning)
        with pytest.raises(pureog.PureogError, match="inside <svg> needs a tag name") as caught:
            pureog.render_png(svg, width=20, height=20)
    assert caught.value.path == "$.props.children[1].type"


def test_an_svg_childs_style_keys_are_written_as_the_author_wrote_them() -> None:
    """Satori serializes an <svg>'s descendants' style keys as written, hyphenating capitals: `stroke_width`
    is no SVG property there, though the loader names it strokeWidth elsewhere (formgen's svg-style-key-*)."""
    written = {"stroke_width": 5, "stroke-opacity": 0.5, "fillOpacity": 0.25, "stroke.linecap": "round"}
    doc = from_mapping({"element": {"svg": {"style": {"font_size": 10}, "children": [{"rect": {"style": written}}]}}})
    assert doc.root.style == (("fontSize", 10),) and doc.root.style_keys == ()  # the <svg>'s own box style
    rect = inline_svg_tree(doc.root, Color(1, 2, 3, 1.0)).children[0]
    # `stroke_width` is no presentation property, which is all rosvgtree takes from a style attribute
    assert "stroke_width" not in rect.attrs and "stroke-width" not in rect.attrs
    assert rect.attrs["stroke-opacity"] == "0.5" and rect.attrs["fill-opacity"] == "0.25"
    # Satori writes them as style="k:v;...", and simplecss reads no name `stroke.linecap`: the
    # declaration (and any after it) is lost to resvg
    assert "stroke.linecap" not in rect.attrs
    assert to_react(doc)["props"]["children"]["props"]["style"] == written


def test_the_sheet_index_applies_what_trying_every_rule_applies() -> None:
    # round fourteen: each element is tried only with the rules whose last compound names its id, a
    # class or its tag (images/svg/style._candidates); the result is the same as trying every rule
    import random  # noqa: PLC0415

    from pureog.images.svg import style  # noqa: PLC0415
    from pureog.images.svg.tree import SvgNode, parse_svg_text  # noqa: PLC0415

    rng = random.Random(14)
    compounds = ["rect", "g", "*", ".a", ".b", "#i", "rect.a", "g.b", "[id]", "[class~=a]", ":first-child", ".a.b",
                 "circle", "#j", "[id=i]", "rect:first-child"]

    def attrs(i: int) -> str:
        out = ""
        if rng.random() < 0.4:
            out += f' class="{rng.choice(["a", "b", "a b", "b a", "a  b", "c"])}"'
        if rng.random() < 0.3:
            out += f' id="{rng.choice(["i", "j"])}"'
        return out

    def tree(depth: int) -> str:
        parts = []
        for i in range(rng.randrange(1, 4)):
            tag = rng.choice(["rect", "g", "circle"])
            inner = tree(depth + 1) if tag == "g" and depth < 3 else ""
            parts.append(f"<{tag}{attrs(i)}>{inner}</{tag}>")
        return "".join(parts)

    def brute(root: SvgNode, rules: list[style.Rule]) -> None:
        matcher = style._Matcher()

        def walk(node: SvgNode, chain: list[tuple[SvgNode, SvgNode | None]]) -> None:
            touched = False
            for rule in rules:
                if matcher.matches(rule.compounds, len(rule.compounds) - 1, chain):
                    for name, value in rule.declarations:
                        if name in style.PRESENTATION:
                            node.attrs[name] = value
                            touched = True
            if touched:
                for name, value in node.style:
                    node.attrs[name] = value
            prev = None
            for child in node.children:
                walk(child, [*chain, (child, prev)])
                prev = child
        walk(root, [(root, None)])

    def dump(node: SvgNode) -> list[object]:
        return [node.tag, sorted(node.attrs.items()), [dump(c) for c in node.children]]

    for _ in range(300):
        sheet = "".join(
            rng.choice(compounds) + "".join(rng.choice([" ", " > ", " + "]) + rng.choice(compounds)
                                            for _ in range(rng.randrange(3)))
            + f"{{fill:#{rng.randrange(4096):03x}}}" for _ in range(rng.randrange(1, 8)))
        text = f'<svg xmlns="http://www.w3.org/2000/svg"><style>{sheet}</style>{tree(0)}</svg>'.encode()
        ours = parse_svg_text(text)
        theirs = parse_svg_text(text.replace(b"<style>", b"<x>").replace(b"</style>", b"</x>"))
        brute(theirs, style.parse_sheet(sheet))
        assert dump(ours) == [*dump(theirs)[:2], [["style", *dump(ours)[2][0][1:]], *dump(theirs)[2][1:]]], sheet
