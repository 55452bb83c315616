"""The SVG format through the public surface: render_svg, render(format="svg"), the CLI, the format table."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import pureog
from pureog.cli import main
from pureog.errors import PureogError
from pureog.raster.encode import MEDIA_TYPES, check_format, encode
from pureog.raster.pixmap import Pixmap

CARD = {"div": {"style": {"width": "100%", "height": "100%", "backgroundColor": "#36c", "color": "white",
                          "fontSize": 20, "display": "flex"}, "children": "Hi"}}


def test_render_svg_returns_the_document_text() -> None:
    svg = pureog.render_svg(CARD, width=60, height=30)
    assert isinstance(svg, str)
    root = ET.fromstring(svg)
    assert (root.attrib["width"], root.attrib["height"]) == ("60", "30")
    assert 'fill="#36c"' in svg  # the background
    assert svg.count("<path") + svg.count("<use") >= 3  # and the two glyphs' outlines
    assert pureog.render(CARD, width=60, height=30, format="svg") == svg.encode("utf-8")
    assert pureog.render_svg(CARD, width=60, height=30) == svg  # deterministic
    assert "render_svg" in pureog.__all__


def test_render_svg_takes_render_png_options() -> None:
    doc = "width: 50\nheight: 20\nelement:\n  div: {style: {width: 100%, height: 100%, backgroundColor: '{{ c }}'}}\n"
    svg = pureog.render_svg(doc, data={"c": "red"}, width=40)
    assert 'width="40"' in svg and 'fill="#f00"' in svg
    with pytest.raises(pureog.StyleError):  # strict: input Next.js tolerates is an error
        pureog.render_svg({"div": {"style": {"width": "nonsense"}}}, strict=True)


def test_svg_is_a_format_but_not_a_pixel_encoding() -> None:
    assert check_format("svg") == "svg" and MEDIA_TYPES["svg"] == "image/svg+xml"
    with pytest.raises(PureogError):
        encode(Pixmap(1, 1), "svg")


def test_cli_writes_svg_by_extension_or_format(tmp_path: Path) -> None:
    doc = tmp_path / "card.yaml"
    doc.write_text("width: 40\nheight: 20\nelement:\n  div: {style: {backgroundColor: red, width: 100%}}\n")
    assert main(["render", str(doc), "-o", str(tmp_path / "a.svg")]) == 0  # the extension picks the format
    assert (tmp_path / "a.svg").read_text().startswith('<svg xmlns="http://www.w3.org/2000/svg" width="40"')
    assert main(["render", str(doc), "--format", "svg"]) == 0  # default name gets the format's extension
    assert ET.fromstring((tmp_path / "card.svg").read_text()).attrib["height"] == "20"
