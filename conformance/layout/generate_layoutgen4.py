"""Sixth generator of random layout trees: text where it meets flex layout.

Role: the other generators (:mod:`conformance.layout.generate`, :mod:`~conformance.layout.generate_wide`,
:mod:`~conformance.layout.generate_layoutgen2`, :mod:`~conformance.layout.generate_layoutgen3`,
:mod:`~conformance.layout.generate_cards`) pass in full while trees from other hands did not. Read side by
side, they draw text as a leaf with a short phrase and a few font properties; they rarely or never produce

- strings as direct children next to elements (several text nodes in one flex container, each its own
  flex item), numbers as children, ``""`` and whitespace-only strings, spans with their own style in a row
  of strings;
- ``wordBreak: break-all`` / ``break-word`` and ``overflowWrap`` on long words and URLs (layoutgen3
  avoids them: Satori can hang, which the shared runner survives by a timeout);
- ``whiteSpace`` ``pre`` / ``pre-wrap`` / ``pre-line`` / ``break-spaces`` on texts with newlines, runs of
  spaces and tabs; ``wordSpacing``; ``textAlign`` ``justify`` / ``start`` / ``end`` on wrapped text;
- ``textOverflow: ellipsis`` with ``overflow: hidden`` and ``WebkitLineClamp`` (``display:
  -webkit-box``) or ``lineClamp`` (``display: block``) on several lines;
- ``lineHeight`` as a number, px, %, em, rem and ``normal`` in the same tree; ``fontSize`` in em / rem
  chains (not in %: a documented difference); fonts beyond the default (Roboto, Geist weights and
  italic, Geist Mono, CJK, Hangul, Cyrillic and an emoji face) with CJK / Hangul / Cyrillic / emoji mixed
  into Latin (no Arabic: Next draws it unshaped, a documented difference, spec/differences.md);
- ``textWrap`` (``balance``, ``pretty``), ``textIndent``, ``tabSize``, font-size keywords, unknown families,
  case mappings that change length (``straße``, ligature characters);
- text in shrinking flex items (``flexBasis: 0`` with ``flexShrink``, ``minWidth: 0`` against the
  min-content width of a long word), text in absolutely placed boxes (shrink-to-fit), text boxes with
  padding and borders in percentages.

Each text sits in its own element, so its box (which Satori sizes by the measured lines) is compared.
``break-all`` / ``break-word`` go only on text holders, with ``minWidth: 6em``: Satori never returns on a
text whose box is narrower than one glyph (the shared runner drops such a tree after a timeout, slowly).

Input -> output: a seed -> cases ``{"id", "width", "height", "element", "fonts"?}``; ``--out`` lays them
out with the real Satori (``satori_boxes.mjs``) and writes a corpus file in the shared format (checked by
:mod:`conformance.layout.check`); ``--compare`` lays fresh trees out with Satori and pureog and prints the
mismatches. Dev tool: the standard library, the sibling generators' Satori runner, and (for
``--compare`` only) :mod:`pureog` through :mod:`conformance.layout.check`.

Usage (from the repository root; needs the oracle's ``npm ci``)::

    python -m conformance.layout.generate_layoutgen4 --seed 1 --count 3 --print
    python -m conformance.layout.generate_layoutgen4 --seed 1 --count 300 --compare
    python -m conformance.layout.generate_layoutgen4 --seed 1 --count 300 --out /tmp/lg4-1.json
"""

from __future__ import annotations

from typing import Any

from conformance.layout.generate import TreeGenerator, corpus_builder, run_cli
from conformance.layout.generate_layoutgen2 import compare

GENERATOR = "layoutgen4"
GENERATOR_VERSION = 1

_F = "conformance/fonts/"
_GEIST = {"name": "Geist", "path": _F + "Geist-Regular.ttf", "weight": 400}
# Font sets (ImageResponse's `fonts`, replacing the default face on both sides) with the families and the
# scripts their texts may use; None: the default face, Latin only (other scripts then fall to .notdef).
_FONT_SETS: tuple[tuple[tuple[dict[str, Any], ...] | None, tuple[str | None, ...], tuple[str, ...]], ...] = (
    (None, (None, "Geist", "sans-serif"), ("latin",)),
    (None, (None,), ("latin", "cjk")),
    (({"name": "Roboto", "path": _F + "Roboto-Regular.ttf", "weight": 400},
      {"name": "Roboto", "path": _F + "Roboto-Bold.ttf", "weight": 700}), (None, "Roboto"), ("latin",)),
    (({"name": "Geist", "path": _F + "Geist-Light.ttf", "weight": 300}, _GEIST,
      {"name": "Geist", "path": _F + "Geist-Italic.ttf", "weight": 400, "style": "italic"},
      {"name": "Geist", "path": _F + "Geist-Bold.ttf", "weight": 700},
      {"name": "Geist", "path": _F + "Geist-Black.ttf", "weight": 900}), (None, "Geist"), ("latin",)),
    ((_GEIST, {"name": "Geist Mono", "path": _F + "GeistMono-Regular.ttf", "weight": 400}),
     ("Geist", "Geist Mono", "Geist Mono, Geist"), ("latin",)),
    ((_GEIST, {"name": "Noto CJK", "path": _F + "NotoSansCJKJP-subset.otf", "weight": 400}),
     (None, "Geist", "Noto CJK", "Noto CJK, Geist"), ("latin", "cjk")),
    ((_GEIST, {"name": "Nanum", "path": _F + "NanumGothic-subset.ttf", "weight": 400},
      {"name": "Nanum", "path": _F + "NanumGothicBold-subset.ttf", "weight": 700}),
     (None, "Nanum", "Geist, Nanum"), ("latin", "hangul")),
    ((_GEIST, {"name": "Noto Sans", "path": _F + "NotoSans-Italic-cyrillic.ttf", "weight": 400, "style": "italic"}),
     (None, "Noto Sans", "Geist, Noto Sans"), ("latin", "cyrillic")),
    ((_GEIST, {"name": "Emoji", "path": _F + "Twemoji-COLRv0-subset.ttf", "weight": 400}),
     (None, "Geist, Emoji"), ("latin", "emoji")),
)

_LATIN = ("straße", "ﬁne", "ǆ", "Hello", "world", "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
          "Next.js", "OG", "image", "a", "I", "pureog", "layout", "flex", "—", "1,234", "42%", "(beta)", "v16.4.6",
          "co-op", "x", "W", "iiii", "MMMM", "e.g.", "don’t", "“quoted”", "café", "naïve", "…")
_LONG = ("supercalifragilisticexpialidocious", "Pneumonoultramicroscopicsilicovolcanoconiosis",
         "https://example.com/blog/2026/12/05/a-very-long-url-that-should-wrap-somewhere",
         "averyveryveryveryverylongidentifier_with_underscores", "foo-bar-baz-qux-quux-corge-grault",
         "AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/usr/local/lib/python3.12/site-packages/pureog/__init__.py",
         "user@example.com", "0123456789012345678901234567890123456789")
_SCRIPT_WORDS = {
    "cjk": ("日本語", "漢字", "中文", "日本", "文字", "画", "今日", "直角", "写本", "海中文字日本語漢画"),
    "hangul": ("안녕하세요", "한국어", "그림", "하늘", "바다", "세계"),
    "cyrillic": ("Привет", "мир", "Съешь", "ещё", "этих", "булок", "Ёжик"),
    "emoji": ("😀", "👍", "🎉", "🚀", "❤️", "🌈", "🍕🐱", "👍🚀"),
}
_SPACES = (" ", " ", " ", " ", "  ", "   ", "\t", " \t ", "\n", "\n\n", " \n ", "\u00a0")
_ODD_STRINGS = ("", " ", "   ", "\n", "\t", " \n ", "\u00a0", "-", ".", "…")
_NUMBERS = (0, 1, 7, 42, 3.5, -2, 1000000, 0.1)

_CANVAS = ((1200, 630), (1200, 630), (800, 400), (600, 315), (400, 300), (300, 200), (500, 800))
_FONT_SIZE = (10, 12, 14, 16, 16, 18, 20, 24, 32, 40, 56, 72, "14px", "20px", "1.5em", "0.75em", "2em", "1rem",
              "1.25rem", "2.5rem")
# No font sizes in %: Satori's font-size resolver loses them (a documented difference, spec/differences.md),
# which would drown every other finding.
_LINE_HEIGHT = (1, 1.2, 1.5, 2, 0.9, "1.4", "normal", "normal", "20px", "32px", "12px", "150%", "100%", "90%",
                "1.5em", "2em", "0.8em", "1.5rem", "24px")
_FONT_KEYWORD = ("small", "x-large", "larger", "smaller", "medium")
_LETTER = ("0.05em", "-0.02em", "1px", "-1px", 2, "0.1em", "3px", "normal", 0)
_WORD_SPACING = ("4px", "0.5em", "-2px", 10, "normal", "1rem")
_TEXT_ALIGN = ("left", "center", "right", "justify", "justify", "start", "end")
_WHITE_SPACE = ("normal", "normal", "nowrap", "pre", "pre-wrap", "pre-wrap", "pre-line", "break-spaces")
_WORD_BREAK = ("normal", "break-all", "break-word", "keep-all", "break-all")
_OVERFLOW_WRAP = ("break-word", "anywhere", "normal")
_WEIGHT = (300, 400, 500, 700, 900, "bold", "normal")
_TEXT_TRANSFORM = ("uppercase", "lowercase", "capitalize")
_WIDTH = (40, 60, 80, 100, 120, 150, 200, 240, 320, "25%", "33%", "50%", "80%", "100%", "10em", "auto")
_PAD = (0, 2, 4, 8, 12, 16, "2%", "5%", "10%", "1%", "4px 8px", "2% 4%", "0.5em 1em", "1em")
_BORDER = ("1px solid #000", "2px solid red", "4px solid #ccc", "0.5px solid blue")
_TAGS = ("div", "div", "span", "p", "h1", "h2", "strong", "em", "code", "small", "label", "a")


class TextGenerator(TreeGenerator):
    """Random text-in-flex trees from one seeded ``random.Random`` (same seed, same trees everywhere)."""

    def __init__(self, seed: int) -> None:
        super().__init__(f"layoutgen4-{seed}")
        self.families: tuple[str | None, ...] = (None,)
        self.scripts: tuple[str, ...] = ("latin",)

    # --- strings ---

    def word(self) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            return str(self.pick(_LONG))
        if roll < 0.3 and len(self.scripts) > 1:
            return str(self.pick(_SCRIPT_WORDS[self.pick(self.scripts[1:])]))
        return str(self.pick(_LATIN))

    def phrase(self, max_words: int = 14) -> str:
        """Words joined by spaces, with runs of spaces, tabs and newlines now and then."""
        words = [self.word() for _ in range(self.rng.randint(1, max_words))]
        out = words[0]
        for w in words[1:]:
            out += (self.pick(_SPACES) if self.chance(0.25) else " ") + w
        if self.chance(0.15):
            out = self.pick((" ", "  ", "\n", "\t")) + out
        if self.chance(0.15):
            out += self.pick((" ", "  ", "\n", " \n"))
        return out

    # --- styles ---

    def text_style(self, style: dict[str, Any], *, breaking: bool = True) -> None:
        """Font and text properties (they inherit, so containers get them too; ``breaking``: may draw
        ``break-all`` / ``break-word``, which only text holders with a safe minimum width get)."""
        if self.chance(0.5):
            style["fontSize"] = self.pick(_FONT_SIZE)
        if self.chance(0.05):
            style["fontSize"] = self.pick(_FONT_KEYWORD)
        if self.chance(0.4):
            style["lineHeight"] = self.pick(_LINE_HEIGHT)
        if self.chance(0.15):
            style["letterSpacing"] = self.pick(_LETTER)
        if self.chance(0.12):
            style["wordSpacing"] = self.pick(_WORD_SPACING)
        if self.chance(0.3):
            style["textAlign"] = self.pick(_TEXT_ALIGN)
        if self.chance(0.35):
            style["whiteSpace"] = self.pick(_WHITE_SPACE)
        if self.chance(0.3):
            style["wordBreak"] = self.pick(_WORD_BREAK if breaking else ("normal", "keep-all"))
        if self.chance(0.1):
            style["overflowWrap"] = self.pick(_OVERFLOW_WRAP)
        if self.chance(0.2):
            style["fontWeight"] = self.pick(_WEIGHT)
        if self.chance(0.06):
            style["fontStyle"] = "italic"
        if self.chance(0.08):
            style["textTransform"] = self.pick(_TEXT_TRANSFORM)
        family = self.pick(self.families)
        if family is not None and self.chance(0.5):
            style["fontFamily"] = family
        if self.chance(0.05):
            style["fontFamily"] = self.pick(("Unknown Face", "serif", "Unknown, Geist"))
        if self.chance(0.06):
            style["textWrap"] = self.pick(("balance", "pretty", "wrap", "nowrap"))
        if self.chance(0.05):
            style["textIndent"] = self.pick((20, "2em", "10%", -8))
        if self.chance(0.04):
            style["tabSize"] = self.pick((2, 8, 0, "20px"))

    def clamp(self, style: dict[str, Any]) -> None:
        """One of the three ways Satori cuts text: an ellipsis line, -webkit-box clamp, lineClamp."""
        roll = self.rng.randrange(4)
        if roll == 0:
            style.update(overflow="hidden", textOverflow="ellipsis")
            if self.chance(0.7):
                style["whiteSpace"] = "nowrap"
        elif roll == 1:
            style.update(display="-webkit-box", WebkitBoxOrient="vertical", WebkitLineClamp=self.pick((1, 2, 3)),
                         overflow="hidden", textOverflow="ellipsis")
        elif roll == 2:
            style.update(display="block", lineClamp=self.pick((1, 2, 3, "2 '…'", '3 " [more]"')))
        else:
            style.update(overflow="hidden", maxHeight=self.pick((20, 40, "3em", "2.4em")))

    def box(self, style: dict[str, Any], *, in_row: bool) -> None:
        """Sizing of a text holder as a flex item: widths, the shrink settings, % padding and borders."""
        if self.chance(0.35):
            style["width" if in_row else self.pick(("width", "maxWidth"))] = self.pick(_WIDTH)
        if self.chance(0.15):
            style["maxWidth"] = self.pick(_WIDTH)
        if self.chance(0.1):
            style["height"] = self.pick((20, 40, 100, "50%", "auto"))
        roll = self.rng.random()
        if roll < 0.2:
            style.update(flexBasis=0, flexGrow=self.pick((0, 1, 1, 2)), flexShrink=self.pick((1, 1, 0, 3)))
        elif roll < 0.35:
            style["flex"] = self.pick((1, "1 1 0", "1 1 0%", "0 1 auto", "1 0 auto", "0 0 auto", "2 1 50px"))
        elif roll < 0.45:
            style["flexShrink"] = self.pick((0, 0.5, 2, 10))
        if self.chance(0.2):
            style["minWidth"] = self.pick((0, 0, "auto", 20, "10%"))
        if self.chance(0.3):
            style["padding"] = self.pick(_PAD)
        if self.chance(0.15):
            style["border"] = self.pick(_BORDER)
        if self.chance(0.08):
            style["borderWidth"] = self.pick(("1%", "2px 5%", "3px"))
            style["borderStyle"] = "solid"
        if self.chance(0.1):
            style["alignSelf"] = self.pick(("flex-start", "center", "flex-end", "stretch", "baseline"))
        if self.chance(0.05):
            style["margin"] = self.pick(("0 auto", "4px", "2%", "0 0 0 auto", "-4px 8px"))

    # --- nodes ---

    def text(self, *, in_row: bool) -> dict[str, Any]:
        """An element holding one string (or a number)."""
        style: dict[str, Any] = {}
        self.text_style(style)
        self.box(style, in_row=in_row)
        if self.chance(0.15):
            self.clamp(style)
        if style.get("wordBreak") in ("break-all", "break-word"):
            # Satori never returns when such a text gets a box narrower than one glyph: keep room.
            style["minWidth"] = "6em"
            if "%" in str(style.get("padding", "")) or "em" in str(style.get("padding", "")):
                del style["padding"]
        children: Any = self.phrase()
        roll = self.rng.random()
        if roll < 0.05:
            children = self.pick(_ODD_STRINGS)
        elif roll < 0.09:
            children = self.pick(_NUMBERS)
            style.setdefault("display", "flex")
        return {"type": self.pick(_TAGS), "props": {"style": style, "children": children}}

    def span(self) -> dict[str, Any]:
        """A styled span inside running text (its own font size, weight, spacing; sometimes nested)."""
        style: dict[str, Any] = {}
        if self.chance(0.5):
            style["fontSize"] = self.pick(_FONT_SIZE)
        if self.chance(0.4):
            style["fontWeight"] = self.pick(_WEIGHT)
        if self.chance(0.2):
            style["letterSpacing"] = self.pick(_LETTER)
        if self.chance(0.2):
            style["padding"] = self.pick(_PAD)
        if self.chance(0.1):
            style["whiteSpace"] = self.pick(_WHITE_SPACE)
        if self.chance(0.1):
            style["lineHeight"] = self.pick(_LINE_HEIGHT)
        children: Any = self.phrase(4)
        if self.chance(0.15):
            children = [self.phrase(2), self.span()]
            style["display"] = "flex"
        return {"type": self.pick(("span", "span", "b", "em", "code", "a")), "props": {"style": style,
                                                                                   "children": children}}

    def mixed(self) -> dict[str, Any]:
        """Running text as authors write JSX: strings, numbers, spans and holes in one flex container."""
        kids: list[Any] = []
        for _ in range(self.rng.randint(2, 7)):
            roll = self.rng.random()
            if roll < 0.45:
                kids.append(self.phrase(6))
            elif roll < 0.7:
                kids.append(self.span())
            elif roll < 0.78:
                kids.append(self.pick(_NUMBERS))
            elif roll < 0.86:
                kids.append(self.pick(_ODD_STRINGS))
            elif roll < 0.92:
                kids.append(self.pick((None, False, True)))
            else:
                kids.append(self.text(in_row=True))
        style: dict[str, Any] = {"display": "flex"}
        if self.chance(0.6):
            style["flexWrap"] = self.pick(("wrap", "wrap", "nowrap"))
        if self.chance(0.3):
            style["flexDirection"] = self.pick(("row", "column", "row-reverse"))
        if self.chance(0.4):
            style["alignItems"] = self.pick(("baseline", "center", "flex-start", "flex-end", "stretch"))
        if self.chance(0.2):
            style["gap"] = self.pick((4, "0.25em", 8, "2%"))
        self.text_style(style, breaking=False)
        self.box(style, in_row=True)
        return {"type": self.pick(("div", "p", "h1", "span")), "props": {"style": style, "children": kids}}

    def item(self, depth: int) -> dict[str, Any]:
        roll = self.rng.random()
        if depth < 3 and roll < 0.2:
            return self.container(depth + 1)
        if roll < 0.45:
            return self.mixed()
        if roll < 0.55:
            return self.absolute()
        return self.text(in_row=self.chance(0.5))

    def absolute(self) -> dict[str, Any]:
        """Text in an absolutely placed box: shrink-to-fit width, insets in px and %."""
        node = self.text(in_row=False) if self.chance(0.6) else self.mixed()
        style = node["props"]["style"]
        style["position"] = "absolute"
        for side in self.rng.sample(("top", "right", "bottom", "left"), self.rng.randint(0, 3)):
            style[side] = self.pick((0, 10, -5, "10%", "50%", 24))
        return node

    def container(self, depth: int, *, is_root: bool = False) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex"}
        style["flexDirection"] = self.pick(("row", "row", "column", "row-reverse", "column-reverse"))
        if self.chance(0.4):
            style["flexWrap"] = self.pick(("wrap", "nowrap", "wrap-reverse"))
        if self.chance(0.4):
            style["alignItems"] = self.pick(("stretch", "flex-start", "center", "baseline", "flex-end"))
        if self.chance(0.3):
            style["justifyContent"] = self.pick(("flex-start", "center", "space-between", "flex-end"))
        if self.chance(0.3):
            style["gap"] = self.pick((0, 4, 8, 16, "1em", "2%"))
        if is_root:
            style.update(width="100%", height="100%")
            if self.chance(0.6):
                style["padding"] = self.pick((0, 8, 24, 48, "5%", "2em"))
        else:
            self.box(style, in_row=True)
            if self.chance(0.15):
                style["position"] = "relative"
        if self.chance(0.4):
            self.text_style(style, breaking=False)
        kids: list[Any] = [self.item(depth) for _ in range(self.rng.randint(1, 5))]
        if self.chance(0.15):
            kids.insert(self.rng.randrange(len(kids) + 1), self.phrase(5))
        return {"type": "div", "props": {"style": style, "children": kids}}

    def case(self, case_id: str) -> dict[str, Any]:
        fonts, self.families, self.scripts = self.pick(_FONT_SETS)
        width, height = self.pick(_CANVAS)
        element = self.container(1, is_root=True)
        case: dict[str, Any] = {"id": case_id, "width": width, "height": height, "element": element}
        if fonts:
            case["fonts"] = [dict(font) for font in fonts]
        return case


def generate(seed: int, count: int, prefix: str) -> list[dict[str, Any]]:
    gen = TextGenerator(seed)
    return [gen.case(f"{prefix}-{i:04d}") for i in range(count)]


build_corpus = corpus_builder(GENERATOR, GENERATOR_VERSION, generate)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__.split("\n\n")[0], generate, build_corpus, default_count=300, prefix_letter="t",
                   compare=compare)


if __name__ == "__main__":
    raise SystemExit(main())
