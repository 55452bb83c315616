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
from collections.abc import Mapping, Sequence
from typing import Any

from pureog.document.css_text import camel_case, parse_css_declarations
from pureog.document.model import Child, Document, Element, FontSource, Text, js_number_text
from pureog.errors import DocumentError, LimitError, tolerate

DEFAULT_WIDTH = 1200
DEFAULT_HEIGHT = 630
MAX_CANVAS_SIDE = 16384
MAX_CANVAS_PIXELS = 36_000_000  # 6000 x 6000: a 144 MB pixmap; far past any card, short of exhausting memory
MAX_DEPTH = 100  # deep enough for any card; keeps every recursive stage far from Python's limit

DOCUMENT_KEYS = frozenset({"width", "height", "fonts", "emoji", "debug", "element"})
FONT_KEYS = frozenset({"name", "path", "data", "weight", "style", "lang"})
ELEMENT_KEYS = frozenset({"type", "props", "key", "ref"})
EMOJI_PROVIDERS = ("twemoji", "blobmoji", "noto", "openmoji", "fluent", "fluentFlat")
FONT_WEIGHTS = (100, 200, 300, 400, 500, 600, 700, 800, 900)


def load(source: Any, *, base_dir: str | None = None, data: Mapping[str, Any] | None = None,
         lenient: bool = False) -> Document:
    """Load a document from a file path, YAML/JSON text, a mapping, or an already loaded Document.

    A string that names an existing file (or ends in .yaml/.yml/.json) is read as a file; any other string
    is parsed as YAML (JSON is a subset of YAML). Relative font paths resolve against the file's directory
    (or ``base_dir``). ``data`` (and a top-level ``data:`` key) make the document a template, expanded
    first (``spec/templates.md``); ``lenient`` renders missing template values as empty.
    """
    if isinstance(source, Document):
        if data is not None:
            raise DocumentError("data was given, but the document is already loaded; pass the template itself")
        return source
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = os.fspath(source)
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            raise DocumentError(f"cannot read document {path!r}: {exc.strerror}") from None
        text = _decode(raw, path)
        parsed = parse_text(text, name=path)
        return from_mapping(parsed, base_dir=os.path.dirname(os.path.abspath(path)), template_data=data,
                            lenient=lenient)
    if isinstance(source, bytes):
        source = _decode(source, "<bytes>")
    if isinstance(source, str):
        return from_mapping(parse_text(source), base_dir=base_dir, template_data=data, lenient=lenient)
    if isinstance(source, Mapping):
        return from_mapping(source, base_dir=base_dir, template_data=data, lenient=lenient)
    raise DocumentError(f"expected a document (path, YAML/JSON text or mapping), got {type(source).__name__}")


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    return text.endswith((".yaml", ".yml", ".json")) or os.path.isfile(text)


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name} is not UTF-8 text: {exc.reason} at byte {exc.start}") from None


def parse_text(text: str, *, name: str = "<text>") -> Any:
    """Parse YAML or JSON text (JSON first: faster and gives better errors for JSON)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        import json  # noqa: PLC0415  (lazy, like yaml: documents given as mappings need neither)

        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # maybe YAML flow syntax; let YAML decide and report
    import yaml  # imported lazily: only documents in YAML pay for it

    # libyaml's parser when PyYAML was built with it (the usual wheels are): the same documents and
    # values, several times faster to parse than the pure-Python reader. Its error messages are
    # worded differently, so a document it rejects is parsed again by the pure-Python loader, whose
    # message (and line/column) is the one reported.
    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is not None:
        try:
            return yaml.load(text, Loader=fast_loader)  # noqa: S506  (a safe loader)
        except yaml.YAMLError:
            pass
    try:
        return yaml.safe_load(text)
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
                 lenient: bool = False) -> Document:
    """Build a Document from parsed YAML/JSON data (a document mapping or a bare element).

    A template (a top-level ``data:`` key, or ``template_data`` given) is expanded first."""
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
            root=parse_element(data, "$", depth=0),
            source_dir=base_dir,
        )
    unknown = sorted(str(k) for k in data if k not in DOCUMENT_KEYS)
    if unknown:
        allowed = ", ".join(sorted(DOCUMENT_KEYS))
        raise DocumentError(f"unknown key {unknown[0]!r} (allowed: {allowed})", path="$")
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
    fonts = parse_fonts(data.get("fonts"), "$.fonts", base_dir)
    root = parse_element(data["element"], "$.element", depth=0)
    return Document(width, height, root, fonts, emoji, debug, base_dir)


def _canvas_side(value: Any, path: str) -> int:
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


def parse_fonts(value: Any, path: str, base_dir: str | None) -> tuple[FontSource, ...]:
    """Font entries: ``{name, path | data, weight?, style?}``; ``data`` is bytes or base64 text."""
    if value is None:
        return ()
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise DocumentError(f"expected a list of fonts, got {_kind(value)}", path=path)
    return tuple(parse_font(entry, f"{path}[{i}]", base_dir) for i, entry in enumerate(value))


def parse_font(entry: Any, path: str, base_dir: str | None) -> FontSource:
    if isinstance(entry, FontSource):
        return entry
    if hasattr(entry, "to_source"):  # pureog.Font
        return entry.to_source()  # type: ignore[no-any-return]
    if not isinstance(entry, Mapping):
        raise DocumentError(f"expected a font mapping {{name, path|data, weight, style}}, got {_kind(entry)}",
                            path=path)
    unknown = sorted(str(k) for k in entry if k not in FONT_KEYS)
    if unknown:
        raise DocumentError(f"unknown font key {unknown[0]!r} (allowed: {', '.join(sorted(FONT_KEYS))})", path=path)
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DocumentError("a font needs a non-empty 'name'", path=f"{path}.name")
    weight = entry.get("weight", 400)
    if weight not in FONT_WEIGHTS or isinstance(weight, bool):
        raise DocumentError(f"font weight must be one of 100, 200, ..., 900, got {weight!r}", path=f"{path}.weight")
    style = entry.get("style", "normal")
    if style not in ("normal", "italic"):
        raise DocumentError(f"font style must be 'normal' or 'italic', got {style!r}", path=f"{path}.style")
    has_path, has_data = "path" in entry, "data" in entry
    if has_path == has_data:
        raise DocumentError("a font needs exactly one of 'path' or 'data'", path=path)
    if has_path:
        data = _read_font_file(entry["path"], f"{path}.path", base_dir)
    else:
        data = _font_bytes(entry["data"], f"{path}.data")
    return FontSource(name=name, data=data, weight=int(weight), style=style, path=path)


def _read_font_file(value: Any, path: str, base_dir: str | None) -> bytes:
    if not isinstance(value, str):
        raise DocumentError(f"expected a file path, got {_kind(value)}", path=path)
    full = value if os.path.isabs(value) or base_dir is None else os.path.join(base_dir, value)
    try:
        with open(full, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise DocumentError(f"cannot read font file {value!r}: {exc.strerror}", path=path) from None


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


def parse_element(node: Any, path: str, *, depth: int) -> Element:
    """One element in React shape ``{type, props}`` or shorthand ``{tag: props | children}``."""
    if depth > MAX_DEPTH:
        raise LimitError(f"the element tree is deeper than {MAX_DEPTH} levels", path=path)
    if isinstance(node, Element):
        return node
    if not isinstance(node, Mapping):
        raise DocumentError(f"expected an element mapping, got {_kind(node)}", path=path)
    if "type" in node:
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
    unknown = sorted(str(k) for k in node if k not in ELEMENT_KEYS)
    if unknown:
        raise DocumentError(f"unknown element key {unknown[0]!r} (allowed: type, props, key, ref)", path=path)
    tag = node["type"]
    if not isinstance(tag, str) or not tag:
        raise DocumentError(f"element type must be a tag name string, got {_kind(tag)}", path=f"{path}.type")
    props = node.get("props") or {}
    if not isinstance(props, Mapping):
        raise DocumentError(f"expected props to be a mapping, got {_kind(props)}", path=f"{path}.props")
    return _build_element(tag, props, f"{path}.props", path, depth)


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
    for key, value in props.items():
        if not isinstance(key, str):
            raise DocumentError(f"prop names must be strings, got {_kind(key)}", path=props_path)
        if key == "style":
            style = parse_style(value, f"{props_path}.style")
        elif key == "children":
            children = _merge_texts(_parse_children(value, f"{props_path}.children", depth))
        elif key in ("key", "ref"):
            continue
        elif key == "tw":
            tw = _parse_tw(value, f"{props_path}.tw")
        elif key in ("dangerouslySetInnerHTML", "className"):
            raise DocumentError(f"prop {key!r} is not supported; use 'style' or 'tw'", path=f"{props_path}.{key}")
        else:
            attributes.append((key, value))
    return Element(tag, style, children, tuple(attributes), path, f"{props_path}.style", tw)


def _parse_tw(value: Any, path: str) -> str | None:
    """Satori's ``tw`` prop: a string of Tailwind classes (empty or null: none)."""
    if value is None or value == "":
        return None
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


def _parse_children(value: Any, path: str, depth: int) -> tuple[Child, ...]:
    """React children: one child or a (nested) list; null and booleans render nothing."""
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        out: list[Child] = []
        for i, item in enumerate(value):
            out.extend(_parse_children(item, f"{path}[{i}]", depth))
        return tuple(out)
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, str):
        return (Text(value, path),)
    if isinstance(value, (int, float)):
        return (Text(js_number_text(value), path),)
    if isinstance(value, Text):
        return (value,)
    return (parse_element(value, path, depth=depth + 1),)


def parse_style(value: Any, path: str) -> tuple[tuple[str, object], ...]:
    """A style mapping (camelCase or kebab-case keys) or a CSS declaration string -> camelCase pairs."""
    if value is None:
        return ()
    if isinstance(value, str):
        try:
            declarations = parse_css_declarations(value)
        except ValueError as exc:
            raise DocumentError(str(exc), path=path) from None
        return tuple((camel_case(name), text) for name, text in declarations)
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected a style mapping or CSS string, got {_kind(value)}", path=path)
    out: list[tuple[str, object]] = []
    for key, raw in value.items():
        if not isinstance(key, str):
            raise DocumentError(f"style property names must be strings, got {_kind(key)}", path=path)
        if raw is not None and not isinstance(raw, (str, int, float)):  # null and booleans: the cascade
            raise DocumentError(f"expected a string or number, got {_kind(raw)}", path=f"{path}.{key}")
        out.append((camel_case(key), raw))
    return tuple(out)


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
