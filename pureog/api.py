"""The public Python API: render_png, render (PNG, JPEG, WebP or SVG), render_svg, layout_boxes, load,
load_file, Font.

Options mirror Next.js ``ImageResponse``: ``width``/``height`` (default 1200x630 unless the document
says otherwise; keywords win), ``fonts`` (dicts with Next's keys ``name``, ``data``, ``weight``,
``style``, or :class:`Font` objects), ``emoji`` and ``debug``.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterable, Mapping
from typing import Any

from pureog.document.load import load as _load
from pureog.document.load import parse_font
from pureog.document.model import Document, FontSource
from pureog.errors import DocumentError, strictness
from pureog.limits import deadline
from pureog.options import RenderOptions
from pureog.records import record, replace


@record
class Font:
    """A font face to render with, as in Next's ``fonts`` option."""

    name: str
    data: bytes
    weight: int = 400
    style: str = "normal"
    index: int = 0
    """The face's number in a font collection (TTC/OTC); 0 for a single font."""
    lang: str | None = None
    """Satori's locale of the face (``ja-JP``, ``zh-CN``, ...): a fallback for text of that ``lang``."""

    @classmethod
    def from_file(cls, path: str, name: str, weight: int = 400, style: str = "normal") -> Font:
        with open(path, "rb") as handle:
            return cls(name, handle.read(), weight, style)

    def to_source(self) -> FontSource:
        return parse_font({"name": self.name, "data": self.data, "weight": self.weight, "style": self.style,
                           "index": self.index, "lang": self.lang}, "$.fonts", None)


def load(source: Any, *, data: Mapping[str, Any] | None = None, lenient: bool = False,
         strict: bool = False, base_dir: str | None = None, root: str | None = None) -> Document:
    """Load a document: YAML/JSON text, a mapping (React shape or shorthand), or a ``pathlib.Path``.

    A string is always the document itself, never a file name (spec/security.md): read files with
    :func:`load_file` or by passing a ``pathlib.Path``. Fonts and images the document names by path
    are read from its file's directory (or ``base_dir`` for text and mappings), and only from inside
    it, or inside ``root`` when the caller widens it.

    ``data`` fills a template's ``{{ ... }}``, ``$each`` and ``$if`` (over its own ``data:`` defaults;
    spec/templates.md); ``lenient`` makes missing values empty instead of an error; ``strict`` turns
    every :class:`pureog.RenderWarning` into an error."""
    with strictness(strict):
        return _load(source, data=data, lenient=lenient, base_dir=base_dir, root=root)


def load_file(path: str | os.PathLike[str], *, data: Mapping[str, Any] | None = None, lenient: bool = False,
              strict: bool = False, root: str | None = None) -> Document:
    """Load the YAML/JSON document file at ``path`` (a regular file, at most 16 MB); its directory is
    where the fonts and images it names are looked for, and the only place they may come from unless
    ``root`` names a wider directory (spec/security.md)."""
    return load(pathlib.Path(path), data=data, lenient=lenient, strict=strict, root=root)


def _options(document: Document, width: int | None, height: int | None,
             fonts: Iterable[Mapping[str, Any] | Font] | None, emoji: str | None,
             debug: bool | None, features: str | None = None) -> tuple[Document, RenderOptions]:
    overrides: dict[str, Any] = {}
    if width is not None:
        overrides["width"] = width
    if height is not None:
        overrides["height"] = height
    if emoji is not None:
        overrides["emoji"] = emoji
    if debug is not None:
        overrides["debug"] = debug
    if overrides:
        # Re-validate through the loader so keyword values get the same checks as document keys.
        from pureog.document.load import from_mapping  # noqa: PLC0415

        checked = from_mapping({"element": {"div": None}, **{
            "width": overrides.get("width", document.width),
            "height": overrides.get("height", document.height),
            "emoji": overrides.get("emoji", document.emoji),
            "debug": overrides.get("debug", document.debug),
        }})
        document = replace(document, width=checked.width, height=checked.height,
                           emoji=checked.emoji, debug=checked.debug)
    if fonts is not None:
        if isinstance(fonts, (str, bytes, Mapping)) or not isinstance(fonts, Iterable):
            raise DocumentError("fonts must be a list of font dicts or pureog.Font objects", path="fonts")
        sources = tuple(
            f.to_source() if isinstance(f, Font) else parse_font(f, f"fonts[{i}]", document.source_dir)
            for i, f in enumerate(fonts)
        )
        document = replace(document, fonts=sources)
    options = RenderOptions(width=document.width, height=document.height, fonts=document.fonts,
                            emoji=document.emoji, debug=document.debug,
                            features=document.features if features is None else _check_features(features))
    return document, options


def render(element_or_document: Any, *, format: str = "png", quality: int = 90,
           subsampling: str = "4:2:0", width: int | None = None, height: int | None = None,
           fonts: Iterable[Mapping[str, Any] | Font] | None = None, emoji: str | None = None,
           debug: bool | None = None, grapheme_images: Mapping[str, bytes | str] | None = None,
           data: Mapping[str, Any] | None = None, lenient: bool = False, strict: bool = False,
           timeout: float | None = None, compression: int = 6, zopfli: bool = False,
           palette: str = "auto", features: str | None = None) -> bytes:
    """Render an element tree or document to image bytes: ``format`` is ``"png"`` (the default, as
    Next.js), ``"jpeg"`` (``quality`` 1..100 on libjpeg's scale, ``subsampling`` ``"4:2:0"`` or
    ``"4:4:4"``; translucent pixels over white), ``"webp"`` (lossless) or ``"svg"`` (UTF-8 text, see
    :func:`render_svg`; the image options do not apply). PNG options: ``compression``,
    zlib's level from 0 (stored) to 9 (smallest; 6 by default); ``zopfli=True`` deflates with the
    optional ``zopfli`` package instead (slower, a few % smaller; an error when it is not installed);
    ``palette``, ``"auto"`` (indexed colour when the image has at most 256 colours and that is
    smaller, decoding to exactly the same pixels) or ``"never"``. Every other option is
    :func:`render_png`'s."""
    from pureog.raster.encode import check_format  # noqa: PLC0415

    image_format = check_format(format)
    if isinstance(quality, bool) or not isinstance(quality, int) or not 1 <= quality <= 100:
        raise DocumentError(f"expected an integer quality from 1 to 100, got {quality!r}", path="quality")
    if subsampling not in ("4:2:0", "4:4:4"):
        raise DocumentError(f"expected subsampling '4:2:0' or '4:4:4', got {subsampling!r}", path="subsampling")
    if isinstance(compression, bool) or not isinstance(compression, int) or not 0 <= compression <= 9:
        raise DocumentError(f"expected an integer compression from 0 to 9, got {compression!r}", path="compression")
    if not isinstance(zopfli, bool):
        raise DocumentError(f"expected zopfli True or False, got {zopfli!r}", path="zopfli")
    if palette not in ("auto", "never"):
        raise DocumentError(f"expected palette 'auto' or 'never', got {palette!r}", path="palette")
    if zopfli and image_format == "png":
        from pureog.raster.png import zopfli_compress  # noqa: PLC0415

        zopfli_compress()  # not installed: say so now, not after the render
    output = {"image_format": image_format, "quality": quality, "subsampling": subsampling,
              "compress_level": compression, "zopfli": zopfli, "palette": palette}
    return _render(element_or_document, output, width=width, height=height, fonts=fonts, emoji=emoji,
                   debug=debug, grapheme_images=grapheme_images, data=data, lenient=lenient, strict=strict,
                   timeout=timeout, features=features)


def render_png(element_or_document: Any, *, width: int | None = None, height: int | None = None,
               fonts: Iterable[Mapping[str, Any] | Font] | None = None, emoji: str | None = None,
               debug: bool | None = None, grapheme_images: Mapping[str, bytes | str] | None = None,
               data: Mapping[str, Any] | None = None, lenient: bool = False, strict: bool = False,
               timeout: float | None = None, features: str | None = None) -> bytes:
    """Render an element tree or document to PNG bytes.

    ``element_or_document``: a React-shaped dict ``{type, props}``, a shorthand dict, a document dict
    (``{width, height, fonts, element}``), YAML/JSON text, a ``pathlib.Path`` of a document file, or a
    loaded Document. ``timeout`` (seconds) stops a render that runs longer with a
    :class:`pureog.LimitError` (spec/limits.md).
    ``grapheme_images`` (Satori's ``graphemeImages``) maps graphemes to SVG images (bytes or text)
    drawn in their place, ``fontSize`` wide. ``data``/``lenient``: template values, as in :func:`load`.
    Input that Next.js tolerates renders as there, each case reported as a :class:`pureog.RenderWarning`;
    ``strict=True`` raises a :class:`pureog.PureogError` for it instead.
    ``features`` (default: the document's ``features`` key, else ``"satori"``): ``"satori"`` draws what
    Next.js draws (its text shaping; scripts it draws wrongly, such as Arabic, Hebrew, Thai and the Indic
    scripts, fully shaped and reordered); ``"browser"`` also draws what Next.js ignores as a browser does:
    HarfBuzz's default features, such as ligatures, for every script (spec/text.md), and the CSS
    Next.js ignores: ``zIndex``, ``order``, ``mixBlendMode``, ``backgroundBlendMode``, ``isolation``,
    ``backdropFilter``, ``imageRendering``, ``calc()``/``min()``/``max()``/``clamp()`` (spec/css.md).
    """
    return _render(element_or_document, {}, width=width, height=height, fonts=fonts, emoji=emoji, debug=debug,
                   grapheme_images=grapheme_images, data=data, lenient=lenient, strict=strict, timeout=timeout,
                   features=features)


def render_svg(element_or_document: Any, *, width: int | None = None, height: int | None = None,
               fonts: Iterable[Mapping[str, Any] | Font] | None = None, emoji: str | None = None,
               debug: bool | None = None, grapheme_images: Mapping[str, bytes | str] | None = None,
               data: Mapping[str, Any] | None = None, lenient: bool = False, strict: bool = False,
               timeout: float | None = None, features: str | None = None) -> str:
    """Render an element tree or document to a standalone SVG document (text), with the options of
    :func:`render_png`.

    The SVG holds what the PNG is drawn from: text as glyph outlines (each glyph defined once and
    ``<use>``d), images as PNG ``data:`` URIs, clips, masks, gradients, patterns and filters; resvg
    (Next.js's rasterizer) and browsers draw it as the PNG (spec/architecture.md, ``svg_export/``)."""
    output = {"image_format": "svg"}
    svg = _render(element_or_document, output, width=width, height=height, fonts=fonts,
                  emoji=emoji, debug=debug, grapheme_images=grapheme_images, data=data, lenient=lenient,
                  strict=strict, timeout=timeout, features=features)
    return svg.decode("utf-8")


def _render(element_or_document: Any, output: Mapping[str, Any], *, width: int | None, height: int | None,
            fonts: Iterable[Mapping[str, Any] | Font] | None, emoji: str | None, debug: bool | None,
            grapheme_images: Mapping[str, bytes | str] | None, data: Mapping[str, Any] | None, lenient: bool,
            strict: bool, timeout: float | None, features: str | None) -> bytes:
    from pureog.pipeline import render_document  # noqa: PLC0415  (lazy: keeps `import pureog` cheap)

    with strictness(strict), deadline(timeout):
        document, options = _options(_load(element_or_document, data=data, lenient=lenient), width, height,
                                     fonts, emoji, debug, features)
        if grapheme_images:
            options = replace(options, grapheme_images=_grapheme_images(grapheme_images))
        if output:
            options = replace(options, **output)
        return render_document(document, options)


def _check_features(features: object) -> str:
    if features not in ("satori", "browser"):
        raise DocumentError(f"expected features 'satori' or 'browser', got {features!r}", path="features")
    return str(features)


def _grapheme_images(images: Mapping[str, bytes | str]) -> tuple[tuple[str, bytes], ...]:
    if not isinstance(images, Mapping):
        raise DocumentError(f"grapheme_images must be a mapping of graphemes to SVG, got {type(images).__name__}",
                            path="grapheme_images")
    out: list[tuple[str, bytes]] = []
    for grapheme, svg in images.items():
        if not isinstance(grapheme, str) or not grapheme:
            raise DocumentError("grapheme_images keys must be non-empty strings", path="grapheme_images")
        if isinstance(svg, str):
            svg = svg.encode()
        if not isinstance(svg, (bytes, bytearray)):
            raise DocumentError(f"expected SVG bytes or text, got {type(svg).__name__}",
                                path=f"grapheme_images[{grapheme!r}]")
        out.append((grapheme, bytes(svg)))
    return tuple(out)


@record
class LayoutBox:
    """One element's laid-out border box in canvas px."""

    type: str
    x: float
    y: float
    width: float
    height: float
    path: str


def layout_boxes(element_or_document: Any, *, width: int | None = None, height: int | None = None,
                 fonts: Iterable[Mapping[str, Any] | Font] | None = None,
                 data: Mapping[str, Any] | None = None, lenient: bool = False,
                 strict: bool = False, timeout: float | None = None, features: str | None = None) -> list[LayoutBox]:
    """Every element's box, in document order (the canvas root that Satori adds is not included).

    Boxes are exactly what Satori reports through ``onNodeDetected``: whole px, ``display: none``
    elements as 0x0 boxes, and NaN where Yoga leaves a degenerate box's value undefined. With
    ``features: browser`` (and for an inline formatting context's box) they are snapped as a browser
    snaps them (spec/layout.md)."""
    from pureog.pipeline import font_library, lay_out  # noqa: PLC0415
    from pureog.style.computed import StyledNode  # noqa: PLC0415

    with strictness(strict), deadline(timeout):
        document, options = _options(_load(element_or_document, data=data, lenient=lenient), width, height,
                                     fonts, None, None, features)
        root = lay_out(document, options, font_library(options))
    out: list[LayoutBox] = []

    def walk(box: Any) -> None:
        if isinstance(box.source, StyledNode):
            # Degenerate boxes for which Yoga leaves a value undefined are reported with NaN, as Satori does.
            x, y, w, h = box.reported or (box.x, box.y, box.width, box.height)
            out.append(LayoutBox(box.source.element.type, x, y, w, h, box.source.path))
        for child in box.children:
            walk(child)

    walk(root)
    return out
