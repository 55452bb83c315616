"""SVG ``<text>`` and ``<tspan>`` in an inline ``<svg>``, laid out and drawn as Chromium draws them.

Next.js throws on an inline ``<svg>`` holding ``<text>`` (Satori refuses it), so pureog follows the
browser (spec/differences.md); in an SVG *image* Next's resvg has no fonts and draws no text, and
neither does pureog (:mod:`.render` skips it there). The glyphs come from the document's fonts through
a :class:`TextShaper` the caller injects (this package may not import pureog.text).

Steps (SVG 2 text layout, as far as a static card needs it):
1. characters: the element's text and its ``<tspan>`` s' in order, white space collapsed as CSS
   ``white-space: normal`` does (newlines and tabs are spaces, runs of spaces one, none at the start
   or the end of the ``<text>``);
2. positions: ``x``, ``y``, ``dx``, ``dy`` lists give the n-th character of the element that carries
   them its value (the nearest element with a value wins); an absolute x or y starts a text chunk;
3. runs: consecutive characters of one element with no position of their own are shaped together
   (kerning and ligatures), the pen moving by their advance;
4. each chunk moves by its ``text-anchor`` (its width, or half of it), and each run by its
   ``dominant-baseline`` (middle: half the x-height; central: half of ascent minus descent;
   text-top / text-before-edge: the ascent; text-bottom / text-after-edge / ideographic: the descent);
5. every run's outlines are one path, painted with its element's fill and stroke like a shape.
A text with ``rotate``, ``textLength`` (``lengthAdjust``) or a ``textPath`` anywhere is laid out per
character by :mod:`.text_chars`. Vertical writing is not laid out (its text is drawn along the line).
Imports geometry, path and the SVG renderer's helpers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from pureog.display import Node
from pureog.geometry import Affine
from pureog.images.svg.context import Context, charge
from pureog.images.svg.glyphs import GlyphRun, SvgFont, TextShaper
from pureog.images.svg.tree import SvgNode
from pureog.images.svg.units import number_list
from pureog.path import Path
from pureog.records import mutable_record, record

_WEIGHTS = {"normal": 400, "bold": 700}
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(px|em|rem|%|pt|pc|in|cm|mm)?\s*$")
_ABSOLUTE = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4}


def _font_size(value: str | None, parent: float, root: float) -> float:
    if value is None:
        return parent
    m = _LENGTH.match(value)
    if m is None:
        return parent
    number, unit = float(m.group(1)), m.group(2) or "px"
    size = number * parent if unit == "em" else number * root if unit == "rem" else (
        number * parent / 100 if unit == "%" else number * _ABSOLUTE[unit])
    return size if 0 <= size < 1e5 else parent


def _length(value: str | None, font_size: float) -> float | None:
    if value is None or value.strip() in ("", "normal"):
        return None
    m = _LENGTH.match(value)
    if m is None:
        return None
    number, unit = float(m.group(1)), m.group(2) or "px"
    return number * font_size if unit in ("em", "rem") else (number * _ABSOLUTE.get(unit, 1.0) if unit != "%" else None)


def _font(node: SvgNode, parent: SvgFont, root: SvgFont) -> SvgFont:
    attrs = node.attrs
    families = parent.families
    if attrs.get("font-family"):
        names = tuple(n.strip().strip("'\"") for n in attrs["font-family"].split(","))
        families = tuple(n for n in names if n) or families
    weight = parent.weight
    raw = (attrs.get("font-weight") or "").strip()
    if raw:
        weight = _WEIGHTS.get(raw, weight)
        if raw.isdigit() and 1 <= int(raw) <= 1000:
            weight = int(raw)
        elif raw == "bolder":
            weight = 700 if parent.weight < 600 else 900
        elif raw == "lighter":
            weight = 100 if parent.weight < 600 else 400
    style = (attrs.get("font-style") or "").strip() or parent.style
    if style not in ("normal", "italic", "oblique"):
        style = parent.style
    return SvgFont(families, _font_size(attrs.get("font-size"), parent.size, root.size), weight, style)


@mutable_record
class _Char:
    char: str
    owner: int  # index into the spans
    x: float | None = None
    y: float | None = None
    dx: float = 0.0
    dy: float = 0.0


@record
class _Span:
    node: SvgNode
    font: SvgFont
    st: dict[str, str]


_SPACES = re.compile(r"[ \t\n\r]+")


def _collect(node: SvgNode, font: SvgFont, st: dict[str, str], root: SvgFont, chars: list[_Char],
             spans: list[_Span], ranges: list[tuple[SvgNode, int, int]], state: Callable[..., dict[str, str]],
             depth: int = 0) -> None:
    """Step 1: the characters of ``node`` (white space collapsed), and each element's character range."""
    if depth > 32:
        return
    owner = len(spans)
    spans.append(_Span(node, font, st))
    start = len(chars)
    for child in node.children:
        if child.tag == "#text":
            for ch in _SPACES.sub(" ", child.text):
                if ch == " " and (not chars or chars[-1].char == " "):
                    continue  # collapsed: none at the start, one between words
                chars.append(_Char(ch, owner))
        elif child.tag in ("tspan", "a", "textPath"):
            if (child.attrs.get("display") or "").strip() == "none":
                continue
            _collect(child, _font(child, font, root), state(child, st), root, chars, spans, ranges, state, depth + 1)
    ranges.append((node, start, len(chars)))


def _position(chars: list[_Char], ranges: list[tuple[SvgNode, int, int]]) -> None:
    """Step 2: x/y/dx/dy lists, outer elements first so that inner ones win."""
    for node, start, end in sorted(ranges, key=lambda r: (r[1], -(r[2] - r[1]))):
        for name in ("x", "y", "dx", "dy"):
            values = number_list(node.attrs.get(name))
            if not values:
                continue
            for i, value in enumerate(values[: end - start]):
                c = chars[start + i]
                if name == "x":
                    c.x = value
                elif name == "y":
                    c.y = value
                elif name == "dx":
                    c.dx = value
                else:
                    c.dy = value


def pen_at(c: _Char, pen_x: float, pen_y: float) -> tuple[float, float]:
    """The pen at a character that may carry positions of its own (x, y absolute; dx, dy relative)."""
    return (c.x if c.x is not None else pen_x) + c.dx, (c.y if c.y is not None else pen_y) + c.dy


def unpositioned_run_end(chars: list[_Char], i: int, cuts: Container[int] = ()) -> int:
    """The end of the run that starts at ``i``: the characters after it of the same element with no
    position of their own, up to an index in ``cuts`` (where a textPath starts or ends)."""
    owner = chars[i].owner
    j = i + 1
    while j < len(chars) and chars[j].owner == owner and chars[j].x is None and chars[j].y is None \
            and not chars[j].dx and not chars[j].dy and j not in cuts:
        j += 1
    return j


def _spacing(span: _Span) -> tuple[float, float]:
    """A span's letter and word spacing in px (``normal``: 0)."""
    return (_length(span.st.get("letter-spacing"), span.font.size) or 0.0,
            _length(span.st.get("word-spacing"), span.font.size) or 0.0)


def inherited_font(node: SvgNode, ctx: Context, root_font: SvgFont) -> SvgFont:
    """The font ``node`` inherits from its ancestors (the ``<svg>`` element's CSS font first)."""
    chain: list[SvgNode] = []
    cur = ctx.parents.get(id(node))
    while cur is not None and len(chain) < 256:
        chain.append(cur)
        cur = ctx.parents.get(id(cur))
    font = root_font
    for ancestor in reversed(chain):
        font = _font(ancestor, font, root_font)
    return font


def _baseline_shift(kind: str, run: GlyphRun) -> float:
    """How far down (px) the alphabetic baseline sits below the position for ``dominant-baseline``."""
    if kind == "middle":
        return run.x_height / 2
    if kind == "central":
        return (run.ascent - run.descent) / 2
    if kind in ("text-top", "text-before-edge", "hanging"):
        return run.ascent if kind != "hanging" else run.ascent * 0.8
    if kind in ("text-bottom", "text-after-edge", "ideographic"):
        return -run.descent
    return 0.0


def _text_path(node: SvgNode, ctx: Context) -> Path | None:
    """The path a ``textPath`` follows: the shape its ``href`` names, under that shape's transform."""
    from pureog.images.svg.shape import SHAPES, shape_path  # noqa: PLC0415
    from pureog.images.svg.transform import parse_svg_transform  # noqa: PLC0415
    from pureog.images.svg.units import USVG_FONT_SIZE  # noqa: PLC0415

    text = (node.attrs.get("href") or node.attrs.get("xlink:href") or "").strip()
    ref = ctx.ids.get(text[1:]) if text.startswith("#") else None
    if ref is None or ref.tag not in SHAPES:
        return None
    path = shape_path(ref, ctx, USVG_FONT_SIZE)
    transform = parse_svg_transform(ref.attrs.get("transform"))
    if path.is_empty or transform is None:
        return None
    return path if transform.is_identity else path.transformed(transform)


def text_nodes(node: SvgNode, st: dict[str, str], ctx: Context, shaper: TextShaper, root_font: SvgFont,
               parent_font: SvgFont, state: Callable[..., dict[str, str]],
               paint: Callable[[SvgNode, Path, dict[str, str]], list[Node]]) -> list[Node]:
    """The display nodes of one ``<text>`` element (steps 1-5 of the module docstring). ``state``
    inherits presentation attributes; ``paint`` fills and strokes a path with an element's state."""
    chars: list[_Char] = []
    spans: list[_Span] = []
    ranges: list[tuple[SvgNode, int, int]] = []
    _collect(node, _font(node, parent_font, root_font), st, root_font, chars, spans, ranges, state)
    while chars and chars[-1].char == " ":
        chars.pop()
    if not chars:
        return []
    charge(ctx, len(chars))
    _position(chars, ranges)
    from pureog.images.svg import text_chars  # noqa: PLC0415  (rotate and textLength are rare)

    if text_chars.uses_chars(ranges):
        charge(ctx, 4 * len(chars))  # every character shaped on its own, and its run's prefixes
        return text_chars.layout(chars, spans, ranges, shaper, _spacing, _length, _baseline_shift, paint,
                                 lambda node: _text_path(node, ctx))
    # Step 3: runs of one element without positions of their own; chunks start at absolute positions.
    runs: list[tuple[int, str, float, float, bool]] = []  # (span, text, pen x, pen y, starts a chunk)
    pen_x = pen_y = 0.0
    i = 0
    while i < len(chars):
        c = chars[i]
        starts = c.x is not None or c.y is not None or i == 0
        pen_x, pen_y = pen_at(c, pen_x, pen_y)
        j = unpositioned_run_end(chars, i)
        text = "".join(ch.char for ch in chars[i:j])
        runs.append((c.owner, text, pen_x, pen_y, starts))
        span = spans[c.owner]
        pen_x += shaper(text, span.font, *_spacing(span)).advance
        i = j
    # Step 4: anchors per chunk, baselines per run; step 5: paint.
    out: list[Node] = []
    chunk_start = 0
    for k in range(len(runs) + 1):
        if k < len(runs) and (k == chunk_start or not runs[k][4]):
            continue
        chunk = runs[chunk_start:k]
        first = spans[chunk[0][0]]
        shaped = []
        for owner, text, x, y, _ in chunk:
            span = spans[owner]
            shaped.append((span, shaper(text, span.font, *_spacing(span)), x, y))
        width = shaped[-1][2] + shaped[-1][1].advance - shaped[0][2]
        anchor = (first.st.get("text-anchor") or "start").strip()
        shift = -width if anchor == "end" else (-width / 2 if anchor == "middle" else 0.0)
        for span, glyphs, x, y in shaped:
            if glyphs.path.is_empty:
                continue
            down = _baseline_shift((span.st.get("dominant-baseline") or "auto").strip(), glyphs)
            path = glyphs.path.transformed(Affine.translate(x + shift, y + down))
            out.extend(paint(span.node, path, span.st))
        chunk_start = k
    return out


__all__ = ["inherited_font", "text_nodes"]
