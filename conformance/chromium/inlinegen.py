"""Seeded generator of random paragraphs (inline formatting contexts) and the differential test against
headless Chromium: line boxes, glyph positions and pixels.

Role: a seed -> documents whose root holds one paragraph: a ``div`` with no ``display`` (Next.js throws on
it; pureog lays it out as Chromium does, spec/inline.md) of a width that forces wraps, holding text and
inline elements (``span``, ``b``, ``code``, ``a``; nested up to two deep) with their own font family
(conformance/fonts: Geist, Geist Mono, Roboto), size, weight, colour, line height, letter spacing,
``verticalAlign`` (baseline, sub, super, middle, top, bottom, text-top, text-bottom, lengths),
background, padding and border, and the paragraph's ``textAlign`` (left, right, center, justify) and
``whiteSpace`` (normal, nowrap, pre-line, pre-wrap). With ``--features-browser`` the documents are drawn
with ``features: browser`` (full shaping: kerning and ligatures, as the browser's defaults); ``--variants``
(implies it) also gives paragraphs and spans ``wordSpacing`` (px, em, %), ``fontVariant`` /
``fontVariantCaps`` (small capitals from Roboto's smcp or synthesized for Geist) and ``fontKerning: none``,
drawn from a second random stream so that the other modes' seeds keep their documents.

With ``--run`` each paragraph is laid out by Chromium (:mod:`conformance.chromium.oracle`, a script that
reads every character's ``Range`` rectangle and every inline element's ``getClientRects()``) and by
pureog (:mod:`pureog.text.inline_layout` at the container's content width), and compared: the
paragraph's height, each character's left edge and top (its line's text top: the baseline minus the
ascent), each inline fragment's border box, all within 0.5 px; and the pixels of the screenshot
against pureog's PNG (``--pixels``: mean absolute error and share of pixels off by more than 16 levels,
conformance.score's measures). ``--out`` writes the documents with Chromium's measurements as a corpus
file that ``tests/text/test_inline_chromium.py`` checks without a browser. Dev tool.

Usage (from the repository root)::

    python -m conformance.chromium.inlinegen --seed 1 --count 200 --run --pixels     # match rates, classes
    python -m conformance.chromium.inlinegen --seed 5 --count 16 --out conformance/chromium/corpus/inline-5.json
    python -m conformance.chromium.inlinegen --seed 1 --count 3 --print
    python -m conformance.chromium.inlinegen --seed 7 --count 100 --variants --run --pixels  # spacing, caps
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
GENERATOR_VERSION = 3
TOLERANCE_PX = 0.5

_FONTS = [
    {"name": "Geist", "path": "Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist Mono", "path": "GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "Roboto-Bold.ttf", "weight": 700, "style": "normal"},
]
_FAMILIES = ("Geist", "Geist Mono", "Roboto")
_WORDS = ("Hello", "world", "inline", "boxes", "flow", "across", "lines", "the", "quick", "brown", "fox", "jumps",
          "over", "lazy", "dog", "pureog", "Chromium", "baseline", "middle", "text", "OG", "card", "span", "AV",
          "Type", "wrap", "a", "to", "of", "fi", "office", "WAVE", "x2", "42", "(note)", "well-known", "end.")
_SIZES = (11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36)
_COLORS = ("#111", "#c0392b", "#2471a3", "#1e8449", "#7d3c98", "#b9770e", "#555")
_BACKGROUNDS = ("#fde2e2", "#e2f0fd", "#e6f5e1", "#fff3c4", "#eee")
_VALIGN = ("baseline", "baseline", "baseline", "sub", "super", "middle", "top", "bottom", "text-top",
           "text-bottom", 4, -3, "20%")
_TAGS = ("span", "span", "span", "b", "code", "a")
# --rtl: right-to-left paragraphs (dir: rtl) mixing Arabic, Hebrew and Latin words, numbers, brackets
_RTL_FONTS = [
    {"name": "Noto Sans Arabic", "path": "NotoSansArabic-Regular-subset.ttf", "weight": 400, "style": "normal"},
    {"name": "Noto Sans Arabic", "path": "NotoSansArabic-Bold-subset.ttf", "weight": 700, "style": "normal"},
    {"name": "Noto Sans Hebrew", "path": "NotoSansHebrew-Regular-subset.ttf", "weight": 400, "style": "normal"},
    {"name": "Noto Sans Hebrew", "path": "NotoSansHebrew-Bold-subset.ttf", "weight": 700, "style": "normal"},
]
_RTL_FAMILY = "Noto Sans Arabic, Noto Sans Hebrew, Geist"
_RTL_WORDS = ("مرحبا", "بالعالم", "كيف", "حالك", "نص", "(نص)", "كتابة", "عربية", "متصلة", "لا", "إله",
              "שלום", "וברכה", "טקסט", "(טקסט)", "2024", "3.12", "Python", "HTML", "CSS", "and", "و", "hello")


class InlineGenerator:
    def __init__(self, seed: int, inline_blocks: bool = True, rtl: bool = False, variants: bool = False) -> None:
        self.rng = random.Random(seed)
        self.variants = random.Random(seed * 7919 + 17) if variants else None
        """``--variants``: the stream drawing word spacing, capitals and kerning (None: not drawn)."""
        self.inline_blocks = inline_blocks
        """Generator 3 draws ``display: inline-block`` spans; 2 did not (its seeds stay reproducible)."""
        self.rtl = rtl
        """Right-to-left paragraphs of Arabic, Hebrew and Latin words (``--rtl``)."""

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: tuple[Any, ...]) -> Any:
        return options[self.rng.randrange(len(options))]

    def words(self, low: int, high: int) -> str:
        count = self.rng.randint(low, high)
        text = " ".join(self.pick(_RTL_WORDS if self.rtl else _WORDS) for _ in range(count))
        if self.chance(0.3):
            text = " " + text
        if self.chance(0.5):
            text += " "
        if self.chance(0.05):
            text = text.replace(" ", "  ", 1)
        return text

    def span(self, depth: int) -> dict[str, Any]:
        style: dict[str, Any] = {}
        if self.chance(0.6):
            style["fontSize"] = self.pick(_SIZES)
        if self.chance(0.4) and not self.rtl:
            style["fontFamily"] = self.pick(_FAMILIES)
        if self.chance(0.3):
            style["fontWeight"] = self.pick((400, 700))
        if self.chance(0.5):
            style["color"] = self.pick(_COLORS)
        if self.chance(0.35):
            style["verticalAlign"] = self.pick(_VALIGN)
        if self.chance(0.15):
            style["lineHeight"] = self.pick((1, 1.2, 1.5, 2))
        if self.chance(0.1):
            style["letterSpacing"] = self.pick((1, 2, -0.5))
        if self.chance(0.3):
            style["backgroundColor"] = self.pick(_BACKGROUNDS)
        if self.chance(0.2):
            style["padding"] = f"{self.pick((0, 1, 2, 3))}px {self.pick((0, 2, 4, 6))}px"
        if self.chance(0.15):
            style["border"] = f"{self.pick((1, 2))}px solid {self.pick(_COLORS)}"
        if self.chance(0.08):
            style["marginLeft"] = self.pick((2, 4, 8))
            style["marginRight"] = self.pick((0, 3, 6))
        if self.inline_blocks and self.chance(0.15):
            style["display"] = "inline-block"
            if self.chance(0.3):
                style["width"] = self.pick((40, 60, 90))
            if self.chance(0.2):
                style["height"] = self.pick((20, 30, 44))
        self._variants(style)
        children: list[Any] = []
        for _ in range(self.rng.randint(1, 3)):
            if depth < 2 and self.chance(0.25):
                children.append(self.span(depth + 1))
            else:
                children.append(self.words(1, 4))
        return {"type": self.pick(_TAGS), "props": {"style": style, "children": children}}

    def _variants(self, style: dict[str, Any]) -> None:
        rng = self.variants
        if rng is None:
            return
        if rng.random() < 0.35:
            style["wordSpacing"] = rng.choice((4, 10, -2, "0.5em", "0.2em", "25%", 0))
        if rng.random() < 0.3:
            name = rng.choice(("fontVariant", "fontVariantCaps"))
            style[name] = rng.choice(("small-caps", "small-caps", "all-small-caps", "petite-caps",
                                      "all-petite-caps", "unicase", "titling-caps", "normal"))
        if rng.random() < 0.15:
            style["fontKerning"] = rng.choice(("none", "normal"))

    def paragraph(self) -> dict[str, Any]:
        width = self.rng.randrange(140, 420, 10)
        family = _RTL_FAMILY if self.rtl else self.pick(_FAMILIES)
        style: dict[str, Any] = {"width": width, "fontSize": self.pick(_SIZES), "fontFamily": family, "color": "#222"}
        if self.chance(0.5):
            style["textAlign"] = self.pick(("left", "right", "center", "justify"))
        if self.chance(0.25):
            style["lineHeight"] = self.pick((1, 1.2, 1.4, 1.6, 2))
        if self.chance(0.12):
            style["whiteSpace"] = self.pick(("nowrap", "pre-line", "pre-wrap"))
        if self.chance(0.2):
            style["padding"] = self.pick((4, 8))
        self._variants(style)
        children: list[Any] = []
        for _ in range(self.rng.randint(2, 6)):
            children.append(self.span(1) if self.chance(0.55) else self.words(1, 6))
        if all(isinstance(c, str) for c in children):  # adjacent strings merge (Satori's normalizeChildren)
            children[-1] = self.span(1)
        props: dict[str, Any] = {"style": style, "children": children}
        if self.rtl:
            props["dir"] = "rtl"
        return {"type": "div", "props": props}

    def case(self, case_id: str, browser: bool) -> dict[str, Any]:
        paragraph = self.paragraph()
        root = {"type": "div", "props": {"style": {"display": "flex", "width": "100%", "height": "100%",
                                                   "backgroundColor": "white", "padding": 10},
                                         "children": [paragraph]}}
        fonts = _RTL_FONTS + _FONTS if self.rtl else _FONTS
        doc: dict[str, Any] = {"id": case_id, "width": 460, "height": 300, "fonts": fonts, "element": root}
        if browser:
            doc["features"] = "browser"
        return doc


def generate(seed: int, count: int, prefix: str, browser: bool = False, version: int = 3,
             rtl: bool = False, variants: bool = False) -> list[dict[str, Any]]:
    gen = InlineGenerator(seed, inline_blocks=version >= 3, rtl=rtl, variants=variants)
    return [gen.case(f"{prefix}-{i:04d}", browser) for i in range(count)]


def load(case: dict[str, Any]) -> Any:
    from pureog.document.load import from_mapping  # noqa: PLC0415

    data = {k: v for k, v in case.items() if k not in ("id", "chromium", "problem")}
    data["fonts"] = [{**f, "path": str(FONTS / f["path"])} for f in case["fonts"]]
    return from_mapping(data, base_dir=str(FONTS), root=str(HERE.parent))


# --- Chromium's measurements -----------------------------------------------------------------------

_MEASURE = """
const body = arguments[0], done = arguments[arguments.length - 1];
const root = document.getElementById('pureog-root');
root.innerHTML = body;
document.fonts.ready.then(() => {
  const para = root.querySelector('[data-i="1"]');
  const box = para.getBoundingClientRect();
  const chars = [];
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let k = 0; k < node.data.length; k++) {
      range.setStart(node, k); range.setEnd(node, k + 1);
      const rects = range.getClientRects();
      if (!rects.length || node.data[k] === ' ' || node.data[k] === '\\n') continue;
      const r = rects[0];
      chars.push([node.data[k], r.x, r.y, r.width, r.height]);
    }
  }
  const spans = [];
  for (const el of para.querySelectorAll('[data-i]')) {
    spans.push([...el.getClientRects()].map(r => [r.x, r.y, r.width, r.height]));
  }
  requestAnimationFrame(() => done({box: [box.x, box.y, box.width, box.height], chars, spans}));
});
"""


def chromium_measure(cases: list[dict[str, Any]], pixels: bool) -> tuple[list[dict[str, Any]], str, dict[str, bytes]]:
    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415

    out = []
    shots: dict[str, bytes] = {}
    with ChromiumOracle() as oracle:
        version = oracle.version()
        for case in cases:
            page = build_page(load(case))
            oracle._prepare(page)  # noqa: SLF001 - the oracle's page shell, reused for our own script
            found = oracle.driver.execute_async_script(_MEASURE, page.body)
            out.append({**case, "chromium": _rounded(found)})
            if pixels:
                shots[case["id"]] = oracle.screenshot(page)
    return out, version, shots


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


# --- pureog's measurements -------------------------------------------------------------------------


def pureog_measure(case: dict[str, Any]) -> dict[str, Any]:
    """The same measurements from pureog: the paragraph's box, each drawn character's left and text top,
    each inline element's fragments (border boxes), in canvas px."""
    from pureog.api import _options  # noqa: PLC0415
    from pureog.layout.boxes import Box  # noqa: PLC0415
    from pureog.pipeline import font_library, lay_out  # noqa: PLC0415
    from pureog.text.inline_fonts import FontCache  # noqa: PLC0415
    from pureog.text.inline_layout import InlineContext  # noqa: PLC0415

    document = load(case)
    document, options = _options(document, None, None, None, None, None)
    fonts = font_library(options)
    root = lay_out(document, options, fonts)
    para: Box = root.children[0]
    context = InlineContext(para.source, FontCache(fonts))  # type: ignore[arg-type]
    chars: list[list[Any]] = []
    rects: dict[int, list[list[float]]] = {}
    _measure_lines(context, context.layout(para.content_width), para.content_x, para.content_y, chars, rects)
    order: list[Any] = []
    _boxes_in_order(context, order)
    return {"box": [para.x, para.y, para.width, para.height], "chars": chars,
            "spans": [rects.get(id(box), []) for box in order]}


def _boxes_in_order(context: Any, out: list[Any]) -> None:
    """Every inline element of the context in document order, those inside inline-blocks included."""
    for box in context.boxes[1:]:
        out.append(box)
        if box.index in context.atomics:
            _boxes_in_order(context.atomics[box.index].context, out)


def _measure_lines(context: Any, layout: Any, ox: float, oy: float, chars: list[list[Any]],
                   rects: dict[int, list[list[float]]]) -> None:
    from pureog.text.inline_fonts import joining_context  # noqa: PLC0415

    for line in layout.lines:
        for b in line.boxes:
            rects.setdefault(id(b.box), []).append([ox + b.left, oy + b.top, b.right - b.left, b.bottom - b.top])
        pieces = sorted([(t.x, 0, t) for t in line.texts] + [(a.x, 1, a) for a in line.atomics],
                        key=lambda p: (p[0], p[1]))
        for _, kind, frag in pieces:
            if kind:  # an inline-block: its border box, then its own lines
                s = frag.box.style
                left, top = ox + frag.x + _num(s.margin_left), oy + frag.top + _num(s.margin_top)
                width = frag.atomic.width - _num(s.margin_left) - _num(s.margin_right)
                height = frag.atomic.height - _num(s.margin_top) - _num(s.margin_bottom)
                rects.setdefault(id(frag.box), []).append([left, top, width, height])
                _measure_lines(frag.atomic.context, frag.atomic.layout,
                               left + s.border_left_width + _num(s.padding_left),
                               top + s.border_top_width + _num(s.padding_top), chars, rects)
                continue
            font = context.font(frag.box)
            for k, ch in enumerate(frag.text):
                # the character's pen position in the shaped fragment: the prefix through it (pair
                # kerning lands on the earlier glyph's advance) less its own advance
                sc = frag.scripts

                def w(a: int, b: int, sc: Any = sc, frag: Any = frag, font: Any = font) -> float:
                    text = frag.text
                    joins = (frag.joins[0] if a == 0 else joining_context(text, a, b)[0],
                             frag.joins[1] if b == len(text) else joining_context(text, a, b)[1])
                    return float(font.width(text[a:b], font.scripts(sc[a:b]) if sc else None, joins))
                x = ox + frag.x + w(0, k + 1) - w(k, k + 1)
                x += frag.text.count(" ", 0, k) * frag.spacing
                if frag.level & 1:  # right to left: the prefix through the character is on its right
                    x = ox + frag.x + w(0, len(frag.text)) - w(0, k + 1)
                    x += frag.text.count(" ", k) * frag.spacing
                if ch not in " \n":
                    # inside an f-ligature (fi, fl, ff, shaped with features: browser) Chromium splits
                    # the ligature's advance between the characters: no pen position to compare
                    text = frag.text
                    ligature = font.complex is not None and (
                        (ch in "fil" and k > 0 and text[k - 1] == "f")
                        or (ch == "f" and k + 1 < len(text) and text[k + 1] in "fil"))
                    chars.append([ch, x, oy + frag.baseline - font.ascent, ligature])


def _num(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def compare(case: dict[str, Any]) -> str | None:
    """The first measurement further apart than 0.5 px, named by its class; None when all match."""
    try:
        ours = pureog_measure(case)
    except Exception as error:  # noqa: BLE001 - a crash is a finding
        return f"crash: {type(error).__name__}: {error}"
    theirs = case["chromium"]
    if abs(ours["box"][3] - theirs["box"][3]) > TOLERANCE_PX + 0.5:  # pureog's box height is whole px
        return f"height: ours {ours['box'][3]:.2f} chromium {theirs['box'][3]:.2f}"
    if len(ours["chars"]) != len(theirs["chars"]):
        return f"chars: ours {len(ours['chars'])} chromium {len(theirs['chars'])}"
    ours_chars, theirs_chars = ours["chars"], theirs["chars"]
    if case["element"]["props"]["children"][0]["props"].get("dir") == "rtl":
        # right-to-left lines: compare in visual order (line by line, left to right); the letters of
        # joined Arabic words are left out, their Range rectangles split the glyphs' advances
        # (shaping's business, compared by the pixels): the other characters are compared
        def visual(chars: list[list[Any]], flag: bool) -> list[list[Any]]:
            out = sorted((c for c in chars if not "\u0600" <= c[0] <= "\u06ff"), key=lambda c: (round(c[2]), c[1]))
            return [[*c[:3], flag and c[3]] for c in out]
        ours_chars, theirs_chars = visual(ours_chars, True), visual(theirs_chars, False)
    for n, (a, b) in enumerate(zip(ours_chars, theirs_chars, strict=True)):
        if abs(a[2] - b[2]) > TOLERANCE_PX:
            return f"char top: #{n} {a[0]!r} ours {a[2]:.2f} chromium {b[2]:.2f}"
        if a[0] != b[0]:
            return f"char order: #{n} ours {a[0]!r} chromium {b[0]!r}"
        if abs(a[1] - b[1]) > TOLERANCE_PX and not a[3]:
            return f"char x: #{n} {a[0]!r} ours {a[1]:.2f} chromium {b[1]:.2f}"
    for n, (a, b) in enumerate(zip(ours["spans"], theirs["spans"], strict=False)):
        live = [r for r in b if r[2] > 0 or r[3] > 0] if len(b) != len(a) else b
        if len(a) != len(live):
            return f"span fragments: span {n} ours {len(a)} chromium {len(live)}"
        for r, s in zip(a, live, strict=True):
            if any(abs(u - v) > TOLERANCE_PX for u, v in zip(r, s, strict=True)):
                return f"span box: span {n} ours {[round(v, 2) for v in r]} chromium {[round(v, 2) for v in s]}"
    return None


def pixel_error(case: dict[str, Any], shot: bytes) -> tuple[float, float]:
    """(PSNR in dB, share of pixels off by more than conformance.score's threshold) of pureog's PNG
    against Chromium's screenshot."""
    from conformance.score import score  # noqa: PLC0415
    from pureog.api import render_png  # noqa: PLC0415

    result = score(shot, render_png(load(case)))
    return result.psnr, result.off_share


def write_corpus(header: dict[str, Any], cases: list[dict[str, Any]], out: Path) -> None:
    lines = [json.dumps(c, separators=(",", ":")) for c in cases]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text('{"generator":' + json.dumps(header, separators=(",", ":")) + ',"cases":[\n'
                   + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--prefix", default=None)
    parser.add_argument("--features-browser", action="store_true", help="draw with features: browser")
    parser.add_argument("--rtl", action="store_true", help="right-to-left paragraphs (Arabic, Hebrew, Latin)")
    parser.add_argument("--variants", action="store_true",
                        help="wordSpacing, fontVariant(Caps), fontKerning (implies --features-browser)")
    parser.add_argument("--print", action="store_true", help="print the documents (no browser)")
    parser.add_argument("--run", action="store_true", help="compare pureog with Chromium and report")
    parser.add_argument("--pixels", action="store_true", help="with --run: also compare the pixels")
    parser.add_argument("--out", type=Path, help="write the documents with Chromium's measurements")
    parser.add_argument("--shots", type=Path, help="with --pixels: write both PNGs of each case here")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    args.features_browser = args.features_browser or args.variants
    prefix = args.prefix or (f"i{args.seed}{'b' if args.features_browser else ''}{'r' if args.rtl else ''}"
                             f"{'v' if args.variants else ''}")
    cases = generate(args.seed, args.count, prefix, args.features_browser, rtl=args.rtl, variants=args.variants)
    if args.print or not (args.run or args.out):
        for case in cases:
            print(json.dumps(case))
        return 0
    started = time.process_time()
    measured, version, shots = chromium_measure(cases, args.pixels and args.run)
    header = {"version": GENERATOR_VERSION, "seed": args.seed, "count": args.count, "chromium": version,
              "browser": args.features_browser, "rtl": args.rtl, "variants": args.variants}
    if args.out:
        write_corpus(header, measured, args.out)
        print(f"{args.out}: {len(measured)} cases (Chromium {version})", file=sys.stderr)
    if args.run:
        problems = {c["id"]: compare(c) for c in measured}
        failed = {k: v for k, v in problems.items() if v}
        total = len(measured)
        print(f"{total} paragraphs (Chromium {version}): {total - len(failed)} match within {TOLERANCE_PX} px "
              f"({100 * (1 - len(failed) / total):.1f} %)")
        print("first differing value:", dict(Counter(v.split(":")[0] for v in failed.values())))
        for case_id, problem in failed.items():
            if args.verbose or len(failed) <= 30:
                print(f"  {case_id}: {problem}")
        if args.pixels:
            errors = []
            for case in measured:
                errors.append((case["id"], *pixel_error(case, shots[case["id"]])))
                if args.shots:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    (args.shots / f"{case['id']}.chromium.png").write_bytes(shots[case["id"]])
                    from pureog.api import render_png  # noqa: PLC0415

                    (args.shots / f"{case['id']}.pureog.png").write_bytes(render_png(load(case)))
            psnrs = sorted(min(e[1], 99.0) for e in errors)
            share = sum(e[2] for e in errors) / len(errors)
            worst = sorted(errors, key=lambda e: -e[2])[:5]
            listed = ", ".join(f"{i} {100 * s:.1f} %" for i, _, s in worst)
            print(f"pixels: median PSNR {psnrs[len(psnrs) // 2]:.1f} dB, worst {psnrs[0]:.1f} dB; mean "
                  f"{100 * share:.2f} % of pixels off; worst: {listed}")
        print(f"({time.process_time() - started:.0f} s CPU)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
