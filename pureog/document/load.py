"""Loading documents: YAML / JSON files or text, or Python dicts -> :class:`Document`.

Accepts the two element shapes of ``spec/format.md``: React's ``{type, props: {style, children, ...}}``
(so a tree dumped from JSX works unchanged) and the terse YAML shorthand ``{div: {style: ..., children:
[...]}}`` / ``{span: "text"}``. Style declarations may be camelCase or kebab-case mappings or a CSS
string; they are normalized to camelCase pairs here, values untouched (the style layer parses them).
Every error names the path of the offending value (``$.element.props.children[1].props.style``).

Input -> output: text / path / mapping -> :class:`pureog.document.model.Document`.
``yaml`` is imported only in this package. Imports nothing above ``pureog.document``; the template
modules only for a document that is a template.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pureog.document.css_text import camel_case, parse_css_declarations, satori_property_name
from pureog.document.locales import LOCALES, is_valid_locale
from pureog.document.model import Child, Document, Element, FontSource, Text, js_number_text, plain_number
from pureog.document.yaml_schema import import_yaml, loaders
from pureog.errors import DocumentError, LimitError, tolerate
from pureog.files import check_root, read_inside, read_regular
from pureog.limits import (
    DEEP_TREE,
    MAX_CANVAS_PIXELS,
    MAX_CANVAS_SIDE,
    MAX_DEPTH,
    MAX_DOCUMENT_FILE_BYTES,
    MAX_DOCUMENT_NODES,
    MAX_ELEMENTS,
    MAX_FONT_FILE_BYTES,
    MAX_TEXT_CHARS,
    MAX_TEXT_NESTING,
    make_recursion_room,
)

DEFAULT_WIDTH = 1200
DEFAULT_HEIGHT = 630
__all__ = ["MAX_CANVAS_PIXELS", "MAX_CANVAS_SIDE", "MAX_DEPTH"]  # re-exported: older imports name them here

DOCUMENT_KEYS = frozenset({"width", "height", "fonts", "emoji", "debug", "features", "element"})
FONT_KEYS = frozenset({"name", "path", "data", "weight", "style", "lang", "index"})
ELEMENT_KEYS = frozenset({"type", "props", "key", "ref"})
REACT_INTERNAL_KEYS = frozenset({"$$typeof", "_owner", "_store", "_self", "_source", "_debugInfo", "_debugStack",
                                 "_debugTask"})
"""Keys a JSON dump of a React element carries besides type/props (React 18 and 19, development builds):
Satori never reads them, so they are skipped."""
_READ_ELEMENT_KEYS = ELEMENT_KEYS | REACT_INTERNAL_KEYS
EMOJI_PROVIDERS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
FONT_WEIGHTS = (100, 200, 300, 400, 500, 600, 700, 800, 900)
MAX_FONT_WEIGHT = 1000  # CSS's range of font-weight numbers


def load(source: Any, *, base_dir: str | None = None, data: Mapping[str, Any] | None = None,
         lenient: bool = False, root: str | None = None) -> Document:
    """Load a document from a file path object, YAML/JSON text, a mapping, or an already loaded Document.

    A :class:`os.PathLike` (``pathlib.Path``) is read as a file; a string is always parsed as YAML (JSON
    is a subset of YAML), never opened: a one-line string ending in .yaml/.yml/.json is an error that
    says so. Relative font and image paths resolve against the file's directory (or ``base_dir``).
    ``data`` (and a top-level ``data:`` key) make the document a template, expanded first
    (``spec/templates.md``); ``lenient`` renders missing template values as empty. ``root`` widens
    where fonts and images may be read from (default: the document's directory; spec/security.md).
    """
    if isinstance(source, Document):
        if data is not None:
            raise DocumentError("data was given, but the document is already loaded; pass the template itself")
        return source
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        if not isinstance(path, str):
            path = os.fsdecode(path)
        raw = read_regular(path, max_bytes=MAX_DOCUMENT_FILE_BYTES, what="document", error=DocumentError)
        parsed = parse_text(decode_text(raw, path), name=path)
        if not isinstance(parsed, Mapping):  # say so without quoting the file: it may be any file
            raise DocumentError(f"{path} is not a pureog document (its top level is {_shape(parsed)}, "
                                "not a mapping)", path="$")
        return from_mapping(parsed, base_dir=os.path.dirname(os.path.abspath(path)), template_data=data,
                            lenient=lenient, root=root)
    if isinstance(source, str) and _looks_like_path(source):
        # Strings are documents, never file names (spec/security.md): a web app passing user text
        # must not have it read /etc/passwd. Files are read from a path object or load_file().
        raise DocumentError(f"got the string {source[:200]!r}, which looks like a file name; strings are "
                            f"documents (YAML/JSON text): to read a file, pass pathlib.Path({source[:200]!r}) "
                            "or use pureog.load_file()")
    if isinstance(source, bytes):
        source = decode_text(source, "<bytes>")
    if isinstance(source, str):
        return from_mapping(parse_text(source), base_dir=base_dir, template_data=data, lenient=lenient, root=root)
    if isinstance(source, Mapping):
        return from_mapping(source, base_dir=base_dir, template_data=data, lenient=lenient, root=root)
    raise DocumentError(f"expected a document (path, YAML/JSON text or mapping), got {type(source).__name__}")


def _looks_like_path(text: str) -> bool:
    """A one-line string ending in a document file extension: a file name given by mistake (checked
    by its spelling only: the file system is not consulted)."""
    text = text.strip()
    return "\n" not in text and len(text) <= 4096 and text.lower().endswith((".yaml", ".yml", ".json"))


def _shape(value: Any) -> str:
    """What a parsed value is, without its content (for errors about files)."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "a list"
    return "empty" if value is None else "a " + type(value).__name__


def decode_text(raw: bytes, name: str) -> str:
    """A document's bytes as text (UTF-8, a BOM dropped); a DocumentError naming ``name`` otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name} is not UTF-8 text: {exc.reason} at byte {exc.start}") from None


def _check_text_nesting(text: str, name: str) -> None:
    """Refuse text nested deeper than any document (spec/limits.md) before a parser sees it: YAML and
    JSON parsers recurse per level, and 100,000 ``[`` overflow the C stack (a crash, not an error)."""
    import re  # noqa: PLC0415

    depth = deepest = 0
    for bracket in re.sub(r"[^\[\]{}]+", "", text):  # flow nesting, counted at C speed when brackets are few
        depth = depth + 1 if bracket in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    indent = max((len(m) for m in re.findall(r"^[ \t-]*", text, re.M)), default=0)  # block nesting
    if deepest > MAX_TEXT_NESTING or indent > 4 * MAX_TEXT_NESTING:
        raise LimitError(f"{name} is nested deeper than any document ({MAX_TEXT_NESTING} levels)", path="$")
    if deepest > DEEP_TREE or indent > 4 * DEEP_TREE:
        make_recursion_room()  # the JSON reader and YAML's constructor count against Python's limit


def parse_text(text: str, *, name: str = "<text>") -> Any:
    """Parse YAML or JSON text (JSON first: faster and gives better errors for JSON)."""
    text = scrub_text(text)  # lone surrogates (from str built in Python): no parser would encode them
    _check_text_nesting(text, name)
    try:
        return _parse_text(text, name)
    except RecursionError:  # nesting the check above let through (it errs on the side of documents)
        raise LimitError(f"{name} is nested too deeply to parse", path="$") from None
    except ValueError as exc:  # an integer literal of over 4,300 digits, which Python's int() refuses
        raise DocumentError(f"{name} is not valid YAML/JSON: {exc}") from None


def _parse_text(text: str, name: str) -> Any:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        import json  # noqa: PLC0415  (lazy, like yaml: documents given as mappings need neither)

        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # maybe YAML flow syntax; let YAML decide and report
    yaml = import_yaml()  # imported lazily: only documents in YAML pay for it

    # YAML 1.1 as PyYAML reads it, less the implicit dates, times and octals that turn a card's text
    # into other values (pureog.document.yaml_schema). libyaml's parser when PyYAML was built with it
    # (the usual wheels are): the same documents and values, several times faster to parse than the
    # pure-Python reader. Its error messages are worded differently, so a document it rejects is
    # parsed again by the pure-Python loader, whose message (and line/column) is the one reported.
    fast_loader, pure_loader = loaders()
    if fast_loader is not None:
        try:
            return yaml.load(text, Loader=fast_loader)  # noqa: S506  (a safe loader)
        except yaml.YAMLError:
            pass
    try:
        return yaml.load(text, Loader=pure_loader)  # noqa: S506  (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        if "unhashable" in problem:  # `title: {{ x }}` is a YAML flow mapping, not a template
            problem += " (quote values that start with '{{', e.g. title: \"{{ post.title }}\")"
        raise DocumentError(f"{name} is not valid YAML/JSON{where}: {problem}") from None


def is_template(document: Any, data: Mapping[str, Any] | None) -> bool:
    """A document is expanded when it declares ``data:`` or when the caller gives data.

    A lone ``{data: ...}`` is the shorthand for an HTML ``<data>`` element, not a template."""
    return data is not None or (isinstance(document, Mapping) and "data" in document and len(document) > 1)


def from_mapping(data: Any, *, base_dir: str | None = None, template_data: Mapping[str, Any] | None = None,
                 lenient: bool = False, root: str | None = None) -> Document:
    """Build a Document from parsed YAML/JSON data (a document mapping or a bare element).

    A template (a top-level ``data:`` key, or ``template_data`` given) is expanded first. Font and
    image files are read inside ``root`` (default: ``base_dir``; spec/security.md); it becomes the
    Document's ``image_root``."""
    if root is not None:
        root = check_root(root, DocumentError)
    if not isinstance(data, Mapping):
        raise DocumentError(f"expected a mapping at the top level, got {_kind(data)}", path="$")
    if is_template(data, template_data):
        # Imported here: templates (and their expression language) cost import time plain cards skip.
        from pureog.document.template import expand_document  # noqa: PLC0415

        data = expand_document(data, template_data, lenient=lenient)
    if "element" not in data:
        # A bare element (React-shaped or shorthand) is also a document.
        return Document(
            width=DEFAULT_WIDTH,
            height=DEFAULT_HEIGHT,
            root=_parse_root(data, "$"),
            source_dir=base_dir,
            image_root=root,
        )
    _ignore_unknown_keys(data, DOCUMENT_KEYS, "$", "key")
    width = _canvas_side(data.get("width", DEFAULT_WIDTH), "$.width")
    height = _canvas_side(data.get("height", DEFAULT_HEIGHT), "$.height")
    if width * height > MAX_CANVAS_PIXELS:
        raise LimitError(f"a {width}x{height} canvas has more than {MAX_CANVAS_PIXELS:,} pixels", path="$")
    emoji = data.get("emoji", "twemoji")
    if emoji is None or emoji == "" or emoji is False:
        emoji = "twemoji"  # @vercel/og's loadEmoji: a falsy set is the default one
    elif emoji not in EMOJI_PROVIDERS:
        # ... and so is any set it does not know (no error in Next.js): warn, or raise when strict.
        tolerate(f"unknown emoji provider {emoji!r} (known: {', '.join(EMOJI_PROVIDERS)}); drawing Twemoji",
                 path="$.emoji", error=DocumentError)
        emoji = "twemoji"
    debug = data.get("debug", False)
    if not isinstance(debug, bool):
        raise DocumentError(f"expected true or false, got {_kind(debug)}", path="$.debug")
    features = data.get("features", "satori")
    if features not in ("satori", "browser"):
        raise DocumentError(f"expected 'satori' or 'browser', got {_kind(features)}", path="$.features")
    fonts = parse_fonts(data.get("fonts"), "$.fonts", base_dir, root)
    element = _parse_root(data["element"], "$.element")
    return Document(width, height, element, fonts, emoji, debug, features, base_dir, image_root=root)


def _parse_root(node: Any, path: str) -> Element:
    with _tree_budget():
        return parse_element(node, path, depth=0)


def _canvas_side(value: Any, path: str) -> int:
    value = plain_number(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DocumentError(f"expected a whole number of pixels, got {value!r}", path=path)
    if value != int(value):
        # Next.js lays out at the fractional size and resvg rounds the image to whole pixels.
        rounded = math.floor(value + 0.5)
        tolerate(f"a fractional canvas size is rounded to {rounded} px, as Next.js rounds it, got {value!r}",
                 path=path, error=DocumentError)
        value = rounded
    if not 1 <= value <= MAX_CANVAS_SIDE:
        raise LimitError(f"must be between 1 and {MAX_CANVAS_SIDE} px, got {value}", path=path)
    return int(value)


# --- fonts -------------------------------------------------------------------------------------


def parse_fonts(value: Any, path: str, base_dir: str | None, root: str | None = None) -> tuple[FontSource, ...]:
    """Font entries: ``{name, path | data, weight?, style?}``; ``data`` is bytes or base64 text."""
    if value is None:
        return ()
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise DocumentError(f"expected a list of fonts, got {_kind(value)}", path=path)
    return tuple(parse_font(entry, f"{path}[{i}]", base_dir, root) for i, entry in enumerate(value))


def _ignore_unknown_keys(mapping: Mapping[Any, Any], known: frozenset[str], path: str, what: str) -> None:
    """Warn about (strict: refuse) the keys of ``mapping`` outside ``known``. Next.js reads only the keys
    it knows of ImageResponse's options, a font entry and a React element (``status`` and ``headers``
    of the options, a font's ``display``, a mistyped ``widht``) and ignores the rest, so pureog draws
    the document without them; the warning names the key, which is usually a typo."""
    unknown = sorted(str(k) for k in mapping if k not in known)
    if not unknown:  # every element is loaded through here: nothing is built for the usual case
        return
    shown = ", ".join(sorted(k for k in known if not k.startswith(("_", "$"))))
    for key in unknown:
        tolerate(f"unknown {what} {key!r} (known: {shown}); ignored, as Next.js ignores it", path=path,
                 error=DocumentError)


def parse_font(entry: Any, path: str, base_dir: str | None, root: str | None = None) -> FontSource:
    if isinstance(entry, FontSource):
        return entry
    if hasattr(entry, "to_source"):  # pureog.Font
        return entry.to_source()  # type: ignore[no-any-return]
    if not isinstance(entry, Mapping):
        raise DocumentError(f"expected a font mapping {{name, path|data, weight, style}}, got {_kind(entry)}",
                            path=path)
    _ignore_unknown_keys(entry, FONT_KEYS, path, "font key")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DocumentError("a font needs a non-empty 'name'", path=f"{path}.name")
    weight = _font_weight(entry.get("weight", 400), f"{path}.weight")
    style = entry.get("style", "normal")
    if not isinstance(style, str):
        raise DocumentError(f"font style must be a string ('normal', 'italic'), got {_kind(style)}",
                            path=f"{path}.style")
    index = entry.get("index", 0)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < 4096:
        raise DocumentError(f"font index must be a face number 0, 1, 2, ... of a collection, got {index!r}",
                            path=f"{path}.index")
    lang = entry.get("lang")
    if lang is not None and lang != "" and not is_valid_locale(lang):
        # Satori's addFonts throws on a lang outside its list; an empty one passes its truthiness test
        # (`if (lang && !isValidLocale(lang))`) and is kept as the family key's suffix (text/fonts.py)
        raise DocumentError(f"invalid font lang {lang!r}: expected one of {', '.join(LOCALES)}", path=f"{path}.lang")
    has_path, has_data = "path" in entry, "data" in entry
    if has_path == has_data:
        raise DocumentError("a font needs exactly one of 'path' or 'data'", path=path)
    if has_path:
        data = _read_font_file(entry["path"], f"{path}.path", base_dir, root)
    else:
        data = _font_bytes(entry["data"], f"{path}.data")
    return FontSource(name=name, data=data, weight=weight, style=style, path=path, index=index, lang=lang)


def _font_weight(value: Any, path: str) -> int:
    """A face's weight for font matching: any number (or numeric text, read as its number where Satori
    compares the text with ``===`` and picks other faces: spec/differences.md), usually 100, 200, ..., 900;
    rounded to a whole weight. Satori matches a style as written, so any style text
    is accepted (AstroPaper's ``style: "bold"`` is a style no text asks for: its weight decides)."""
    number: float | None = None
    value = plain_number(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None or not math.isfinite(number) or not 0 <= number <= MAX_FONT_WEIGHT:
        raise DocumentError(f"font weight must be a number such as 100, 200, ..., 900, got {value!r}", path=path)
    return round(number)


def _read_font_file(value: Any, path: str, base_dir: str | None, root: str | None) -> bytes:
    """A font file under the security policy (spec/security.md): inside the document's directory
    (or the caller's ``root``)."""
    if not isinstance(value, str):
        raise DocumentError(f"expected a file path, got {_kind(value)}", path=path)
    if value.lower().startswith(("http:", "https:", "data:")) or "://" in value[:12] or value.startswith("//"):
        # refused as it is written, as an image URL is: never looked up as a file name (http:/host/x.ttf)
        raise DocumentError(f"font URL {value[:80]!r} is not fetched: pureog never uses the network; download "
                            "the font and give its bytes as data, or a local path", path=path)
    return read_inside(value, base_dir, root=root, max_bytes=MAX_FONT_FILE_BYTES, what="font file",
                       error=DocumentError, where=path)


def _font_bytes(value: Any, path: str) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        text = value.split(",", 1)[1] if value.startswith("data:") else value
        try:
            import base64  # noqa: PLC0415  (lazy: only base64 font data needs it)

            return base64.b64decode(text, validate=True)
        except ValueError:  # binascii.Error is a ValueError
            raise DocumentError("font data must be bytes or base64 text", path=path) from None
    raise DocumentError(f"font data must be bytes or base64 text, got {_kind(value)}", path=path)


# --- elements ----------------------------------------------------------------------------------


class _Budget:
    """What one document's tree has used so far: elements, text characters, child values visited."""

    __slots__ = ("chars", "css", "elements", "values")

    def __init__(self) -> None:
        self.elements = self.chars = self.values = 0
        # CSS declaration strings read so far: a YAML alias shares one string among many elements, and
        # each was parsed into fresh copies of its values (a 1 MB custom property on 1,900 elements:
        # ~1 MB an element, past 120 s and 470 MB at load 10); one parse, one tuple, shared
        self.css: dict[str, tuple[tuple[str, object], ...]] = {}


_BUDGET: ContextVar[_Budget | None] = ContextVar("pureog_load_budget", default=None)
_IN_SVG: ContextVar[bool] = ContextVar("pureog_load_in_svg", default=False)
"""Whether the elements being parsed are inside an inline <svg> (their style keys are kept as written)."""


@contextmanager
def _tree_budget() -> Iterator[None]:
    """One budget for the element tree parsed inside the block (a context variable: thread-safe)."""
    token = _BUDGET.set(_Budget())
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _spend(path: str, *, elements: int = 0, chars: int = 0, values: int = 0) -> None:
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.elements += elements
    budget.chars += chars
    budget.values += values
    if budget.elements > MAX_ELEMENTS:
        raise LimitError(f"the document has more than {MAX_ELEMENTS:,} elements", path=path)
    if budget.chars > MAX_TEXT_CHARS:
        raise LimitError(f"the document has more than {MAX_TEXT_CHARS:,} characters of text", path=path)
    if budget.values > MAX_DOCUMENT_NODES:
        raise LimitError(f"the element tree has more than {MAX_DOCUMENT_NODES:,} values", path=path)


def scrub_text(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 encoder accepts) replaced by U+FFFD, as a
    JavaScript ``TextEncoder`` does; a surrogate pair written as two code units becomes its character."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def parse_element(node: Any, path: str, *, depth: int) -> Element:
    """One element in React shape ``{type, props}`` or shorthand ``{tag: props | children}``."""
    if depth > MAX_DEPTH:
        raise LimitError(f"the element tree is deeper than {MAX_DEPTH} levels", path=path)
    if depth == DEEP_TREE:
        make_recursion_room()
    _spend(path, elements=1)
    if isinstance(node, Element):
        return node
    if not isinstance(node, Mapping):
        raise DocumentError(f"expected an element mapping, got {_kind(node)}", path=path)
    if "type" in node or _is_typeless_react_element(node):
        return _parse_react_element(node, path, depth)
    if len(node) == 1:
        (tag, body), = node.items()
        if isinstance(tag, str) and tag not in ("props",):
            return _parse_shorthand_element(tag, body, path, depth)
    if any(isinstance(k, str) and k in ("$each", "$if") for k in node):
        raise DocumentError("template directive outside a template: add a top-level 'data:' mapping "
                            "(spec/templates.md)", path=path)
    raise DocumentError(
        "expected an element: {type: tag, props: {...}} or the shorthand {tag: {...}}", path=path
    )


def _parse_react_element(node: Mapping[str, Any], path: str, depth: int) -> Element:
    _ignore_unknown_keys(node, _READ_ELEMENT_KEYS, path, "element key")
    tag = node.get("type")
    if not isinstance(tag, str):  # "" is an element of no known tag: Satori draws it as a plain box
        tag = _typeless(tag, path)
    props = node.get("props") or {}
    if not isinstance(props, Mapping):
        raise DocumentError(f"expected props to be a mapping, got {_kind(props)}", path=f"{path}.props")
    return _build_element(tag, props, f"{path}.props", path, depth)


def _is_typeless_react_element(node: Mapping[str, Any]) -> bool:
    """A React element whose ``type`` JSON could not keep: ``JSON.stringify`` drops a fragment's Symbol
    and a component's function, leaving ``{key, ref, props}`` (``{props}`` alone is no shorthand tag)."""
    return "props" in node and all(k in ELEMENT_KEYS or k in REACT_INTERNAL_KEYS for k in node)


def _typeless(tag: Any, path: str) -> str:
    """An element type that is not a string (missing, null, a number, a forwardRef object, ...): Satori
    tests the type against 'img', 'svg' and 'div' and looks its preset up by it, finds none of them, and
    draws the element as a plain box, as an element of type "" (spec/format.md); pureog warns."""
    what = "no type" if tag is None else f"type {_kind(tag)}"
    tolerate(f"an element with {what} (a fragment or component a JSON dump dropped) is drawn as a plain box, "
             "as Next.js draws it; give a tag name", path=f"{path}.type", error=DocumentError)
    return ""


def _parse_shorthand_element(tag: str, body: Any, path: str, depth: int) -> Element:
    tag_path = f"{path}.{tag}"
    if body is None:
        return Element(type=tag, path=path, style_path=f"{tag_path}.style")
    if isinstance(body, Mapping):
        return _build_element(tag, body, tag_path, path, depth)
    # `span: "text"` or `div: [children...]`: the value is the children.
    children = _merge_texts(_parse_children(body, f"{tag_path}", depth))
    return Element(type=tag, children=children, path=path, style_path=f"{tag_path}.style")


def _build_element(tag: str, props: Mapping[str, Any], props_path: str, path: str, depth: int) -> Element:
    style: tuple[tuple[str, object], ...] = ()
    children: tuple[Child, ...] = ()
    attributes: list[tuple[str, object]] = []
    tw: str | None = None
    style_keys: tuple[str, ...] = ()
    # each prop is a value read (a YAML alias shares one mapping of 20,000 attributes among 1,900
    # elements: 38 million copied, 2.7 GB; inline <svg> children past 120 s)
    _spend(props_path, values=len(props))
    for key, value in props.items():
        if not isinstance(key, str):
            raise DocumentError(f"prop names must be strings, got {_kind(key)}", path=props_path)
        if key == "style":
            style = parse_style(value, f"{props_path}.style")
            if isinstance(value, Mapping):  # the keys as written: JavaScript's object identity (see Element)
                style_keys = tuple(scrub_text(k) for k in value)
        elif key == "children":
            token = _IN_SVG.set(True) if tag == "svg" else None
            try:
                children = _merge_texts(_parse_children(value, f"{props_path}.children", depth))
            finally:
                if token is not None:
                    _IN_SVG.reset(token)
        elif key in ("key", "ref"):
            continue
        elif key == "tw":
            tw = _parse_tw(value, f"{props_path}.tw")
        elif key == "dangerouslySetInnerHTML":  # Next.js throws too
            raise DocumentError(f"prop {key!r} is not supported; use 'style' or 'tw'", path=f"{props_path}.{key}")
        elif key == "className":
            # Next.js ignores it (Satori reads only style and tw); real cards copied from components carry it.
            tolerate("prop 'className' is ignored, as Next.js ignores it; use 'style' or 'tw'",
                     path=f"{props_path}.className", error=DocumentError)
        else:
            attributes.append((key, scrub_text(value) if isinstance(value, str) else plain_number(value)))
    names = tuple(name for name, _ in style)
    # kept where they matter: inside an inline <svg>, under tw classes, and where two keys name one property
    if style_keys == names or not (_IN_SVG.get() or tw is not None or len(set(names)) < len(names)):
        style_keys = ()
    return Element(tag, style, children, tuple(attributes), path, f"{props_path}.style", tw, style_keys)


def _parse_tw(value: Any, path: str) -> str | None:
    """Satori's ``tw`` prop: a string of Tailwind classes (empty or null: none)."""
    if value is None or value == "" or value is False or (_is_number(value) and value == 0):
        return None  # Satori's `if (tw)`: JSX's `tw={wide && "px-8"}` gives false when not wide
    if not isinstance(value, str):
        raise DocumentError(f"expected a string of Tailwind classes, got {_kind(value)}", path=path)
    return value


def _merge_texts(children: tuple[Child, ...]) -> tuple[Child, ...]:
    """Satori's ``normalizeChildren``: adjacent strings (numbers, or strings that null and booleans
    separated) become one text node, so ``["Hello, ", name]`` wraps and draws as one text."""
    if sum(isinstance(child, Text) for child in children) < 2:
        return children
    out: list[Child] = []
    for child in children:
        if isinstance(child, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + child.text, out[-1].path)
        else:
            out.append(child)
    return tuple(out)


def _parse_children(value: Any, path: str, depth: int, nesting: int = 0) -> tuple[Child, ...]:
    """React children: one child or a (nested) list; null and booleans render nothing."""
    _spend(path, values=1)
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        if nesting > MAX_DEPTH:  # lists in lists recurse too
            raise LimitError(f"children lists are nested deeper than {MAX_DEPTH} levels", path=path)
        if nesting == DEEP_TREE:
            make_recursion_room()
        out: list[Child] = []
        for i, item in enumerate(value):
            out.extend(_parse_children(item, f"{path}[{i}]", depth, nesting + 1))
        return tuple(out)
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, str):
        _spend(path, chars=len(value))
        return (Text(scrub_text(value), path),)
    if isinstance(value, (int, float)):
        text = js_number_text(value)
        _spend(path, chars=len(text))  # numbers are text too (a template's list of 10,000 numbers)
        return (Text(text, path),)
    if isinstance(value, Text):
        return (value,)
    number = plain_number(value)
    if number is not value:  # numpy's int64, a Decimal, ...: the number JSON would carry
        return _parse_children(number, path, depth, nesting)
    return (parse_element(value, path, depth=depth + 1),)


def parse_style(value: Any, path: str) -> tuple[tuple[str, object], ...]:
    """A style mapping (camelCase or kebab-case keys) or a CSS declaration string -> camelCase pairs."""
    if value is None or (isinstance(value, (list, tuple)) and not value):  # JS: [] is an object without keys
        return ()
    if isinstance(value, bool) or _is_number(value):
        # Satori walks the style's keys (`for ... in`), and a boolean or number has none: JSX's
        # `style={active && {...}}` gives false. A true or a number is no style either: said so.
        if value:
            tolerate(f"a style that is {_kind(value)} has no declarations; ignored, as Next.js ignores it",
                     path=path, error=DocumentError)
        return ()
    if isinstance(value, str):
        budget = _BUDGET.get()
        known = budget.css.get(value) if budget is not None else None
        if known is None:
            try:
                declarations = parse_css_declarations(scrub_text(value))
            except ValueError as exc:
                raise DocumentError(str(exc), path=path) from None
            known = tuple((camel_case(name), text) for name, text in declarations)
            if budget is not None:
                budget.css[value] = known
        _spend(path, values=len(known))
        return known
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected a style mapping or CSS string, got {_kind(value)}", path=path)
    _spend(path, values=len(value))  # each declaration is a value read (as each prop is)
    out: list[tuple[str, object]] = []
    for key, raw in value.items():
        if not isinstance(key, str):
            raise DocumentError(f"style property names must be strings, got {_kind(key)}", path=path)
        if isinstance(raw, (list, tuple)):
            raw = _list_text(raw, f"{path}.{key}")
        raw = plain_number(raw)
        if raw is not None and not isinstance(raw, (str, int, float)):  # null and booleans: the cascade
            raise DocumentError(f"expected a string or number, got {_kind(raw)}", path=f"{path}.{key}")
        out.append((satori_property_name(scrub_text(key)), scrub_text(raw) if isinstance(raw, str) else raw))
    return tuple(out)


def _list_text(value: Sequence[Any], path: str, nesting: int = 0) -> str:
    """A list given as a style value, read as the text JavaScript's ``String()`` makes of it (items
    joined by commas, null as nothing, nested lists flattened the same way): Satori's ``purify`` reads
    it with ``Number()``, so ``[40]`` is 40 px in Next.js, and React DOM hands a browser that same text.
    Next.js throws on a list ``Number()`` cannot read (``['red']``); pureog reads its text as CSS, as a
    browser would (spec/differences.md)."""
    if nesting > MAX_DEPTH:
        raise LimitError(f"lists are nested deeper than {MAX_DEPTH} levels", path=path)
    if nesting == DEEP_TREE:
        make_recursion_room()
    _spend(path, values=len(value))
    parts: list[str] = []
    for item in value:
        if item is None:
            parts.append("")
        elif isinstance(item, bool):
            parts.append("true" if item else "false")
        elif isinstance(item, (int, float)):
            parts.append(js_number_text(item))
        elif isinstance(item, str):
            parts.append(item)
        elif isinstance(item, (list, tuple)):
            parts.append(_list_text(item, path, nesting + 1))
        else:
            raise DocumentError(f"expected a string or number, got a list holding {_kind(item)}", path=path)
    text = ",".join(parts)
    _spend(path, chars=len(text))
    return text


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, Sequence):
        return "a list"
    return type(value).__name__
