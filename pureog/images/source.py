"""Where image bytes come from, and the policy that decides which sources may be read.

Input: an ``<img>`` ``src`` (a ``data:`` URI, raw bytes passed from Python, or a local file path) and
the document's directory. Output: a :class:`ResolvedImage` (format, bytes, natural size, content hash).
:func:`resolve_images` is the pre-pass the pipeline runs before the cascade: every ``<img>`` element's
``src`` attribute is replaced by its :class:`ResolvedImage`, so layout (natural size) and paint (pixels)
read the same resolved value and no later stage touches the file system.

Policy (spec/format.md, "Images"):

* ``data:`` URIs (base64, or percent-encoded/UTF-8 text for SVG) and bytes are always accepted.
* ``http:``/``https:`` URLs are never fetched (pureog does no network I/O): an :class:`ImageError`.
* A local path is read only when the document has a directory (it was loaded from a file, or the
  caller gave one), relative to that directory; it must stay inside the *image root*, which is the
  document's directory unless the caller widens it (``Document.image_root``). Absolute paths, ``..``
  escapes and symlinks leading out of the root are refused.

Imports :mod:`pureog.images.sniff`, :mod:`pureog.document.model`, :mod:`pureog.errors`. The pipeline
runs :func:`resolve_images` on every document, so what only an actual image needs (``sniff``,
``hashlib``: ~5 ms of import) is imported when the first image is resolved.
"""

from __future__ import annotations

import base64
import binascii
import math
import os
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

from pureog.document.model import Document, Element, Text
from pureog.errors import ImageError, tolerate
from pureog.files import read_inside
from pureog.records import record, replace

if TYPE_CHECKING:
    from pureog.images.sniff import ImageFormat

# Satori's data URI grammar: type, optional parameters, optional encoding, comma, payload. (A pattern
# string: ``re`` compiles it on first use, which documents without images never reach.)
_DATA_URI = r"data:(?P<type>[a-zA-Z/+.-]*)(?:;[^;=,]+=[^;=,]*)*?(?:;(?P<enc>[^;,]+))?,(?P<data>.*)"
MAX_IMAGE_BYTES = 64 * 1024 * 1024


@record
class ResolvedImage:
    """An image ready to decode: its format, bytes, natural size (CSS px) and a content hash."""

    format: ImageFormat
    data: bytes
    width: float
    height: float
    key: str
    """SHA-1 of the bytes: the decode cache key."""
    satori_sized: bool = True
    """Whether Satori learns the natural size (False for data it resolves without one,
    :func:`_undrawable`: layout must not use ``width``/``height``)."""
    drawable: bool = True
    """False for data Next lays out but draws no picture for (:func:`_undrawable`): paint skips it."""

    def __repr__(self) -> str:  # keep reprs of documents readable
        return f"ResolvedImage({self.format.value}, {self.width:g}x{self.height:g}, {self.key[:10]})"


# Declared types Next reads as the format they name; `image/jpg` (which Satori has no parser for,
# throwing) is one pureog reads but Next does not.
_NEXT_UNREAD_TYPES = frozenset({"image/jpg"})


def _warn_declared_type(declared_type: str, found: ImageFormat, where: str) -> None:
    """Warn when a data: URI's type is not the one of its bytes (pureog sniffs, as browsers do).

    Satori parses the header the type names (a JPEG labelled image/png gets the size of garbage bytes,
    image/jpg throws) and resvg picks its decoder by the type too, so Next draws nothing there:
    plainly broken output, listed in spec/differences.md; pureog draws the picture the bytes hold.
    """
    from pureog.images.sniff import MIME_TYPES  # noqa: PLC0415

    declared = declared_type.lower()
    if MIME_TYPES.get(declared) == found and declared not in _NEXT_UNREAD_TYPES:
        return
    from pureog.errors import tolerate  # noqa: PLC0415

    tolerate(f"{where}: the data: URI says {declared_type or 'no type'} but holds a {found.value.upper()} "
             f"image; drawn as {found.value.upper()} (Next draws nothing or throws: it trusts the declared type)",
             error=ImageError)


def _resolved(data: bytes, declared: ImageFormat | None, where: str) -> ResolvedImage:
    import hashlib  # noqa: PLC0415  (see the module docstring)

    from pureog.images.sniff import ImageFormat, sniff, svg_zero_size  # noqa: PLC0415

    try:
        info = sniff(data, declared, where)
    except ImageError:
        if svg_zero_size(data):
            tolerate(f"{where}: the SVG is 0 x 0 px; no picture is drawn, as Next.js draws none", error=ImageError)
            return _zero_svg(data)
        raise
    if info.format == ImageFormat.AVIF:
        raise ImageError(f"AVIF images are not supported yet ({where})")
    # A WebP: Satori 0.29 reads its size from the first VP8, VP8L or VP8X chunk (handler/image.ts
    # parseWebP), the size sniff reads, and lays it out as any image; Next's resvg then draws no WebP
    # pixels (plainly broken output, spec/differences.md), so pureog draws the picture into that box
    # as a browser would (paintimg seed 100399: a WebP 89 px tall is 119 px wide, 4:3, not stretched).
    return ResolvedImage(info.format, data, info.width, info.height, hashlib.sha1(data).hexdigest())


# Satori's own data URI pattern (handler/image.ts), searched, not anchored: lower-case types only.
_SATORI_DATA_URI = r"data:(?P<type>[a-z/+]+)(?:;[^;=]+=[^;=]+)*?(?:;(?P<enc>[^;,]+))?,"


def satori_sizes(uri: str) -> bool:
    """Whether Satori reads a size from a ``data:`` URI: only from SVG text or base64 data of a type its
    pattern matches. Any other URI it resolves "without size" (``data:text/plain,hello``,
    ``data:image/png,abc``) and hands to resvg as written; a bad base64 payload makes it throw."""
    match = re.search(_SATORI_DATA_URI, uri, re.S)
    return match is not None and (match.group("type") == "image/svg+xml" or match.group("enc") == "base64")


def _undrawable(data: bytes) -> ResolvedImage:
    """Bytes no decoder reads from a URI Satori resolves without a size: Next lays the ``<img>`` out
    from its ``width``/``height`` attributes (:func:`resolve_images` raises without them, as Satori
    throws) and resvg draws nothing; a ``url()`` background layer draws nothing either."""
    import hashlib  # noqa: PLC0415

    from pureog.images.sniff import ImageFormat  # noqa: PLC0415

    return ResolvedImage(ImageFormat.PNG, data, math.nan, math.nan, hashlib.sha1(data).hexdigest(),
                         satori_sized=False, drawable=False)


def _zero_svg(data: bytes) -> ResolvedImage:
    """An SVG whose root says ``width="0" height="0"``: Satori's ratio is 0 / 0, NaN, as for an image of
    unknown size (an unsized ``<img>`` is 100 % wide), and resvg draws nothing of it."""
    from pureog.images.sniff import ImageFormat  # noqa: PLC0415

    return replace(_undrawable(data), format=ImageFormat.SVG)


def data_uri_type(uri: str) -> str:
    """The type a ``data:`` URI declares (``image/png``), or "" when it names none: the header only,
    as :data:`_DATA_URI` reads it (the payload, maybe megabytes, is not scanned again)."""
    match = re.match(r"data:([a-zA-Z/+.-]*)", uri)
    return match.group(1) if match else ""


def decode_data_uri(uri: str) -> tuple[bytes, ImageFormat | None]:
    """The payload bytes and the declared format of a ``data:`` URI, at most :data:`MAX_IMAGE_BYTES`."""
    match = re.match(_DATA_URI, uri, re.S)
    if match is None:
        raise ImageError("malformed data: URI (expected data:<type>[;base64],<data>)")
    from pureog.images.sniff import MIME_TYPES  # noqa: PLC0415

    declared = MIME_TYPES.get(match.group("type").lower())
    payload = match.group("data")
    if (match.group("enc") or "").lower() == "base64":
        cleaned = re.sub(r"\s+", "", payload)
        if len(cleaned) // 4 * 3 > MAX_IMAGE_BYTES:  # its size is known before decoding
            raise _too_large()
        try:
            return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4)), declared
        except (binascii.Error, ValueError):
            raise ImageError("malformed data: URI: invalid base64") from None
    # Satori: decodeURIComponent(data.replace(/ /g, '%20')); we accept raw UTF-8 text too.
    return _unquote_bounded(payload), declared


def _too_large() -> ImageError:
    return ImageError(f"image data over {MAX_IMAGE_BYTES >> 20} MB (spec/limits.md)")


_UNQUOTE_CHUNK = 1 << 16


def _unquote_bounded(payload: str) -> bytes:
    """``unquote_to_bytes(payload)`` 64 KB at a time, refused past :data:`MAX_IMAGE_BYTES`.

    unquote_to_bytes splits its whole input at every ``%`` into a list of small bytes objects: 30 MB of
    ``%3C`` went past 2 GB. Each chunk ends before an escape it would cut (a ``%`` in its last two bytes),
    so the chunks decode to exactly the bytes the whole does."""
    raw = payload.encode("utf-8", "surrogatepass")
    if len(raw) - 2 * raw.count(b"%") > MAX_IMAGE_BYTES:  # each escape of 3 bytes decodes to 1
        raise _too_large()
    out = bytearray()
    start = 0
    while start < len(raw):
        end = min(start + _UNQUOTE_CHUNK, len(raw))
        if end < len(raw):
            escape = raw.rfind(b"%", end - 2, end)
            if escape > start:
                end = escape
        out += unquote_to_bytes(raw[start:end])
        if len(out) > MAX_IMAGE_BYTES:
            raise _too_large()
        start = end
    return bytes(out)


def read_local(src: str, base_dir: str | None, image_root: str | None, where: str) -> bytes:
    """Read a local image file under the policy above (:func:`pureog.files.read_inside`)."""
    if src.startswith("file:"):
        src = unquote_to_bytes(src[5:].removeprefix("//")).decode("utf-8", "replace")
        if os.path.isabs(src):  # file:///x: an absolute path, refused like any other
            raise ImageError(f"image path {src!r} must be relative to the document's directory")
    return read_inside(src, base_dir, root=image_root, max_bytes=MAX_IMAGE_BYTES, what="image file",
                       error=ImageError)


def resolve_source(
    src: object, *, base_dir: str | None = None, image_root: str | None = None, where: str = "image"
) -> ResolvedImage:
    """Resolve one ``src`` value (see the module docstring for what is accepted)."""
    if isinstance(src, ResolvedImage):
        return src
    if isinstance(src, (bytes, bytearray, memoryview)):
        if len(src) > MAX_IMAGE_BYTES:
            raise _too_large()
        return _resolved(bytes(src), None, where)
    if not isinstance(src, str) or not src.strip():
        raise ImageError("image source is not provided (expected a data: URI, bytes or a file path)")
    text = src.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":  # Satori strips quotes
        text = text[1:-1]
    lower = text[:8].lower()
    if lower.startswith("data:"):
        data, declared = decode_data_uri(text)
        try:
            resolved = _resolved(data, declared, where)
        except ImageError:
            if not satori_sizes(text):
                tolerate(f"{where}: the data is no image pureog or Next.js reads; no picture is drawn, as "
                         "Next.js draws none", error=ImageError)
                return _undrawable(data)
            raise
        if resolved.drawable:
            _warn_declared_type(data_uri_type(text), resolved.format, where)
        return resolved
    if lower.startswith(("http:", "https:")) or "://" in text[:12]:
        raise ImageError(
            f"image URL {text[:80]!r} is not fetched: pureog never uses the network; download the image "
            "and pass it as bytes, a data: URI or a local path"
        )
    data = read_local(text, base_dir, image_root, where)
    ext = os.path.splitext(text)[1].lower()
    if ext == ".svg":
        from pureog.images.sniff import ImageFormat  # noqa: PLC0415

        return _resolved(data, ImageFormat.SVG, where)
    return _resolved(data, None, where)


def resolve_images(document: Document) -> Document:
    """The document with every ``<img>``'s ``src`` replaced by its :class:`ResolvedImage`."""
    root = getattr(document, "image_root", None)
    memo: dict[object, ResolvedImage] = {}

    def visit(element: Element) -> Element:
        children = element.children
        new_children = tuple(child if isinstance(child, Text) else visit(child) for child in children)
        attributes = element.attributes
        if element.type == "img":
            src = element.attribute("src")
            key: object = src if isinstance(src, (str, bytes)) else id(src)
            try:
                resolved = memo.get(key) or resolve_source(
                    src, base_dir=document.source_dir, image_root=root, where=f"<img> at {element.path}"
                )
            except ImageError as exc:
                raise ImageError(exc.message, path=f"{element.path}.src") from None
            if not resolved.drawable and resolved.format != "svg" and (
                    element.attribute("width") is None or element.attribute("height") is None):
                raise ImageError("the image size cannot be determined from its data, as in Next.js: give the "
                                 "<img> width and height attributes", path=f"{element.path}.src")
            memo[key] = resolved
            if any(k == "src" for k, _ in attributes):
                attributes = tuple((k, resolved if k == "src" else v) for k, v in attributes)
            else:
                attributes = attributes + (("src", resolved),)
        if new_children == children and attributes is element.attributes:
            return element
        return replace(element, children=new_children, attributes=attributes)

    new_root = visit(document.root)
    return document if new_root is document.root else replace(document, root=new_root)
