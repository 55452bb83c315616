"""Make the pinned conformance fonts: subsets of freely licensed fonts (dev tool; outputs are committed).

Role: source fonts -> small subsets under ``conformance/fonts`` with fontTools' subsetter (layout
features such as ``kern`` and ``liga`` kept; hinting dropped, which changes no outline):

* Geist Light/Regular/Bold/Black/Italic and Geist Mono Regular (OFL; npm ``geist``): Latin-1.
* ``Geist-Medium.woff``: Geist Medium, Latin-1, written as WOFF (zlib-compressed sfnt).
* ``NanumGothic[Bold]-subset.ttf`` (OFL; Debian ``fonts-nanum``): ASCII + every Hangul syllable that
  the cases use (collected from ``conformance/cases/**.yaml``), TrueType outlines.
* ``NotoSansKR-subset.otf`` (OFL; Debian ``fonts-noto-cjk``, the KR face of NotoSansCJK-Regular.ttc):
  the same characters, CFF (PostScript) outlines: the suite's OTF/CFF font.
* ``NotoSansCJK{JP,SC,TC}-subset.otf`` (OFL; the JP, SC and TC faces of NotoSansCJK-Regular.ttc): ASCII
  and a few Han characters whose forms differ by language (:data:`LOCL_HAN`), every layout feature
  kept (``locl`` for JAN / ZHS / ZHT / ZHH / KOR): the ``lang`` cases.
* ``NotoSans-Italic-cyrillic.ttf`` (OFL, ``LICENSE-NotoSans.txt``; Debian ``fonts-noto-core``): ASCII and
  Cyrillic U+0410-045F, with its Serbian / Macedonian ``locl`` italics.
* ``NotoSans{Arabic,Devanagari,Hebrew,Thai}-{Regular,Bold}-subset.ttf`` (OFL, ``LICENSE-NotoSans.txt``;
  Debian ``fonts-noto-core``): every character the ``text-shaping`` and ``bidi`` cases use, every layout
  feature kept (joining, marks, reordering).
* ``NotoSans{Bengali,Gujarati}-Regular-subset.ttf`` (OFL, ``LICENSE-NotoSans.txt``; Debian
  ``fonts-noto-core``): ASCII and the characters of their blocks the ``text`` cases use.
* ``Roboto-Regular.ttf``, ``Roboto-Bold.ttf`` (Apache-2.0, ``LICENSE-Roboto.txt``; Debian
  ``fonts-roboto-unhinted``): Latin-1, a second TrueType family (upem 2048) for small-canvas text.

Run after adding Korean text to a case: ``python conformance/fonts/make_fonts.py`` (needs the npm
``geist`` package at GEIST_DIR and the Debian font packages). Imports fontTools only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
CASES = HERE.parent / "cases"
GEIST_DIR = Path(os.environ.get("GEIST_DIR", "/tmp/oracle/node_modules/geist/dist/fonts"))
NANUM_DIR = Path("/usr/share/fonts/truetype/nanum")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
ROBOTO_DIR = Path("/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF")
LATIN = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
                                                           0x2026, 0x2022, 0x00B7}


def used_hangul() -> set[int]:
    """Every Hangul code point (syllables, jamo, compatibility jamo) written in any case."""
    found: set[int] = set()
    pattern = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
    for path in CASES.rglob("*.yaml"):
        found.update(ord(ch) for ch in pattern.findall(path.read_text(encoding="utf-8")))
    return found


def _subset(font: TTFont, unicodes: set[int], out: Path, flavor: str | None = None) -> None:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.flavor = flavor
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    font.flavor = flavor
    font.save(str(out))
    print(f"{out.name}: {out.stat().st_size} bytes")


LOCL_HAN = "直骨画角今令海誤述写漢字中文日本語"


def make_lang() -> None:
    collection = TTCollection(str(NOTO_CJK))
    for index, region in ((0, "JP"), (2, "SC"), (3, "TC")):
        face = collection.fonts[index]
        assert region in face["name"].getDebugName(4)
        _subset(face, set(map(ord, LOCL_HAN + " ")) | set(range(0x20, 0x7F)), HERE / f"NotoSansCJK{region}-subset.otf")
    italic = TTFont(str(NOTO_DIR / "NotoSans-Italic.ttf"))
    _subset(italic, set(range(0x20, 0x7F)) | set(range(0x410, 0x460)), HERE / "NotoSans-Italic-cyrillic.ttf")


SCRIPT_AREAS = ("text-shaping", "bidi")


def make_scripts() -> None:
    # the ellipsis, the dotted circle, SARA AM's parts (the Thai shaper decomposes it), every character's
    # canonical decomposition and mirrored form: what the shapers may ask the font for
    used: set[int] = set(range(0x20, 0x7F)) | {0x2026, 0x00AB, 0x00BB, 0x25CC, 0x0E4D, 0x0E32}
    for area in SCRIPT_AREAS:
        for case in sorted((HERE.parent / "cases" / area).glob("*.yaml")):
            used |= {ord(ch) for ch in case.read_text(encoding="utf-8") if ord(ch) >= 0x80}
    for code in list(used):
        used |= {ord(ch) for ch in unicodedata.normalize("NFD", chr(code))}
        if unicodedata.mirrored(chr(code)):
            used |= {ord(ch) for ch in "()[]{}<>«»‹›"}
    for script in ("Arabic", "Devanagari", "Hebrew", "Thai"):
        for weight in ("Regular", "Bold"):
            font = TTFont(str(NOTO_DIR / f"NotoSans{script}-{weight}.ttf"))
            _subset(font, used & set(font.getBestCmap()), HERE / f"NotoSans{script}-{weight}-subset.ttf")


INDIC = {"Bengali": (0x0980, 0x0A00), "Gujarati": (0x0A80, 0x0B00)}


def make_indic() -> None:
    """Bengali and Gujarati faces (Regular): ASCII and every character of those blocks that the
    ``text`` cases use, every layout feature kept (the Satori-lines cases, spec/text.md)."""
    for script, (start, end) in INDIC.items():
        used = set(range(0x20, 0x7F)) | {0x25CC}
        for case in sorted((HERE.parent / "cases" / "text").glob("*.yaml")):
            used |= {ord(ch) for ch in case.read_text(encoding="utf-8") if start <= ord(ch) < end}
        font = TTFont(str(NOTO_DIR / f"NotoSans{script}-Regular.ttf"))
        _subset(font, used & set(font.getBestCmap()), HERE / f"NotoSans{script}-Regular-subset.ttf")


def make_roboto() -> None:
    for name in ("Roboto-Regular", "Roboto-Bold"):
        _subset(TTFont(str(ROBOTO_DIR / f"{name}.ttf")), LATIN, HERE / f"{name}.ttf")


def main() -> None:
    make_lang()
    make_scripts()
    make_indic()
    make_roboto()
    sans, mono = GEIST_DIR / "geist-sans", GEIST_DIR / "geist-mono"
    for name in ("Geist-Light", "Geist-Regular", "Geist-Bold", "Geist-Black", "Geist-Italic"):
        _subset(TTFont(str(sans / f"{name}.ttf")), LATIN, HERE / f"{name}.ttf")
    _subset(TTFont(str(mono / "GeistMono-Regular.ttf")), LATIN, HERE / "GeistMono-Regular.ttf")
    _subset(TTFont(str(sans / "Geist-Medium.ttf")), LATIN, HERE / "Geist-Medium.woff", flavor="woff")
    korean = used_hangul() | set(range(0x20, 0x7F)) | {0x00B7}
    _subset(TTFont(str(NANUM_DIR / "NanumGothic.ttf")), korean, HERE / "NanumGothic-subset.ttf")
    _subset(TTFont(str(NANUM_DIR / "NanumGothicBold.ttf")), korean, HERE / "NanumGothicBold-subset.ttf")
    collection = TTCollection(str(NOTO_CJK))
    kr = next(f for f in collection.fonts if "KR" in f["name"].getDebugName(1))
    _subset(kr, korean, HERE / "NotoSansKR-subset.otf")


if __name__ == "__main__":
    main()
