"""Seeded generator of random right-to-left and mixed-direction cards, and the differential test against
headless Chromium (pixels).

Role: a seed -> whole cards as an Arabic, Hebrew, Persian or Urdu site would make them (not one paragraph,
as ``inlinegen --rtl`` draws): ``dir="rtl"`` or ``direction: rtl`` on the root or on inner boxes, flex rows
and columns under it (``justifyContent``, ``alignItems``, ``marginLeft/Right: auto``, gaps, ``order``,
wrap, absolutely positioned badges with ``left`` / ``right`` insets), ``textAlign`` start / end / left /
right / center / justify, mixed-direction text (Latin brand names, numbers with separators and units,
percentages, phone numbers, URLs, dates, brackets and quotes, emoji) inside right-to-left paragraphs and
right-to-left words inside left-to-right ones, paragraphs of styled spans and ``inline-block`` badges,
``lineClamp`` and ``textOverflow: ellipsis``, padding and border on one side. Fonts: Geist and the Noto
Sans Arabic / Hebrew subsets of conformance/fonts (the words use only the letters those subsets hold, so
that a committed document needs no system font), Noto Color Emoji's subset. Half of the cards are
``features: browser`` (pureog's flex rows turn around under ``direction: rtl`` only then: spec/text.md);
the others keep Satori's flex, where only text follows the direction. ``unicodeBidi`` is left out: pureog
does not read it.

With ``--run`` each card is drawn by Chromium (:mod:`conformance.chromium.html`,
:mod:`conformance.chromium.oracle`) and by pureog and scored with :mod:`conformance.score` at the
outsider's text-against-a-browser tolerance (26 dB, 7 % of pixels off). ``--out DIR`` (with ``--run``)
writes the cards that pass, with Chromium's PNGs, as the slice that ``tests/conformance/test_rtlgen.py``
checks without a browser. Dev tool; standard library only (pureog and the oracle aside).

Usage (from the repository root)::

    python -m conformance.chromium.rtlgen --seed 1 --count 40 --run          # match rate, worst cards
    python -m conformance.chromium.rtlgen --seed 1 --count 3 --print
    python -m conformance.chromium.rtlgen --seed 3 --count 8 --run --out conformance/chromium/corpus/rtlgen
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "conformance" / "fonts"
SLICE = ROOT / "conformance" / "chromium" / "corpus" / "rtlgen"
THRESHOLDS = (26.0, 0.07)  # (min PSNR, max share of pixels off): the outsider's text families'

Node = dict[str, Any]

# words spelled with the letters of the committed subsets only (NotoSans{Arabic,Hebrew}-Regular-subset)
ARABIC = ("مرحبا", "سلام", "كتاب", "قلم", "السعر", "بالعالم", "شكرا", "حساب", "فرصة", "تسوق", "سوق", "نسبة",
          "رسالة", "اشترك", "قسم", "تعلم", "من", "كل", "مع", "لك", "أسعار", "إرسال", "فرص", "شمس")
PERSIAN = ("پرسش", "چرا", "گل", "سلام", "ژاله", "پول", "گرم")  # (Persian letters the subset holds)
HEBREW = ("שלום", "עולם", "בית", "כלב", "תורה", "שבת", "עברית", "שלוש", "בוקר", "טוב", "כל", "אור", "קול",
          "לילה", "יום", "שיר", "סבא")
LATIN = ("Next.js", "React", "iPhone 16", "Vercel", "Geist", "GPU", "API", "OG", "Pro", "Max", "v2.1")
NUMBERS = ("25", "1,299", "3.14", "12.5%", "50%", "١٢٣", "۴۵۶", "2026-12-06", "06/12/2026", "+972 3-555-0199",
           "(050) 123 4567", "4.9 kg", "250 ml", "$19.99", "45$", "#12", "10:30", "x2")
URLS = ("example.com", "https://shop.example/sa", "@brand", "info@example.com")
PUNCT = ("(", ")", "«", "»", "\"", "!", "?", "؟", "،", ".", ",", ":", "-", "[", "]")
EMOJI = ("🎉", "🚀", "❤", "👍", "😀", "🍕")
COLORS = ("#e63946", "#457b9d", "#2a9d8f", "#e9c46a", "#f4a261", "#264653", "#8ecae6", "#6d597a", "#111827",
          "#0f766e", "#b91c1c", "#1d4ed8")
LIGHT = ("#ffffff", "#f8fafc", "#fef3c7", "#ecfeff", "#f1f5f9", "#fdf2f8", "#eef2ff")
FAMILY = "Geist, Noto Sans Arabic, Noto Sans Hebrew, Noto Color Emoji"


def _font(name: str, path: str, weight: int = 400) -> dict[str, Any]:
    return {"name": name, "path": path, "weight": weight, "style": "normal"}


FONT_LIST = [_font("Geist", "Geist-Regular.ttf"), _font("Geist", "Geist-Bold.ttf", 700),
             _font("Noto Sans Arabic", "NotoSansArabic-Regular-subset.ttf"),
             _font("Noto Sans Arabic", "NotoSansArabic-Bold-subset.ttf", 700),
             _font("Noto Sans Hebrew", "NotoSansHebrew-Regular-subset.ttf"),
             _font("Noto Sans Hebrew", "NotoSansHebrew-Bold-subset.ttf", 700),
             _font("Noto Color Emoji", "NotoColorEmoji-COLRv1-subset.ttf")]


class _Gen:
    """One card's random choices (a ``random.Random`` seeded with the seed and the card's index)."""

    def __init__(self, rng: random.Random, browser: bool) -> None:
        self.r = rng
        self.script = rng.choice((ARABIC, ARABIC, HEBREW, PERSIAN))
        self.browser = browser

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def rtl_words(self, n: int) -> str:
        return " ".join(self.r.choice(self.script) for _ in range(n))

    def token(self) -> str:
        """One word of a right-to-left sentence: mostly the script's, sometimes an inclusion."""
        k = self.r.random()
        if k < 0.62:
            return self.r.choice(self.script)
        if k < 0.74:
            return self.r.choice(NUMBERS)
        if k < 0.84:
            return self.r.choice(LATIN)
        if k < 0.88:
            return self.r.choice(URLS)
        if k < 0.93 and self.browser:  # (without features: browser, Next draws Twemoji's pictures)
            return self.r.choice(EMOJI)
        opening, closing = self.r.choice((("(", ")"), ("«", "»"), ("\"", "\""), ("[", "]")))
        return f"{opening}{self.r.choice(self.script + LATIN + NUMBERS)}{closing}"

    def sentence(self, n: int, rtl: bool = True) -> str:
        if not rtl:  # a left-to-right sentence with right-to-left words inside
            words = [self.r.choice(("Hello", "price", "open", "the", "shop", "new", "today", "from", "Order"))
                     if self.chance(0.6) else self.rtl_words(self.r.randint(1, 2)) for _ in range(n)]
        else:
            words = [self.token() for _ in range(n)]
        text = " ".join(words)
        if self.chance(0.5):
            text += self.r.choice(PUNCT[5:11])
        return text

    def text_style(self) -> dict[str, Any]:
        s: dict[str, Any] = {"fontSize": self.r.choice((13, 14, 16, 18, 20, 24)), "color": self.r.choice(COLORS[8:])}
        if self.chance(0.3):
            s["fontWeight"] = 700
        if self.chance(0.3):
            s["lineHeight"] = self.r.choice((1.2, 1.4, 1.6))
        return s

    def span(self) -> Node:
        style: dict[str, Any] = {"color": self.r.choice(COLORS)}
        if self.chance(0.4):
            style["fontWeight"] = 700
        if self.chance(0.3):
            style["fontSize"] = self.r.choice((12, 15, 22))
        if self.chance(0.3):
            style["backgroundColor"] = self.r.choice(LIGHT[2:])
        if self.chance(0.3):
            style["padding"] = self.r.choice(("0 4px", "2px 6px"))
            style["borderRadius"] = 4
        if self.chance(0.2):
            style["display"] = "inline-block"
            style["backgroundColor"] = self.r.choice(COLORS[:8])
            style["color"] = "white"
            style["padding"] = "2px 6px"
            style["borderRadius"] = 8
        if self.chance(0.15):
            style["direction"] = self.r.choice(("rtl", "ltr"))
        text = self.sentence(self.r.randint(1, 3), rtl=self.chance(0.7))
        return {"span": {"style": style, "children": text}}

    def paragraph(self, width: int) -> Node:
        """A leaf of text, or an inline formatting context (a ``div`` with no ``display``) of spans."""
        style = {**self.text_style(), "textAlign": self.r.choice(("start", "end", "left", "right", "center",
                                                                   "justify", "start"))}
        rtl = self.chance(0.8)
        if not rtl or self.chance(0.3):
            style["direction"] = "rtl" if rtl else "ltr"
        if self.chance(0.4):
            style["width"] = self.r.randint(width // 2, width)
        if self.chance(0.2):  # padding and a border on one side (the start side, often)
            side = self.r.choice(("Right", "Left"))
            style[f"border{side}"] = f"{self.r.choice((2, 4))}px solid {self.r.choice(COLORS)}"
            style[f"padding{side}"] = self.r.choice((4, 8, 12))
        k = self.r.random()
        if k < 0.15:  # one line cut with an ellipsis
            style.update(whiteSpace="nowrap", overflow="hidden", textOverflow="ellipsis",
                         width=self.r.randint(width // 3, width), display="block")
            return {"div": {"style": style, "children": self.sentence(self.r.randint(6, 12), rtl)}}
        if k < 0.27:  # clamped after a few lines
            style.update(display="block", lineClamp=self.r.choice((1, 2, 3)),
                         width=self.r.randint(width // 3, width))
            return {"div": {"style": style, "children": self.sentence(self.r.randint(10, 20), rtl)}}
        if k < 0.6:
            style["display"] = "flex"
            return {"div": {"style": style, "children": self.sentence(self.r.randint(2, 9), rtl)}}
        children: list[Any] = []
        for _ in range(self.r.randint(2, 5)):
            if self.chance(0.5):
                children.append(self.sentence(self.r.randint(1, 4), rtl) + " ")
            else:
                children.append(self.span())
                children.append(" ")
        return {"div": {"style": style, "children": children}}

    def chip(self) -> Node:
        style: dict[str, Any] = {"display": "flex", "backgroundColor": self.r.choice(COLORS[:8]), "color": "white",
                                 "padding": self.r.choice(("2px 8px", "4px 10px")), "borderRadius": 10,
                                 "fontSize": self.r.choice((12, 13, 14))}
        if self.chance(0.3):
            style["order"] = self.r.randint(-1, 2)
        text = self.r.choice((self.rtl_words(1), self.r.choice(NUMBERS), self.r.choice(LATIN),
                              f"{self.rtl_words(1)} {self.r.choice(NUMBERS)}"))
        return {"div": {"style": style, "children": text}}

    def row(self, width: int) -> Node:
        """A flex row under the card's direction: chips, a logo box, a price, with gaps and auto margins."""
        items: list[Node] = []
        for _ in range(self.r.randint(2, 4)):
            k = self.r.random()
            if k < 0.5:
                items.append(self.chip())
            elif k < 0.7:
                size = self.r.choice((20, 28, 36))
                items.append({"div": {"style": {"width": size, "height": size, "borderRadius": self.r.choice((0, 6,
                                                                                                            size // 2)),
                                                "backgroundColor": self.r.choice(COLORS)}}})
            else:
                items.append({"div": {"style": {"display": "flex", **self.text_style()},
                                      "children": self.sentence(self.r.randint(1, 3))}})
        auto = None
        if self.chance(0.35):
            auto = (self.r.randrange(len(items)), self.r.choice(("marginLeft", "marginRight")))
        # (maxWidth: a row wider than the card would be sized by Yoga's rules, not a browser's: Satori
        # measures a text item at most as wide as its container and does not clamp the row itself)
        style: dict[str, Any] = {"display": "flex", "maxWidth": "100%", "gap": self.r.choice((0, 4, 8, 12)),
                                 "justifyContent": self.r.choice(("flex-start", "flex-end", "center", "space-between",
                                                                  "space-around", "flex-start")),
                                 "alignItems": self.r.choice(("center", "flex-start", "flex-end", "stretch")),
                                 "flexDirection": self.r.choice(("row", "row", "row-reverse", "column"))}
        if auto is not None and style["flexDirection"] != "column":  # (not in a column: there an auto
            # margin is on the cross axis, where Yoga centres a wrapping line's item that a browser pushes)
            items[auto[0]]["div"]["style"][auto[1]] = "auto"
        if self.chance(0.4):
            style["flexWrap"] = "wrap"
            style["width"] = self.r.randint(width // 2, width)
        if self.chance(0.2):
            style["direction"] = self.r.choice(("ltr", "rtl"))
        return {"div": {"style": style, "children": items}}

    def badge(self) -> Node:
        """An absolutely positioned badge pinned with ``left`` or ``right`` (and ``top`` or ``bottom``)."""
        style: dict[str, Any] = {"position": "absolute", "display": "flex", "backgroundColor": self.r.choice(COLORS),
                                 "color": "white", "padding": "2px 8px", "borderRadius": 6, "fontSize": 12,
                                 self.r.choice(("left", "right")): self.r.choice((0, 8, 16)),
                                 self.r.choice(("top", "bottom")): self.r.choice((0, 8, 16))}
        return {"div": {"style": style, "children": self.r.choice((self.rtl_words(1), "-20%", "NEW", "١٢"))}}

    def card(self, width: int) -> Node:
        inner = width - 32
        children: list[Node] = []
        for _ in range(self.r.randint(2, 4)):
            children.append(self.paragraph(inner) if self.chance(0.6) else self.row(inner))
        if self.chance(0.4):
            children.append(self.badge())
        style: dict[str, Any] = {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
                                 "padding": 16, "gap": self.r.choice((4, 8, 12)),
                                 "backgroundColor": self.r.choice(LIGHT), "fontFamily": FAMILY,
                                 "alignItems": self.r.choice(("stretch", "flex-start", "flex-end", "center")),
                                 "position": "relative"}
        props: dict[str, Any] = {"style": style, "children": children}
        k = self.r.random()
        if k < 0.45:
            style["direction"] = "rtl"
        elif k < 0.85:
            props["dir"] = "rtl"
        return {"div": props}


def document(seed: int, index: int) -> dict[str, Any]:
    """Card ``index`` of ``seed``: a pureog document mapping (font paths relative to conformance/fonts)."""
    rng = random.Random(f"rtlgen-{seed}-{index}")
    width, height = rng.choice(((600, 400), (560, 360), (640, 420)))  # (room enough: no card overflows)
    browser = rng.random() < 0.5
    element = _Gen(rng, browser).card(width)
    doc: dict[str, Any] = {"width": width, "height": height, "fonts": FONT_LIST, "element": element}
    if browser:
        doc["features"] = "browser"
    return doc


def next_owned(doc: dict[str, Any]) -> bool:
    """Whether Next.js, not Chromium, is the card's reference somewhere: without ``features: browser``
    a text leaf (an element with a ``display`` holding text only) under ``direction: rtl`` keeps
    Satori's placement, a line that fits at the left of its box whatever the direction (spec/text.md,
    "Not done yet": Satori hands Yoga no direction), where Chromium's right-to-left flex box puts it at
    the right; and a text with no right-to-left letter keeps Satori's left-to-right flow, where Chromium
    reorders its numbers. Paragraphs of spans (no ``display``) are Chromium's in both modes. Misses
    met on such cards that are Next's too (seeds 16, 17): a line box of Satori's height, the rounded sum
    of ascent and descent (Noto Sans Arabic at 14 px 30 px, Chromium's 19 + 10 = 29; at 13 px 27 where
    Chromium has 28), moving what follows by 1 px; a clamped or cut line aligned with its ellipsis
    counted, as Satori aligns it (case text/cb3-clamp-align-right), where Chromium aligns the line before
    placing the ellipsis (``textAlign: end`` in a right-to-left block pushes it past the left edge, clipped)
    or starts an overflowing line at the start edge before cutting it."""
    if doc.get("features") == "browser":
        return False

    def walk(node: Any, rtl: bool) -> bool:
        if isinstance(node, list):
            return any(walk(child, rtl) for child in node)
        if not isinstance(node, dict):
            return False
        props = next(iter(node.values()))
        style = props.get("style", {})
        direction = style.get("direction") or props.get("dir")
        here = rtl if direction is None else direction == "rtl"
        children = props.get("children")
        if isinstance(children, str):
            return here and "display" in style
        return walk(children, here)

    return walk(doc["element"], False)


def load(doc: dict[str, Any]) -> Any:
    from pureog.document.load import from_mapping  # noqa: PLC0415

    return from_mapping({k: v for k, v in doc.items() if k != "id"}, base_dir=str(FONTS), root=str(ROOT))


def run(seed: int, count: int, out: Path | None, save: Path | None) -> int:
    import warnings  # noqa: PLC0415

    from conformance.chromium.html import build_page  # noqa: PLC0415
    from conformance.chromium.oracle import ChromiumOracle  # noqa: PLC0415
    from conformance.score import score  # noqa: PLC0415
    from pureog.api import render_png  # noqa: PLC0415

    warnings.simplefilter("ignore")
    passed = owned_total = owned_passed = 0
    with ChromiumOracle() as oracle:
        for index in range(count):
            case_id = f"rtl-{seed}-{index}"
            doc = document(seed, index)
            loaded = load(doc)
            reference = oracle.screenshot(build_page(loaded))
            ours = render_png(loaded)
            result = score(reference, ours, min_psnr=THRESHOLDS[0], max_off_share=THRESHOLDS[1])
            passed += result.passed
            owned = next_owned(doc)
            owned_total += owned
            owned_passed += owned and result.passed
            mode = "browser" if doc.get("features") else ("next   " if owned else "satori ")
            print(f"{case_id:14s} {mode} {'pass' if result.passed else 'FAIL'} {result.psnr:6.1f} dB "
                  f"{100 * result.off_share:5.2f}% off", flush=True)
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{case_id}.ref.png").write_bytes(reference)
                (save / f"{case_id}.png").write_bytes(ours)
                (save / f"{case_id}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
            if out is not None and result.passed:
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{case_id}.json").write_text(
                    json.dumps({"id": case_id, **doc}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                (out / f"{case_id}.ref.png").write_bytes(reference)
    print(f"match {passed}/{count}; Chromium-owned cards {passed - owned_passed}/{count - owned_total}, "
          f"cards with Next-owned text {owned_passed}/{owned_total}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--print", action="store_true", help="print the documents as JSON")
    parser.add_argument("--run", action="store_true", help="draw with Chromium and pureog, score")
    parser.add_argument("--out", type=Path, help="with --run: write the passing cards (a corpus slice)")
    parser.add_argument("--save", type=Path, help="with --run: write every card and both PNGs (scratch)")
    args = parser.parse_args(argv)
    if args.run:
        return run(args.seed, args.count, args.out, args.save)
    docs = [document(args.seed, i) for i in range(args.count)]
    print(json.dumps(docs if args.print else [d["width"] for d in docs], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
