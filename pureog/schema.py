"""The JSON Schema of a pureog document, for editors: completion and checking of YAML/JSON documents.

Role: :func:`document_schema` builds a JSON Schema (draft 2020-12) of ``spec/format.md``: the top-level
keys, both element shapes (React's ``{type, props}`` and the shorthand ``{tag: props | children}``),
fonts, and templates (``spec/templates.md``: a whole ``"{{ ... }}"`` and ``$each``/``$if`` wherever a
value goes). ``style`` has one entry per property of the CSS table (:mod:`pureog.style.properties`), so
a new property appears here by itself; its keywords and examples are read from the table's ``values``
text and kept only when the property's own parser accepts them as they are.

The schema is as permissive as pureog: whatever pureog renders, warnings included (unknown properties,
``className``, a fractional canvas size, an unknown emoji set), validates. It rejects the shapes the
loader rejects: unknown top-level or element keys, a canvas size that is not a number, a style value
that is a list, a font without exactly one of ``path``/``data``. Its validation needs nothing newer
than draft 7 (``$defs`` are only pointed at), so older validators read it the same. :func:`schema_json`
is the text ``pureog schema`` prints. Imports the style table (its parsers check the keywords), the
loader's constants and the SVG shape names; nothing renders.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pureog.color import BLACK
from pureog.document.load import (
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    DOCUMENT_KEYS,
    EMOJI_PROVIDERS,
    FONT_WEIGHTS,
    MAX_FONT_WEIGHT,
    REACT_INTERNAL_KEYS,
)
from pureog.document.locales import LOCALES
from pureog.errors import PureogError
from pureog.images.svg.render import SHAPES
from pureog.limits import MAX_CANVAS_SIDE
from pureog.style.computed import ComputedStyle
from pureog.style.parse import RawValue, ValueContext
from pureog.style.presets import PRESETS
from pureog.style.properties import PROPERTIES, Invalid, Property, Support

__all__ = ["document_schema", "schema_json"]

Schema = dict[str, Any]
_DRAFT = "https://json-schema.org/draft/2020-12/schema"

_SCALAR = {"type": ["string", "number", "boolean", "null"]}
_TAGS = ("div", "span", "p", "img", "svg", *(t for t in PRESETS if t not in ("div", "p")), *sorted(SHAPES))
"""Tags offered for completion: Satori's HTML presets, span/img/svg, and the SVG shapes. Any tag is valid."""


def document_schema() -> Schema:
    """The JSON Schema of a document, as a dict."""
    return {
        "$schema": _DRAFT,
        "title": "pureog document",
        "description": "An Open Graph image: canvas size, fonts and an element tree styled with CSS "
                       "(spec/format.md). A mapping without 'element' is a bare element.",
        "type": "object",
        # A mapping with none of the document's keys is a bare element; anything else (an empty file
        # too) is a document, so completion offers the document's keys while one is being typed. The
        # price: a lone {width: ...}, which pureog draws as a <width> element, is refused: surely a
        # document that lacks its element.
        "if": {"minProperties": 1, "not": {"anyOf": [{"required": [key]} for key in sorted(DOCUMENT_KEYS)]}},
        "then": {"$ref": "#/$defs/bareElement"},
        "else": {"$ref": "#/$defs/document"},
        "$defs": {
            "document": _document(),
            "bareElement": _bare_element(),
            "font": _font(),
            "placeholder": _PLACEHOLDER,
            "templateData": _TEMPLATE_DATA,
            "canvasSide": _templatable("canvasSide", {
                "type": "number",
                # rounded half up, with a warning: 0.5 is the smallest side that gives a pixel
                "minimum": 0.5,
                "exclusiveMaximum": MAX_CANVAS_SIDE + 0.5,
            }, placeholder=True),
            "flag": _templatable("flag", {"type": "boolean"}, placeholder=True),
            "element": _element(),
            "reactElement": _react_element(),
            "shorthandElement": _shorthand_element(),
            "tag": _templatable("tag", {"anyOf": [{"enum": list(_TAGS)}, {"type": "string", "minLength": 1}]}),
            "body": _body(),
            "props": _props(),
            "children": _children(),
            "style": _templatable("style", {"anyOf": [{"$ref": "#/$defs/styleObject"}, {"type": ["string", "null"]},
                                                      {"type": "array", "maxItems": 0}]}),
            "styleObject": _style_object(),
            "styleValue": _templatable("styleValue", {"anyOf": [_SCALAR, {"$ref": "#/$defs/styleList"}]}),
            "styleList": {"type": "array", "items": {"anyOf": [_SCALAR, {"$ref": "#/$defs/styleList"}]},
                          "description": "A list is read as the text JavaScript's String() makes of it "
                                         "(Satori reads [40] as 40 px)."},
            "tw": _templatable("tw", {"type": ["string", "null"]}),
        },
    }


def schema_json() -> str:
    """The schema as formatted JSON text (what ``pureog schema`` prints)."""
    return json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- document and fonts

_PLACEHOLDER: Schema = {
    "type": "string",
    "pattern": r"^\{\{((?!\}\})[\s\S])*\}\}$",  # exactly one, nothing around it: only then is the type kept
    "description": "A template placeholder, replaced by a data value of any type (spec/templates.md).",
}


def _document() -> Schema:
    side = "Canvas {} in px: a whole number 1..{} (a fraction is rounded, with a warning). Default {}."
    return {
        "type": "object",
        "required": ["element"],
        "additionalProperties": True,  # unknown keys are ignored with a warning, as Next.js ignores them
        "properties": {
            "width": {"$ref": "#/$defs/canvasSide", "default": DEFAULT_WIDTH,
                      "description": side.format("width", MAX_CANVAS_SIDE, DEFAULT_WIDTH)},
            "height": {"$ref": "#/$defs/canvasSide", "default": DEFAULT_HEIGHT,
                       "description": side.format("height", MAX_CANVAS_SIDE, DEFAULT_HEIGHT)},
            "fonts": {
                "description": "Fonts to render with; when given, they replace the bundled Geist. "
                               "Never expanded by templates.",
                "type": ["array", "null"],
                "items": {"$ref": "#/$defs/font"},
            },
            "emoji": {
                "description": "Emoji set, as in Next.js. Empty or null is twemoji; an unknown value draws "
                               "Twemoji, with a warning. Sets other than twemoji need their package.",
                "default": "twemoji",
                "anyOf": [{"enum": list(EMOJI_PROVIDERS)}, {"description": "any other value: Twemoji"}],
            },
            "debug": {"$ref": "#/$defs/flag", "default": False, "description": "Draw the layout boxes."},
            "features": {"enum": ["satori", "browser"], "default": "satori",
                         "description": "satori draws what Next.js draws; browser also draws what Next.js "
                                        "ignores (zIndex, order, calc(), mixBlendMode, backdropFilter, ..., "
                                        "every OpenType default feature) as a browser does."},
            "element": {"anyOf": [{"$ref": "#/$defs/element"}, {"$ref": "#/$defs/placeholder"}],
                        "description": "The tree to draw: {type, props} or the shorthand {tag: props | children}."},
            "data": {"$ref": "#/$defs/templateData"},
        },
    }


_TEMPLATE_DATA: Schema = {
    "type": ["object", "null"],
    "description": "Makes the document a template: default values for {{ ... }}, $each and $if; the "
                   "caller's data (--data, --set, data=) is laid over them (spec/templates.md).",
}


def _bare_element() -> Schema:
    """A document that is only an element; with ``data`` and one more key, a template of one."""
    return {
        "anyOf": [
            {"$ref": "#/$defs/shorthandElement"},
            {"$ref": "#/$defs/reactElement"},
            {   # {data: {...}, div: ...}: a template whose expansion (data removed) is the element
                "type": "object",
                "required": ["data"],
                "minProperties": 2,
                "properties": {"data": {"$ref": "#/$defs/templateData"}},
                "anyOf": [
                    {"maxProperties": 2, "propertyNames": {"not": {"enum": ["type", "props"]}},
                     "additionalProperties": {"$ref": "#/$defs/body"}},
                    _react_element(data=True),
                ],
            },
        ],
    }


def _font() -> Schema:
    return {
        "type": "object",
        "description": "A font: its family name and exactly one of path or data.",
        "required": ["name"],
        "additionalProperties": True,  # unknown keys are ignored with a warning (a font's display, ...)
        "properties": {
            "name": {"type": "string", "pattern": r"\S",
                     "description": "The family name fontFamily refers to (matched case-insensitively)."},
            "path": {"type": "string",
                     "description": "A TTF/OTF/WOFF/WOFF2 file, relative to the document's directory and inside it."},
            "data": {"type": "string",
                     "description": "The font's bytes: base64 text or a data: URI (in YAML, also !!binary)."},
            "weight": {"anyOf": [{"type": "number", "minimum": 0, "maximum": MAX_FONT_WEIGHT},
                                 {"type": "string", "pattern": r"^\s*[0-9.]+\s*$"}],
                       "default": 400, "examples": list(FONT_WEIGHTS), "description": "The face's weight."},
            "style": {"type": "string", "default": "normal", "examples": ["normal", "italic"],
                      "description": "The face's style: 'normal' or 'italic' (other words are kept and match "
                                     "no text's style, as in Satori)."},
            "lang": {"enum": [*LOCALES, ""],
                     "description": "Satori's locale of the face: a fallback for text whose element's lang is "
                                    "that locale (before the other locales' faces); never matched by fontFamily. "
                                    "An empty string, which Satori accepts, makes a fallback grouped with the "
                                    "faces without a lang."},
            "index": {"type": "integer", "minimum": 0, "default": 0,
                      "description": "The face's number in a font collection (TTC/OTC)."},
        },
        "oneOf": [{"required": ["path"]}, {"required": ["data"]}],
    }


def _templatable(name: str, schema: Schema, *, placeholder: bool = False) -> Schema:
    """``schema``, or a template directive making such a value; ``placeholder`` adds ``"{{ x }}"``
    where the value is not a string already (a whole placeholder keeps the data value's type)."""
    return {"anyOf": [schema, *([{"$ref": "#/$defs/placeholder"}] if placeholder else []), *_directives(name)]}


def _directives(name: str) -> list[Schema]:
    """``$each`` and ``$if`` (spec/templates.md) whose nodes are values of the definition ``name``."""
    node = {"$ref": f"#/$defs/{name}"}
    each = {
        "title": "$each (template)",
        "type": "object",
        "required": ["$each", "do"],
        "additionalProperties": False,
        "properties": {
            "$each": {"type": ["string", "array"], "description": "An expression giving a list (or a list)."},
            "as": {"type": "string", "pattern": r"^[A-Za-z_][A-Za-z0-9_]*$",
                   "not": {"enum": ["loop", "true", "false", "null"]},
                   "default": "item", "description": "The item's name inside 'do'."},
            "do": {**node, "description": "The node made for each item (a list's items are spliced in)."},
        },
    }
    condition = {
        "title": "$if (template)",
        "type": "object",
        "required": ["$if"],
        "additionalProperties": False,
        "properties": {
            "$if": {"type": ["string", "number", "boolean", "null"], "description": "An expression; missing is false."},
            "then": {**node, "description": "The node when the condition is true."},
            "else": {**node, "description": "The node otherwise (none: nothing)."},
        },
    }
    return [each, condition]


# --------------------------------------------------------------------------- elements


def _element() -> Schema:
    # A directive where an element goes makes children: an $each in a list splices its items in.
    return {"anyOf": [{"$ref": "#/$defs/shorthandElement"}, {"$ref": "#/$defs/reactElement"}, *_directives("children")]}


def _react_element(*, data: bool = False) -> Schema:
    """React's shape, exactly what a JSX tree dumps to; ``data`` allows a template's ``data`` next to it."""
    properties: Schema = {
        "type": {"anyOf": [{"$ref": "#/$defs/tag"}, {"const": ""}],
                 "description": "The tag name (\"\": an element of no tag, drawn as a plain box as Satori draws it)."},
        "props": {"anyOf": [{"$ref": "#/$defs/props"}, {"type": "null"}, {"$ref": "#/$defs/placeholder"}]},
        "key": {"description": "React's key: accepted and ignored."},
        "ref": {"description": "React's ref: accepted and ignored."},
    }
    for internal in sorted(REACT_INTERNAL_KEYS):
        properties[internal] = {"description": "Part of a JSON dump of a React element: accepted and ignored."}
    if data:
        properties["data"] = {"$ref": "#/$defs/templateData"}
    # unknown keys are ignored with a warning, as Satori reads only type and props
    return {"type": "object", "required": ["type"], "additionalProperties": True, "properties": properties}


def _shorthand_element() -> Schema:
    body = {"$ref": "#/$defs/body"}
    return {
        "type": "object",
        "description": "The shorthand: one key, the tag, whose value is the props, the children, or null.",
        "minProperties": 1,
        "maxProperties": 1,
        # {type: ...} is React's shape; {props: ...} is an error; in a template, a lone $each or $if
        # is a directive (outside one, pureog would draw a <$if> element: surely not what was meant).
        "propertyNames": {"not": {"enum": ["type", "props", "$each", "$if"]}},
        "properties": {tag: {**body, "description": f"<{tag}>: its props, or its children."} for tag in _TAGS},
        "additionalProperties": body,
    }


def _body() -> Schema:
    """A shorthand's value: a mapping is always the props, anything else the children."""
    return {"anyOf": [{"$ref": "#/$defs/props"}, _SCALAR, {"type": "array", "items": {"$ref": "#/$defs/children"}}]}


def _children() -> Schema:
    child = {"anyOf": [{"$ref": "#/$defs/element"}, _SCALAR, {"type": "array", "items": {"$ref": "#/$defs/children"}}]}
    return _templatable("children", child)


_ATTRIBUTES: Schema = {
    "src": {"description": "<img>: a data: URI or a file path relative to the document (never a URL)."},
    "width": {"description": "<img>, <svg>: the width the style does not set."},
    "height": {"description": "<img>, <svg>: the height the style does not set."},
    "alt": {"description": "<img>: accepted, not drawn."},
    "viewBox": {"description": "<svg>: the user coordinate system, 'minX minY width height'."},
    "lang": {"type": "string", "description": "The text's language (inherited): its Satori locale (matched by "
                                              "prefix: 'ja' is ja-JP) orders the fallback fonts given a lang; "
                                              "where pureog shapes text itself (features: browser, complex "
                                              "scripts) it is the OpenType language, for locl forms."},
}


def _props() -> Schema:
    return {
        "type": "object",
        "description": "style, children, tw; any other prop is an attribute (src, width, height, viewBox, ...).",
        "properties": {
            "style": {"$ref": "#/$defs/style",
                      "description": "CSS: a mapping (camelCase or kebab-case names) or a declaration string."},
            "children": {"$ref": "#/$defs/children",
                         "description": "One child or a list (lists nest): elements; strings and numbers are "
                                        "text; null, true and false render nothing."},
            "tw": {"$ref": "#/$defs/tw", "examples": ["flex items-center p-4 bg-blue-500/50"],
                   "description": "Tailwind classes, as Satori's twrnc reads them; style wins over them."},
            "key": {"description": "React's key: accepted and ignored."},
            "ref": {"description": "React's ref: accepted and ignored."},
            **_ATTRIBUTES,
            "className": {"description": "Ignored, with a warning, as Next.js ignores it: use style or tw.",
                          "deprecated": True, "deprecationMessage": "className is ignored: use style or tw"},
            "dangerouslySetInnerHTML": False,  # Next.js throws; pureog refuses it too
        },
        "additionalProperties": True,
    }


# --------------------------------------------------------------------------- style, from the table


def _style_object() -> Schema:
    probe = ValueContext(16.0, float(DEFAULT_WIDTH), float(DEFAULT_HEIGHT), BLACK, ComputedStyle())
    return {
        "type": "object",
        "description": "CSS declarations (spec/css.md). Unknown properties are ignored with a warning, as in "
                       "Next.js; names starting with '_' are an error.",
        "properties": {prop.name: _property(prop, probe) for prop in PROPERTIES.values()},
        "propertyNames": {"not": {"pattern": r"^\s*_"}},
        "additionalProperties": {"$ref": "#/$defs/styleValue"},
    }


def _property(prop: Property, probe: ValueContext) -> Schema:
    """One row of the table: its keywords to pick from, examples, and the row in words for hovers."""
    values = _values_text(prop)
    keywords = [word for word in _candidate_keywords(values) if _accepts(prop, word, probe)]
    examples = [sample for sample in _candidate_examples(values) if _accepts(prop, sample, probe)]
    value = {"$ref": "#/$defs/styleValue"}
    schema: Schema = {"description": _describe(prop), **({"anyOf": [{"enum": keywords}, value]} if keywords else value)}
    if examples:
        schema["examples"] = examples
    if prop.support is Support.IGNORED:
        # yaml-language-server shows deprecationMessage as a warning: the editor's twin of pureog's.
        schema |= {"deprecated": True, "deprecationMessage": f"{prop.name} is ignored, as Next.js ignores it"}
    return schema


_ASIDE = re.compile(r"\s+\([^)]*\)")  # "normal (= flex-start, ...)": a remark, not a value
_LEAD = re.compile(r"^(?:per layer:\s*)?(?:\d-\d of\s+)?")  # "1-4 of none, ...": each word alone is a value
_KEYWORD = re.compile(r"-?[a-z][a-z-]*")
_ALIAS = re.compile(r"as (\w+)")  # "as maskImage": the aliased property's values
# Words the table uses for value classes: some lenient parsers (transformOrigin's) take any word.
_CLASS_WORDS = frozenset({"any", "colour", "length", "number", "percentage"})


def _values_text(prop: Property) -> str:
    alias = _ALIAS.fullmatch(prop.values)
    return PROPERTIES[alias.group(1)].values if alias else prop.values


def _candidate_keywords(values: str) -> list[str]:
    """The bare words of a ``values`` text (``"flex, block, -webkit-box, ..."``)."""
    items = (_LEAD.sub("", item.strip()) for item in _ASIDE.sub("", values).split(","))
    return [item for item in items if _KEYWORD.fullmatch(item) and item not in _CLASS_WORDS]


# Sample values by what the ``values`` text mentions, grammars before plain value classes; each is kept
# only where the property accepts it.
_SAMPLES: tuple[tuple[re.Pattern[str], tuple[RawValue, ...]], ...] = (
    (re.compile(r"<grow>"), ("1 1 0",)),
    (re.compile(r"<direction>"), ("column wrap",)),
    (re.compile(r"<align-content>"), ("center space-between",)),
    (re.compile(r"<row-gap>"), ("16px",)),  # two values: a flex container reads the first for both
    (re.compile(r"<width> \|\| <style>"), ("1px solid #e2e8f0",)),
    (re.compile(r"<line>"), ("underline", "line-through dashed")),
    (re.compile(r"<width> <colour>"), ("1px #0f172a",)),
    (re.compile(r"<size>.*<family>"), ("bold 32px/1.2 Inter",)),
    (re.compile(r"gradient"), ("linear-gradient(90deg, #2563eb, #db2777)", "radial-gradient(circle, white, black)")),
    (re.compile(r"<x> <y>"), ("0 4px 12px rgba(0, 0, 0, 0.25)",)),
    (re.compile(r"\btranslate\b"), ("translate(10px, 20px) rotate(45deg)",)),
    (re.compile(r"\bblur\(\)"), ("blur(4px)", "grayscale(1)")),
    (re.compile(r"\bcircle\(\)"), ("circle(50%)", "inset(10px round 8px)")),
    (re.compile(r"\bnames\b"), ("Inter, sans-serif",)),
    (re.compile(r"\bw / h\b"), ("16 / 9",)),
    (re.compile(r"\.\.1000\b"), (400, 700)),
    (re.compile(r"\blengths?\b"), (16, "1.5em", "2rem")),
    (re.compile(r"\bnumber\b"), (1,)),
    (re.compile(r"\bpercentages?\b|%"), ("50%",)),
    (re.compile(r"\bcolou?rs?\b"), ("#0f172a", "rgb(37 99 235 / 50%)", "white", "transparent", "currentColor")),
)


def _candidate_examples(values: str) -> list[RawValue]:
    return [sample for pattern, samples in _SAMPLES if pattern.search(values) for sample in samples]


def _accepts(prop: Property, value: RawValue, probe: ValueContext) -> bool:
    """Whether pureog takes ``value`` for ``prop`` as it is: no error, no fallback (which warns).
    Ignored properties take nothing: their values are only described."""
    try:
        if prop.expand is not None:
            return all(name in PROPERTIES and _accepts(PROPERTIES[name], raw, probe)
                       for name, raw in prop.expand(value))
        if prop.parse is not None:
            prop.parse(value, probe)
            return True
    except PureogError:
        return False
    return False


_ON_INVALID = {
    Invalid.IGNORE: "A value that does not parse is ignored, with a warning.",
    Invalid.THROW: "A value that does not parse is an error, as Next.js throws.",
    Invalid.BLACK: "A value that does not parse paints black, with a warning, as in Next.js.",
    Invalid.TRANSPARENT: "A value that does not parse paints nothing, with a warning, as in Next.js.",
    Invalid.UNREADABLE: "A value that does not parse paints the text black without decoration lines or "
                        "currentColor borders, with a warning, as in Next.js.",
}
_CLASSES = (
    (re.compile(r"\blengths?\b"), "A length is a number (px) or text with a unit: px, em, rem, vw, vh, pt, ..."),
    (re.compile(r"\bpercentages?\b|%"), "A percentage is text such as '50%'."),
    (re.compile(r"\bcolou?rs?\b"), "A colour is #rgb[a], #rrggbb[aa], rgb(), hsl(), a CSS name, transparent "
                                   "or currentColor."),
)


def _describe(prop: Property) -> str:
    """The hover text: the table's row in words."""
    css = re.sub(r"([A-Z])", r"-\1", prop.name).lower()
    if prop.support is Support.IGNORED:
        return f"CSS {css}: ignored, with a warning, as Next.js ignores it ({prop.note})."
    parts = [f"CSS {css}: {prop.values}."]
    if prop.is_shorthand:
        parts.append("A shorthand: sets its longhands.")
    else:
        parts.append(f"Initial: {prop.initial}.")
    if prop.inherited:
        parts.append("Inherited.")
    if prop.support is Support.BROWSER:
        parts.append("Drawn only with features: browser; otherwise ignored, with a warning, as Next.js ignores it.")
    if prop.note:
        parts.append(prop.note[0].upper() + prop.note[1:] + ".")
    parts.append(_ON_INVALID[prop.invalid])
    parts += [text for pattern, text in _CLASSES if pattern.search(prop.values)]
    parts.append("Also inherit, initial, unset and var(--name, fallback).")
    return " ".join(parts)
