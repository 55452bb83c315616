"""End to end through the public API and the CLI: real documents in, real PNGs out."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import png
import pytest

import pureog
from pureog.cli import main

ROOT = Path(__file__).resolve().parent.parent
GEIST = ROOT / "pureog" / "fonts" / "Geist-Regular.ttf"

DOCS_CARD = {
    "type": "div",
    "props": {
        "style": {"fontSize": 128, "background": "white", "width": "100%", "height": "100%",
                  "display": "flex", "textAlign": "center", "alignItems": "center", "justifyContent": "center"},
        "children": "Hello world!",
    },
}


def _decode(data: bytes) -> tuple[int, int, list[bytearray]]:
    width, height, rows, info = png.Reader(bytes=data).asRGBA8()
    return width, height, [bytearray(r) for r in rows]


def _dark_pixels(rows: list[bytearray]) -> int:
    return sum(1 for row in rows for i in range(0, len(row), 4) if row[i] < 128 and row[i + 3] > 128)


def test_render_png_react_dict_with_next_fonts() -> None:
    data = pureog.render_png(DOCS_CARD, width=600, height=300,
                             fonts=[{"name": "Inter", "data": GEIST.read_bytes(), "weight": 400, "style": "normal"}])
    width, height, rows = _decode(data)
    assert (width, height) == (600, 300)
    assert rows[0][:4] == bytearray((255, 255, 255, 255))  # white background reaches the corner
    dark = _dark_pixels(rows)
    assert 2000 < dark < 60000  # the glyphs of "Hello world!" are drawn, the canvas is not black


def test_transparent_where_nothing_is_painted() -> None:
    data = pureog.render_png({"div": {"style": {"width": 10, "height": 10, "backgroundColor": "red"}}},
                             width=40, height=20)
    _, _, rows = _decode(data)
    assert rows[0][:4] == bytearray((255, 0, 0, 255))
    assert rows[15][4 * 30: 4 * 30 + 4] == bytearray((0, 0, 0, 0))


def test_deterministic_bytes() -> None:
    assert pureog.render_png(DOCS_CARD, width=300, height=160) == pureog.render_png(DOCS_CARD, width=300, height=160)


def test_bold_without_fonts_draws_the_regular_face_as_next_does() -> None:
    """Next.js bundles Geist Regular only: bold text without fonts is drawn with it (same pixels, same
    boxes); a bold face given in ``fonts`` is used."""
    def png(weight: str, fonts: list[dict[str, object]] | None = None) -> bytes:
        card = {"div": {"style": {"fontSize": 64, "fontWeight": weight, "backgroundColor": "white",
                                  "width": "100%", "height": "100%"}, "children": "Bold"}}
        return pureog.render_png({"width": 300, "height": 100, "element": card, **({"fonts": fonts} if fonts else {})})

    assert png("bold") == png("normal")
    fonts_dir = Path(pureog.__file__).parent / "fonts"
    faces = [{"name": "geist", "data": (fonts_dir / "Geist-Regular.ttf").read_bytes(), "weight": 400},
             {"name": "geist", "data": (fonts_dir / "Geist-Bold.ttf").read_bytes(), "weight": 700}]
    ink = [_dark_pixels(_decode(png(w, faces))[2]) for w in ("bold", "normal")]
    assert ink[0] > ink[1] * 1.15


def test_layout_boxes() -> None:
    card = {"div": {"style": {"display": "flex", "padding": 10, "width": 200, "height": 100},
                    "children": [{"div": {"style": {"width": 50, "height": 20}}}]}}
    boxes = pureog.layout_boxes(card, width=400, height=300)
    assert [(b.type, b.x, b.y, b.width, b.height) for b in boxes] == [
        ("div", 0, 0, 200, 100), ("div", 10, 10, 50, 20)]


def test_bad_style_is_a_pureog_error_with_path() -> None:
    card = {"type": "div", "props": {"children": [{"type": "div", "props": {"style": {"padding": "12pq"}}}]}}
    with pytest.raises(pureog.PureogError) as info:
        pureog.render_png(card)
    assert "$.props.children[0].props.style.padding" in str(info.value)


def test_cli_render_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.yaml"
    card.write_text(
        "width: 120\nheight: 60\nelement:\n  div:\n    style: {backgroundColor: '#00f', width: 100%, height: 100%}\n"
    )
    assert main(["render", str(card), "-o", str(tmp_path / "out.png"), "--width", "80"]) == 0
    width, height, rows = _decode((tmp_path / "out.png").read_bytes())
    assert (width, height) == (80, 60) and rows[30][:4] == bytearray((0, 0, 255, 255))
    capsys.readouterr()

    # Input Next.js tolerates renders with a warning on stderr; --strict makes it an error.
    lax = tmp_path / "lax.yaml"
    lax.write_text("element:\n  div:\n    style: {color: notacolor, wordWrap: break-word}\n")
    assert main(["render", str(lax), "-o", str(tmp_path / "lax.png")]) == 0
    err = capsys.readouterr().err
    assert ("pureog: warning: $.element.div.style.color: expected a colour, got 'notacolor'; text painted black"
            in err)
    assert "pureog: warning: $.element.div.style.wordWrap: unknown CSS property 'wordWrap'" in err
    assert main(["render", str(lax), "-o", str(tmp_path / "lax.png"), "--strict"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pureog: $.element.div.style.wordWrap: unknown") and "Traceback" not in err

    bad = tmp_path / "bad.yaml"
    bad.write_text("element:\n  div:\n    style: {display: table}\n")
    assert main(["render", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pureog: $.element.div.style.display") and "Traceback" not in err


def test_cli_layout_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.yaml"
    card.write_text("div: {style: {width: 30, height: 20}}\n")
    assert main(["layout", str(card), "--json", "--width", "100", "--height", "50"]) == 0
    assert '"width": 30' in capsys.readouterr().out


def test_cli_stdout_version_and_terminal_refusal(tmp_path: Path) -> None:
    card = tmp_path / "card.yaml"
    card.write_text("width: 40\nheight: 20\nelement:\n  div: {style: {backgroundColor: red, width: 100%}}\n")
    piped = subprocess.run([sys.executable, "-m", "pureog", "render", str(card), "-o", "-"], capture_output=True,
                           cwd=ROOT)
    assert piped.returncode == 0, piped.stderr
    assert _decode(piped.stdout)[:2] == (40, 20) and not (tmp_path / "-").exists()
    version = subprocess.run([sys.executable, "-m", "pureog", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert version.returncode == 0 and version.stdout.strip() == f"pureog {pureog.__version__}"
    # A terminal on standard output gets an error instead of binary garbage (a pseudo-terminal here).
    import os
    import pty

    leader, follower = pty.openpty()
    try:
        tty = subprocess.run([sys.executable, "-m", "pureog", "render", str(card), "-o", "-"], stdout=follower,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    finally:
        os.close(follower)
        os.close(leader)
    assert tty.returncode == 1 and "refusing to write an image to a terminal" in tty.stderr


def test_python_dash_m(tmp_path: Path) -> None:
    out = tmp_path / "m.png"
    result = subprocess.run([sys.executable, "-m", "pureog", "render", str(ROOT / "examples" / "my-site.yaml"),
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert _decode(out.read_bytes())[:2] == (1200, 630)
    assert io.BytesIO(out.read_bytes()).read(8) == b"\x89PNG\r\n\x1a\n"


def test_grapheme_images_draw_svg_in_place_of_text() -> None:
    red_square = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#f00"/></svg>'
    )
    card = {"div": {"style": {"fontSize": 40, "backgroundColor": "white", "width": "100%", "height": "100%"},
                    "children": "A"}}
    _, _, rows = _decode(pureog.render_png(card, width=80, height=60, grapheme_images={"A": red_square}))
    reds = sum(1 for row in rows for i in range(0, len(row), 4) if row[i] > 200 and row[i + 1] < 60)
    assert reds > 900  # about a 40 px square (fontSize wide) of red where the glyph would be
    with pytest.raises(pureog.PureogError, match="grapheme_images"):
        pureog.render_png(card, grapheme_images={"A": 3})  # type: ignore[dict-item]


def test_tolerated_input_warns_and_strict_raises() -> None:
    import warnings

    import pureog

    card = {"type": "div", "props": {"style": {"width": "100%", "height": "100%", "backgroundColor": "#00f",
                                               "wordWrap": "break-word", "paddingTop": "4 px"}}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        png = pureog.render_png(card, width=20, height=10)
    assert [str(w.message) for w in caught] == [
        "$.props.style.wordWrap: unknown CSS property 'wordWrap'; ignored, as Next.js ignores it",
        "$.props.style.paddingTop: expected a length or percentage, got '4 px'; read as 4px, as Yoga reads it",
    ]
    assert all(isinstance(w.message, pureog.RenderWarning) for w in caught)
    assert _decode(png)[2][5][:4] == bytearray((0, 0, 255, 255))
    with pytest.raises(pureog.StyleError, match=r"wordWrap: unknown CSS property"):
        pureog.render_png(card, width=20, height=10, strict=True)
    with pytest.raises(pureog.StyleError, match=r"wordWrap"):
        pureog.layout_boxes(card, width=20, height=10, strict=True)
    response = pureog.ImageResponse(card, width=20, height=10, strict=True, raise_errors=True)
    with pytest.raises(pureog.StyleError):
        response.body  # noqa: B018


def test_cli_schema_prints_the_document_schema(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object" or "$defs" in schema
    from pureog.schema import document_schema

    assert schema == json.loads(json.dumps(document_schema()))


def test_render_formats_and_cli_format(tmp_path: Path) -> None:
    from PIL import Image

    card = {"div": {"style": {"width": "100%", "height": "100%", "backgroundColor": "#36c", "color": "white",
                              "fontSize": 20}, "children": "Formats"}}
    png_bytes = pureog.render(card, width=60, height=30)
    assert png_bytes == pureog.render_png(card, width=60, height=30)
    jpeg = pureog.render(card, width=60, height=30, format="jpg", quality=80, subsampling="4:4:4")
    webp = pureog.render(card, width=60, height=30, format="webp")
    with Image.open(io.BytesIO(jpeg)) as im:
        assert (im.format, im.size) == ("JPEG", (60, 30))
        r, g, b = im.convert("RGB").getpixel((55, 25))
        assert abs(r - 0x33) < 8 and abs(g - 0x66) < 8 and abs(b - 0xCC) < 8
    with Image.open(io.BytesIO(webp)) as im:  # lossless: the very pixels of the PNG
        _, _, rows = _decode(png_bytes)
        assert im.format == "WEBP" and list(im.convert("RGBA").getdata())[0] == tuple(rows[0][:4])
    for bad in ({"format": "gif"}, {"quality": 0}, {"subsampling": "4:2:2"}):
        with pytest.raises(pureog.DocumentError):
            pureog.render(card, **bad)  # type: ignore[arg-type]
    doc = tmp_path / "card.yaml"
    doc.write_text("width: 40\nheight: 20\nelement:\n  div: {style: {backgroundColor: red, width: 100%}}\n")
    assert main(["render", str(doc), "-o", str(tmp_path / "a.jpg")]) == 0  # the extension picks the format
    assert (tmp_path / "a.jpg").read_bytes()[:3] == b"\xff\xd8\xff"
    assert main(["render", str(doc), "-o", str(tmp_path / "b.png"), "--format", "webp"]) == 0  # --format wins
    assert (tmp_path / "b.png").read_bytes()[8:12] == b"WEBP"
    assert main(["render", str(doc), "--format", "jpeg"]) == 0  # default name gets the format's extension
    assert (tmp_path / "card.jpg").is_file()
