"""Variants of an extracted real card: its texts in another script, or with emoji between the words.

    python conformance/realcards/variants.py card.json script ko|ja|zh|th|hi|ar|he [--rtl] [--keep-latin N] > out.json
    python conformance/realcards/variants.py card.json emoji twemoji|noto|openmoji|blobmoji|fluent|fluentFlat \\
        [--seed S] > out.json

Input: a card as ``extract.mjs`` writes it (React-shaped JSON, texts already generic). Output: the same
card, layout and styles untouched, with

* ``script``: every text's words rewritten in letters the committed subsets cover (Korean syllables of
  the Nanum subset, Han characters of the Noto Sans CJK JP or SC subset without spaces between them,
  Thai or Devanagari base letters and spacing vowels (no marks: nothing to shape), Arabic or Hebrew
  letters of the Noto subsets), every N-th text kept in Latin (``--keep-latin``, default 3),
  the subset faces appended to the card's fonts (Geist when it had none), ``dir="rtl"`` on the root
  with ``--rtl``. Arabic and Hebrew variants differ from Next on purpose (spec/text.md): use them with a
  Chromium reference, or to see that nothing but the text differs;
* ``emoji``: emoji, flags, keycaps, skin tones and ZWJ sequences (fully qualified) inserted between
  words (about one word in four), the document's ``emoji`` set chosen.

Then ``make_case.py`` wraps the result as a case. Round seven's runs (README) used it on 16 cards. The
choice of letters and emoji is seeded by the card's file name, so a rerun writes the same variant.
Dev tool: standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

FONTS = "../../fonts/"
SCRIPTS = {
    "ko": ("Nanum Gothic", "NanumGothic-subset.ttf", "NanumGothicBold-subset.ttf",
           "게고국그글기김꿈년녕는늘니다드라람래로르만미바브블빠세술시썬안어없에오요우월으을이일저줄쥐지쳇퀴타파프픈하한합헌험"),
    "ja": ("Noto Sans CJK JP", "NotoSansCJKJP-subset.otf", None, "中今令写字文日本海漢画直角語誤述骨"),
    # The same Han characters in the Simplified Chinese face (its own forms of 骨 直 角 述 ...).
    "zh": ("Noto Sans CJK SC", "NotoSansCJKSC-subset.otf", None, "中今令写字文日本海漢画直角語誤述骨"),
    # Thai and Devanagari: base letters and spacing vowels only (no marks, no reordering matras), so the
    # words need no shaping beyond the cmap and can be compared with Next (round fourteen).
    "th": ("Noto Sans Thai", "NotoSansThai-Regular-subset.ttf", "NotoSansThai-Bold-subset.ttf",
           "กคงญดทนบปผฝฟภยรลวษสหาเใไ"),
    "hi": ("Noto Sans Devanagari", "NotoSansDevanagari-Regular-subset.ttf", "NotoSansDevanagari-Bold-subset.ttf",
           "अकखगजडतथदधनपफभमयरवशसहा"),
    "ar": ("Noto Sans Arabic", "NotoSansArabic-Regular-subset.ttf", "NotoSansArabic-Bold-subset.ttf",
           "ابتحرسشصعفقكلمنهوةأإ"),
    "he": ("Noto Sans Hebrew", "NotoSansHebrew-Regular-subset.ttf", "NotoSansHebrew-Bold-subset.ttf",
           "אבהוטיכלסעצקרשת"),
}
EMOJI = ["🚀", "✨", "🇯🇵", "🇺🇸", "👨‍👩‍👧‍👦", "👍🏽", "👋🏻", "1️⃣", "#️⃣", "❤️", "✅", "©", "🏳️‍🌈", "🧑‍💻",
         "🫶", "🔥", "📈", "⭐", "☕", "🎉", "👩🏾‍🚀", "🤝", "⚡", "🌍", "💡", "🛠️", "➡️", "🤷‍♀️", "❤️‍🔥"]
SETS = ("twemoji", "noto", "openmoji", "blobmoji", "fluent", "fluentFlat")


def map_texts(node: Any, change: Any) -> Any:
    """``node`` with ``change`` applied to each non-blank text child (SVG contents left alone)."""
    if isinstance(node, str):
        return change(node) if node.strip() else node
    if isinstance(node, list):
        return [map_texts(child, change) for child in node]
    if isinstance(node, dict):
        props = node.get("props")
        if isinstance(props, dict) and node.get("type") != "svg" and "children" in props:
            props["children"] = map_texts(props["children"], change)
    return node


def script_variant(doc: dict[str, Any], script: str, rnd: random.Random, rtl: bool, keep: int) -> dict[str, Any]:
    family, regular, bold, letters = SCRIPTS[script]
    seen = [0]

    def word(length: int) -> str:
        if script in ("ko", "ja", "zh"):  # a syllable or a Han character is about two Latin letters wide
            length = max(1, (length + 1) // 2)
        return "".join(rnd.choice(letters) for _ in range(length))

    def change(text: str) -> str:
        seen[0] += 1
        if keep and seen[0] % keep == 0:
            return text
        out = re.sub(r"[A-Za-z]+", lambda m: word(len(m.group())), text)
        if script in ("ja", "zh"):  # no spaces between Japanese or Chinese words
            out = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", out)
        return out

    doc["element"] = map_texts(doc["element"], change)
    if rtl and isinstance(doc["element"].get("props"), dict):
        doc["element"]["props"]["dir"] = "rtl"
    fonts = doc.get("fonts") or [
        {"name": "Geist", "path": FONTS + "Geist-Regular.ttf", "weight": 400, "style": "normal"},
        {"name": "Geist", "path": FONTS + "Geist-Bold.ttf", "weight": 700, "style": "normal"},
    ]
    fonts.append({"name": family, "path": FONTS + regular, "weight": 400, "style": "normal"})
    if bold:
        fonts.append({"name": family, "path": FONTS + bold, "weight": 700, "style": "normal"})
    doc["fonts"] = fonts
    return doc


def emoji_variant(doc: dict[str, Any], emoji_set: str, rnd: random.Random) -> dict[str, Any]:
    def change(text: str) -> str:
        out: list[str] = []
        for word in text.split(" "):
            if rnd.random() < 0.25:
                out.append(rnd.choice(EMOJI))
            out.append(word + (rnd.choice(EMOJI) if rnd.random() < 0.15 else ""))
        return " ".join(out)

    doc["element"] = map_texts(doc["element"], change)
    if emoji_set != "twemoji":
        doc["emoji"] = emoji_set
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("card", help="a card written by extract.mjs")
    parser.add_argument("kind", choices=("script", "emoji"))
    parser.add_argument("choice", help="ko, ja, zh, th, hi, ar or he (script); an emoji set (emoji)")
    parser.add_argument("--rtl", action="store_true", help="dir=rtl on the root (script)")
    parser.add_argument("--keep-latin", type=int, default=3, metavar="N", help="keep every N-th text (script)")
    parser.add_argument("--seed", default="0", help="another seed for the emoji choice")
    args = parser.parse_args(argv)
    doc = json.loads(Path(args.card).read_text(encoding="utf-8"))
    rnd = random.Random(f"{Path(args.card).stem}-{args.choice}-{args.seed}")
    if args.kind == "script":
        if args.choice not in SCRIPTS:
            parser.error(f"script: one of {', '.join(SCRIPTS)}")
        doc = script_variant(doc, args.choice, rnd, args.rtl, args.keep_latin)
    else:
        if args.choice not in SETS:
            parser.error(f"emoji: one of {', '.join(SETS)}")
        doc = emoji_variant(doc, args.choice, rnd)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
