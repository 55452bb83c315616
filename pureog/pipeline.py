"""The whole rendering pipeline in one readable function.

document -> style.cascade -> layout (text measured through a callback) -> paint -> raster -> PNG.
The SVG format leaves the raster out: paint -> svg_export -> SVG text (:func:`render_document_svg`).
Each stage consumes and produces plain frozen data; see spec/architecture.md.
"""

from __future__ import annotations

import threading

from pureog import caches, errors
from pureog.display import DisplayList
from pureog.document.model import Document, tree_depth
from pureog.images.budget import decode_budget
from pureog.images.source import resolve_images, resolve_source
from pureog.layout.boxes import Box, layout_tree
from pureog.limits import DEEP_TREE, build_budget, dash_budget, make_recursion_room, shaping_budget
from pureog.options import RenderOptions
from pureog.paint.build import PaintContext, build_display_list
from pureog.paint.text import TextPainter
from pureog.raster.encode import encode
from pureog.raster.render import render
from pureog.style.cascade import cascade
from pureog.style.computed import StyledNode
from pureog.text.fonts import FontLibrary
from pureog.text.measure import FlowWidths, measure
from pureog.text.paragraph import MeasureFn


def font_library(options: RenderOptions) -> FontLibrary:
    """The fonts a render uses (the caller's, or the bundled default like Next.js) and its emoji images.

    Raises :class:`~pureog.errors.FontError` at once when the emoji set's package is not installed."""
    emoji = None
    if options.grapheme_images or options.emoji != "twemoji":
        # Only renders that set images or another emoji set pay for the import.
        from pureog.text.emoji import EmojiImages, emoji_images  # noqa: PLC0415

        if options.grapheme_images:
            emoji = EmojiImages(dict(options.grapheme_images), pack=options.emoji)
        else:
            emoji = emoji_images(options.emoji)
    # The library is kept for the next renders of this thread with the same fonts (what a server or a
    # batch does): its font chains, and with them the paragraph layouts the painter memoizes by
    # (text, style, library), outlive one render, so a warm render does not rebuild and reflow every
    # text node a second time after layout (stat grid: ~4 ms of 70). Per thread, because a memoized
    # paragraph layout is mutable (Satori's word splitting), and concurrent renders must not share one.
    libraries: dict[tuple[object, ...], FontLibrary] | None = getattr(_KEPT, "libraries", None)
    if libraries is None:
        libraries = _KEPT.libraries = {}
    key = (options.fonts, options.features)
    library = libraries.get(key) if emoji is None else None  # emoji images of the caller: a fresh library
    if library is None:
        library = FontLibrary(options.fonts, emoji=emoji) if options.fonts else FontLibrary.default(emoji=emoji)
        library.features = options.features
        if emoji is None:
            if len(libraries) >= _KEPT_LIBRARIES:
                libraries.pop(next(iter(libraries)))  # the oldest: a small, bounded set of font sets
            libraries[key] = library
            library.kept = True
    return library


_KEPT = threading.local()
_KEPT_LIBRARIES = 4
"""Font libraries a thread keeps (one per distinct ``fonts`` and ``features`` of its recent renders)."""


def _forget_libraries() -> None:
    """Drop the font libraries the calling thread keeps (each thread keeps its own: a server's other
    worker threads drop theirs when they call :func:`pureog.clear_caches`)."""
    _KEPT.__dict__.pop("libraries", None)


caches.register("pipeline.font_libraries", clear=_forget_libraries)
caches.register("errors.warning_registry", errors.WARNING_REGISTRY)  # bounded on its own (errors.py)


def _measure_inline(node: StyledNode, fonts: FontLibrary) -> MeasureFn:
    """An inline formatting context's measure callback (spec/inline.md); its modules load on first use."""
    from pureog.text.inline_layout import measure_inline  # noqa: PLC0415

    return measure_inline(node, fonts)


def lay_out(
    document: Document, options: RenderOptions, fonts: FontLibrary, widths: FlowWidths | None = None
) -> Box:
    """The box tree; ``widths`` collects each text leaf's last measured width for the painter."""
    if tree_depth(document.root) > DEEP_TREE:  # trees built in Python skip the loader, which checks too
        make_recursion_room()
    document = resolve_images(document)  # every <img> src read and sized once, before layout
    styled = cascade(document.root, width=options.width, height=options.height,
                     browser=options.features == "browser")
    with shaping_budget():  # hostile fonts: the render's OpenType lookups visit a bounded number of glyphs
        return layout_tree(
            styled,
            width=options.width,
            height=options.height,
            measure_leaf=lambda leaf: (_measure_inline(leaf, fonts) if isinstance(leaf, StyledNode)
                                       else measure(leaf.text, leaf.style, fonts, leaf=leaf.path, widths=widths)),
            browser=options.features == "browser",
        )


def display_list(document: Document, options: RenderOptions) -> DisplayList:
    fonts = font_library(options)
    widths = FlowWidths()
    with shaping_budget():  # one account for the text shaped by layout and by painting
        return _display_list(document, options, fonts, widths)


def _display_list(document: Document, options: RenderOptions, fonts: FontLibrary, widths: FlowWidths) -> DisplayList:
    boxes = lay_out(document, options, fonts, widths)
    context = PaintContext(
        text=TextPainter(fonts, widths),
        resolve_image=lambda src, where: resolve_source(
            src, base_dir=document.source_dir, image_root=document.image_root, where=where
        ),
        debug=options.debug,
        browser=options.features == "browser",
    )
    # hostile input: the images of one render decode to a bounded total, its SVGs and shadows are bounded
    with decode_budget(), build_budget():
        return build_display_list(boxes, options.width, options.height, context)


def render_document_svg(document: Document, options: RenderOptions) -> str:
    """The document as a standalone SVG document (the display list written by :mod:`pureog.svg_export`)."""
    from pureog.svg_export import to_svg  # noqa: PLC0415  (loads on use)

    with dash_budget():  # one account for the render's dashed strokes (spec/limits.md)
        return to_svg(display_list(document, options))


def render_document(document: Document, options: RenderOptions) -> bytes:
    if options.image_format == "svg":
        return render_document_svg(document, options).encode("utf-8")
    with dash_budget():  # painting and rasterizing (SVG images stroke there) share one account
        pixmap = render(display_list(document, options))
    return encode(pixmap, options.image_format, quality=options.quality, subsampling=options.subsampling,
                  compress_level=options.compress_level, zopfli=options.zopfli, palette=options.palette)
