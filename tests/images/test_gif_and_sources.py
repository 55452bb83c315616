"""GIF decoding, format sniffing and the image source policy (data URIs, bytes, local files, URLs)."""

from __future__ import annotations

import base64
import io
import warnings
from pathlib import Path

import png
import pytest

from pureog.document.load import from_mapping
from pureog.errors import ImageError, RenderWarning, strictness
from pureog.images.gif import decode_gif
from pureog.images.sniff import ImageFormat, sniff, svg_size
from pureog.images.source import ResolvedImage, resolve_images, resolve_source, satori_sizes
from pureog.records import replace

FIXTURES = Path(__file__).parent / "fixtures"


def _png(width: int = 3, height: int = 2) -> bytes:
    buf = io.BytesIO()
    png.Writer(width, height, greyscale=False).write(buf, [[10, 20, 30] * width] * height)
    return buf.getvalue()


def test_gif_first_frame_matches_imagemagick() -> None:
    image = decode_gif((FIXTURES / "small.gif").read_bytes())
    assert (image.width, image.height) == (37, 23)
    assert image.data == (FIXTURES / "small.gif.rgba").read_bytes()


def test_gif_transparency_and_offset_frame() -> None:
    # 2x2 screen, one 1x1 frame at (1, 1) whose single pixel is the transparent index 0... then index 1.
    # resvg draws the frame alone (its offset and the screen dropped): a 1x1 image Satori stretches.
    def gif(transparent: bool, index: int) -> bytes:
        head = b"GIF89a" + bytes((2, 0, 2, 0, 0x80, 0, 0)) + bytes((255, 0, 0, 0, 255, 0))
        gce = b"\x21\xf9\x04" + bytes((1 if transparent else 0, 0, 0, 0)) + b"\x00"
        desc = b"\x2c" + bytes((1, 0, 1, 0, 1, 0, 1, 0, 0))
        # LZW, min code size 2: clear(4), index, end(5) packed LSB-first in 3-bit codes.
        bits = 4 | (index << 3) | (5 << 6)
        return head + gce + desc + b"\x02\x02" + bits.to_bytes(2, "little") + b"\x00\x3b"

    opaque = decode_gif(gif(False, 1))
    assert (opaque.width, opaque.height) == (1, 1)
    assert opaque.data == bytes((0, 255, 0, 255))
    assert decode_gif(gif(True, 0)).data == bytes(4)
    assert sniff(gif(False, 1)).width == 2  # the layout still uses the screen's size, as Satori does


def test_truncated_gif_is_refused_and_drawn_empty() -> None:
    # the gif crate refuses a file that ends before its first frame is complete; Next draws the image
    # empty, so paint warns and draws nothing (an error in strict mode)
    from pureog.images.decode import drawable_raster  # noqa: PLC0415

    data = (FIXTURES / "small.gif").read_bytes()
    with pytest.raises(ImageError, match="truncated GIF"):
        decode_gif(data[: len(data) // 2])
    damaged = resolve_source(data[: len(data) // 2])
    with pytest.warns(RenderWarning, match="drawn empty"):
        assert drawable_raster(damaged, "<img> at $") is None
    with strictness(True), pytest.raises(ImageError, match="truncated GIF"):
        drawable_raster(damaged, "<img> at $")


def test_sniff_formats_and_sizes() -> None:
    assert sniff(_png(7, 5)) == sniff(_png(7, 5))
    info = sniff(_png(7, 5))
    assert (info.format, info.width, info.height) == (ImageFormat.PNG, 7.0, 5.0)
    gif = sniff((FIXTURES / "small.gif").read_bytes())
    assert (gif.format, gif.width, gif.height) == (ImageFormat.GIF, 37.0, 23.0)
    assert svg_size(b'<svg viewBox="0 0 20 10" width="40">') == (40.0, 20.0)
    assert svg_size(b'<svg viewBox="0 0 20 10">') == (20.0, 10.0)
    with pytest.raises(ImageError, match="viewBox"):
        svg_size(b"<svg>")
    with pytest.raises(ImageError, match="not supported yet"):
        resolve_source(b"\x00\x00\x00\x1cftypavif" + bytes(20))
    with pytest.raises(ImageError, match="not a PNG"):
        resolve_source(b"hello")


def test_data_uris() -> None:
    data = _png()
    b64 = resolve_source("data:image/png;base64," + base64.b64encode(data).decode())
    assert b64.data == data and b64.format == ImageFormat.PNG
    svg = resolve_source('data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"/>')
    assert (svg.format, svg.width, svg.height) == (ImageFormat.SVG, 4.0, 2.0)
    encoded = resolve_source("data:image/svg+xml,%3Csvg%20width%3D%228%22%20height%3D%226%22%3E%3C%2Fsvg%3E")
    assert (encoded.width, encoded.height) == (8.0, 6.0)
    assert resolve_source(data).key == b64.key


def test_utf8_svg_data_uris_are_read_whole() -> None:
    """Satori's data-URI regex stops at the first line break, ``decodeURIComponent`` throws on a bare
    ``%`` and ``btoa`` on a character past U+00FF: Next throws or draws nothing for these SVGs.
    pureog reads the whole SVG (spec/differences.md, "UTF-8 SVG data URIs")."""
    root = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
    circle = '<circle cx="{cx}" cy="20" r="18" fill="red"/>'
    multi_line = root + "\n  " + circle.format(cx=20) + "\n</svg>"
    bare_percent = root + circle.format(cx="50%") + "</svg>"
    wide_char = root + "<title>a \u2014 b</title>" + circle.format(cx=20) + "</svg>"
    for svg in (multi_line, bare_percent, wide_char):
        resolved = resolve_source("data:image/svg+xml;utf8," + svg)
        assert resolved.drawable and (resolved.width, resolved.height) == (40.0, 40.0)
        assert resolved.data == svg.encode("utf-8")


def test_data_uri_type_that_is_not_the_bytes_format_warns() -> None:
    # Next trusts the declared type (draws nothing, or throws); pureog sniffs and draws, with a warning.
    data = base64.b64encode(_png()).decode()
    with pytest.warns(RenderWarning, match="says image/gif but holds a PNG"):
        assert resolve_source("data:image/gif;base64," + data).format == ImageFormat.PNG
    with pytest.warns(RenderWarning, match="says image/jpg but holds a JPEG"):
        jpeg = (FIXTURES / "grey.jpg").read_bytes()
        resolve_source("data:image/jpg;base64," + base64.b64encode(jpeg).decode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        resolve_source("data:image/png;base64," + data)
        resolve_source("data:IMAGE/PNG;base64," + data)
    with strictness(True), pytest.raises(ImageError, match="declared type"):
        resolve_source("data:application/octet-stream;base64," + data)


def test_urls_are_never_fetched() -> None:
    with pytest.raises(ImageError, match="never uses the network"):
        resolve_source("https://example.com/a.png")


def test_local_files_stay_inside_the_document_directory(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "img").mkdir(parents=True)
    (docs / "img" / "a.png").write_bytes(_png())
    (tmp_path / "secret.png").write_bytes(_png())
    ok = resolve_source("img/a.png", base_dir=str(docs))
    assert ok.format == ImageFormat.PNG
    with pytest.raises(ImageError, match="outside the allowed directory"):
        resolve_source("../secret.png", base_dir=str(docs))
    with pytest.raises(ImageError, match="relative"):
        resolve_source(str(tmp_path / "secret.png"), base_dir=str(docs))
    with pytest.raises(ImageError, match="no directory"):
        resolve_source("img/a.png")
    # The caller may widen the root.
    assert resolve_source("../secret.png", base_dir=str(docs), image_root=str(tmp_path)).format == ImageFormat.PNG
    (docs / "link.png").symlink_to(tmp_path / "secret.png")
    with pytest.raises(ImageError, match="outside"):
        resolve_source("link.png", base_dir=str(docs))


def test_resolve_images_rewrites_src_with_the_element_path(tmp_path: Path) -> None:
    doc = from_mapping({"element": {"div": {"children": [{"img": {"src": "missing.png"}}]}}}, base_dir=str(tmp_path))
    with pytest.raises(ImageError) as err:
        resolve_images(doc)
    assert err.value.path is not None and err.value.path.endswith("children[0].src")
    (tmp_path / "a.png").write_bytes(_png())
    doc = from_mapping({"element": {"div": {"children": [{"img": {"src": "a.png"}}]}}}, base_dir=str(tmp_path))
    resolved = resolve_images(doc)
    img = resolved.root.children[0]
    assert isinstance(img.attribute("src"), ResolvedImage)  # type: ignore[union-attr]
    assert resolve_images(replace(doc, root=resolved.root)).root == resolved.root


def test_satori_sizes_only_svg_text_and_base64_data() -> None:
    assert satori_sizes("data:image/png;base64,iVBO")
    assert satori_sizes("data:image/svg+xml;utf8,<svg/>")
    assert not satori_sizes("data:text/plain,hello")
    assert not satori_sizes("data:image/png,abc")
    assert not satori_sizes("data:Image/PNG;base64,iVBO")  # Satori's pattern wants lower case


def test_data_next_draws_nothing_of_is_laid_out_and_not_drawn() -> None:
    """Satori resolves such a URI without a size and resvg decodes nothing: a warning, no picture."""
    with pytest.warns(RenderWarning, match="no picture is drawn"):
        image = resolve_source("data:text/plain,hello")
    assert not image.drawable and not image.satori_sized
    with pytest.warns(RenderWarning, match="0 x 0 px"):
        svg = resolve_source("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'/>")
    assert svg.format == ImageFormat.SVG and not svg.drawable
    with pytest.raises(ImageError, match="not a PNG"):  # base64 data Satori sizes (and throws on)
        resolve_source("data:text/plain;base64,aGVsbG8=")


def test_undrawable_img_needs_width_and_height_as_in_next() -> None:
    src = "data:image/png,abc"
    sized = {"element": {"type": "img", "props": {"src": src, "width": 10, "height": 10}}}
    with pytest.warns(RenderWarning):
        resolve_images(from_mapping(sized))
    unsized = {"element": {"type": "img", "props": {"src": src, "width": 10}}}
    with pytest.warns(RenderWarning), pytest.raises(ImageError, match="size cannot be determined"):
        resolve_images(from_mapping(unsized))


def _jpeg_with_frame(marker: int) -> bytes:
    """A minimal JPEG header whose frame is ``SOF<marker>`` (only the size matters here)."""
    frame = b"\xff" + bytes((marker,)) + b"\x00\x11\x08\x00\x02\x00\x03\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + frame + b"\xff\xd9"


def test_jpeg_frames_satori_cannot_size_throw_as_in_next() -> None:
    """Satori's parseJPEG reads the size of SOF0, SOF1 and SOF2 frames only; for a lossless,
    hierarchical or arithmetic-coded JPEG it walks on into the scan data and throws "Invalid JPEG",
    which fails the whole render in Next.js, sized or not, as <img> or background url()."""
    for marker in (0xC0, 0xC1, 0xC2):
        info = sniff(_jpeg_with_frame(marker))
        assert (info.format, info.width, info.height) == (ImageFormat.JPEG, 3.0, 2.0)
    for marker in (0xC3, 0xC5, 0xC9, 0xCA, 0xCB, 0xCD, 0xCF):
        with pytest.raises(ImageError, match="Invalid JPEG"):
            sniff(_jpeg_with_frame(marker))
    uri = "data:image/jpeg;base64," + base64.b64encode(_jpeg_with_frame(0xC9)).decode()
    sized = {"element": {"type": "img", "props": {"src": uri, "width": 10, "height": 10}}}
    with pytest.raises(ImageError, match="arithmetic") as caught:
        resolve_images(from_mapping(sized))
    assert caught.value.path == "$.element.src"
