"""Differential test of pureog's OpenType shaping engine (``pureog.text.ot``) against HarfBuzz.

Shapes generated strings (words and syllables drawn from each script's characters, plus sample
sentences) with both engines and compares glyph ids, clusters and positions (each within 1 font unit).
Prints the identical rate per script and per font, with example failures.

Needs ``uharfbuzz`` (a test-only dependency, in the ``dev`` extra) and fonts: Debian's
``fonts-noto-core`` under /usr/share/fonts/truetype/noto (DejaVu and Liberation are used when present).

Run::

    python tools/shaping_diff.py                      # every script, 40 strings per script and font
    python tools/shaping_diff.py --strings 200 --scripts Arab,Hebr --fonts NotoNaskhArabic-Regular
    python tools/shaping_diff.py --show 5             # more example failures
    python tools/shaping_diff.py --all-faces --strings 1000 --seed 9   # every Noto face, other strings

``tests/text/ot/test_harfbuzz_diff.py`` imports this module (``corpus``, ``compare_font``) for a smaller
slice with recorded minimum rates.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOTO = Path("/usr/share/fonts/truetype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")

# script -> (direction, language or None, fonts); fonts missing on the machine are skipped.
SCRIPTS: dict[str, tuple[str, list[Path]]] = {
    "Latn": ("ltr", [NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSans-Bold.ttf", NOTO / "NotoSans-Italic.ttf",
                     NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSerif-BoldItalic.ttf",
                     NOTO / "NotoSansDisplay-Regular.ttf", DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSerif.ttf",
                     LIBERATION / "LiberationSans-Regular.ttf", LIBERATION / "LiberationSerif-Regular.ttf",
                     LIBERATION / "LiberationMono-Regular.ttf", DEJAVU / "DejaVuSansMono.ttf"]),
    "Grek": ("ltr", [NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSans-Bold.ttf",
                     DEJAVU / "DejaVuSans.ttf", LIBERATION / "LiberationSans-Regular.ttf",
                     LIBERATION / "LiberationMono-Regular.ttf"]),
    "Cyrl": ("ltr", [NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSans-Italic.ttf",
                     DEJAVU / "DejaVuSans.ttf", LIBERATION / "LiberationSerif-Regular.ttf",
                     LIBERATION / "LiberationMono-Regular.ttf"]),
    "Arab": ("rtl", [NOTO / "NotoSansArabic-Regular.ttf", NOTO / "NotoSansArabic-Bold.ttf",
                     NOTO / "NotoNaskhArabic-Regular.ttf", NOTO / "NotoNaskhArabic-Bold.ttf",
                     NOTO / "NotoKufiArabic-Regular.ttf", NOTO / "NotoNastaliqUrdu-Regular.ttf",
                     DEJAVU / "DejaVuSans.ttf"]),
    "Hebr": ("rtl", [NOTO / "NotoSansHebrew-Regular.ttf", NOTO / "NotoSerifHebrew-Regular.ttf",
                     NOTO / "NotoRashiHebrew-Regular.ttf", DEJAVU / "DejaVuSans.ttf"]),
    "Syrc": ("rtl", [NOTO / "NotoSansSyriac-Regular.ttf"]),
    "Thai": ("ltr", [NOTO / "NotoSansThai-Regular.ttf", NOTO / "NotoSerifThai-Regular.ttf",
                     NOTO / "NotoLoopedThai-Regular.ttf"]),
    "Laoo": ("ltr", [NOTO / "NotoSansLao-Regular.ttf", NOTO / "NotoSerifLao-Regular.ttf"]),
    "Armn": ("ltr", [NOTO / "NotoSansArmenian-Regular.ttf", NOTO / "NotoSerifArmenian-Regular.ttf"]),
    "Geor": ("ltr", [NOTO / "NotoSansGeorgian-Regular.ttf", NOTO / "NotoSerifGeorgian-Regular.ttf"]),
    "Ethi": ("ltr", [NOTO / "NotoSansEthiopic-Regular.ttf", NOTO / "NotoSerifEthiopic-Regular.ttf"]),
    "Cher": ("ltr", [NOTO / "NotoSansCherokee-Regular.ttf"]),
    "Deva": ("ltr", [NOTO / "NotoSansDevanagari-Regular.ttf", NOTO / "NotoSerifDevanagari-Regular.ttf",
                     NOTO / "NotoSansDevanagari-Bold.ttf"]),
    "Beng": ("ltr", [NOTO / "NotoSansBengali-Regular.ttf", NOTO / "NotoSerifBengali-Regular.ttf"]),
    "Guru": ("ltr", [NOTO / "NotoSansGurmukhi-Regular.ttf", NOTO / "NotoSerifGurmukhi-Regular.ttf"]),
    "Gujr": ("ltr", [NOTO / "NotoSansGujarati-Regular.ttf", NOTO / "NotoSerifGujarati-Regular.ttf"]),
    "Orya": ("ltr", [NOTO / "NotoSansOriya-Regular.ttf"]),
    "Taml": ("ltr", [NOTO / "NotoSansTamil-Regular.ttf", NOTO / "NotoSerifTamil-Regular.ttf"]),
    "Telu": ("ltr", [NOTO / "NotoSansTelugu-Regular.ttf", NOTO / "NotoSerifTelugu-Regular.ttf"]),
    "Knda": ("ltr", [NOTO / "NotoSansKannada-Regular.ttf", NOTO / "NotoSerifKannada-Regular.ttf"]),
    "Mlym": ("ltr", [NOTO / "NotoSansMalayalam-Regular.ttf", NOTO / "NotoSerifMalayalam-Regular.ttf"]),
    "Khmr": ("ltr", [NOTO / "NotoSansKhmer-Regular.ttf", NOTO / "NotoSerifKhmer-Regular.ttf"]),
    "Mymr": ("ltr", [NOTO / "NotoSansMyanmar-Regular.ttf", NOTO / "NotoSerifMyanmar-Regular.ttf"]),
    # Hangul: the Nanum Gothic and Noto Sans KR (CFF, calt) subsets of the conformance fonts (ASCII and
    # the syllables of the Korean cases, no jamo) compose syllables; Noto Sans has none of them (jamo
    # features, dotted circles).
    "Hang": ("ltr", [ROOT / "conformance" / "fonts" / "NanumGothic-subset.ttf",
                     ROOT / "conformance" / "fonts" / "NanumGothicBold-subset.ttf",
                     ROOT / "conformance" / "fonts" / "NotoSansKR-subset.otf", NOTO / "NotoSans-Regular.ttf"]),
    # Universal Shaping Engine scripts (HarfBuzz's hb-ot-shaper-use; Sinhala included).
    "Sinh": ("ltr", [NOTO / "NotoSansSinhala-Regular.ttf", NOTO / "NotoSerifSinhala-Regular.ttf"]),
    "Tibt": ("ltr", [NOTO / "NotoSerifTibetan-Regular.ttf"]),
    "Mong": ("ltr", [NOTO / "NotoSansMongolian-Regular.ttf"]),
    "Java": ("ltr", [NOTO / "NotoSansJavanese-Regular.ttf"]),
    "Bali": ("ltr", [NOTO / "NotoSansBalinese-Regular.ttf", NOTO / "NotoSerifBalinese-Regular.ttf"]),
    "Batk": ("ltr", [NOTO / "NotoSansBatak-Regular.ttf"]),
    "Bugi": ("ltr", [NOTO / "NotoSansBuginese-Regular.ttf"]),
    "Cham": ("ltr", [NOTO / "NotoSansCham-Regular.ttf"]),
    "Cakm": ("ltr", [NOTO / "NotoSansChakma-Regular.ttf"]),
    "Kthi": ("ltr", [NOTO / "NotoSansKaithi-Regular.ttf"]),
    "Lana": ("ltr", [NOTO / "NotoSansTaiTham-Regular.ttf"]),
    "Tavt": ("ltr", [NOTO / "NotoSansTaiViet-Regular.ttf"]),
    "Sund": ("ltr", [NOTO / "NotoSansSundanese-Regular.ttf"]),
    "Newa": ("ltr", [NOTO / "NotoSansNewa-Regular.ttf"]),
    "Tirh": ("ltr", [NOTO / "NotoSansTirhuta-Regular.ttf"]),
    "Shrd": ("ltr", [NOTO / "NotoSansSharada-Regular.ttf"]),
    "Sidd": ("ltr", [NOTO / "NotoSansSiddham-Regular.ttf"]),
    "Modi": ("ltr", [NOTO / "NotoSansModi-Regular.ttf"]),
    "Takr": ("ltr", [NOTO / "NotoSansTakri-Regular.ttf"]),
    "Brah": ("ltr", [NOTO / "NotoSansBrahmi-Regular.ttf"]),
    "Khar": ("rtl", [NOTO / "NotoSansKharoshthi-Regular.ttf"]),
    "Sylo": ("ltr", [NOTO / "NotoSansSylotiNagri-Regular.ttf"]),
    "Lepc": ("ltr", [NOTO / "NotoSansLepcha-Regular.ttf"]),
    "Limb": ("ltr", [NOTO / "NotoSansLimbu-Regular.ttf"]),
    "Saur": ("ltr", [NOTO / "NotoSansSaurashtra-Regular.ttf"]),
    "Rjng": ("ltr", [NOTO / "NotoSansRejang-Regular.ttf"]),
    "Tglg": ("ltr", [NOTO / "NotoSansTagalog-Regular.ttf"]),
    "Hano": ("ltr", [NOTO / "NotoSansHanunoo-Regular.ttf"]),
    "Buhd": ("ltr", [NOTO / "NotoSansBuhid-Regular.ttf"]),
    "Tagb": ("ltr", [NOTO / "NotoSansTagbanwa-Regular.ttf"]),
    "Tale": ("ltr", [NOTO / "NotoSansTaiLe-Regular.ttf"]),
    "Kali": ("ltr", [NOTO / "NotoSansKayahLi-Regular.ttf"]),
    "Mtei": ("ltr", [NOTO / "NotoSansMeeteiMayek-Regular.ttf"]),
    "Khoj": ("ltr", [NOTO / "NotoSansKhojki-Regular.ttf", NOTO / "NotoSerifKhojki-Regular.ttf"]),
    "Sind": ("ltr", [NOTO / "NotoSansKhudawadi-Regular.ttf"]),
    "Mahj": ("ltr", [NOTO / "NotoSansMahajani-Regular.ttf"]),
    "Gran": ("ltr", [NOTO / "NotoSansGrantha-Regular.ttf", NOTO / "NotoSerifGrantha-Regular.ttf"]),
    "Ahom": ("ltr", [NOTO / "NotoSerifAhom-Regular.ttf"]),
    "Mult": ("ltr", [NOTO / "NotoSansMultani-Regular.ttf"]),
    "Bhks": ("ltr", [NOTO / "NotoSansBhaiksuki-Regular.ttf"]),
    "Marc": ("ltr", [NOTO / "NotoSansMarchen-Regular.ttf"]),
    "Gonm": ("ltr", [NOTO / "NotoSansMasaramGondi-Regular.ttf"]),
    "Gong": ("ltr", [NOTO / "NotoSansGunjalaGondi-Regular.ttf"]),
    "Soyo": ("ltr", [NOTO / "NotoSansSoyombo-Regular.ttf"]),
    "Zanb": ("ltr", [NOTO / "NotoSansZanabazarSquare-Regular.ttf"]),
    "Dogr": ("ltr", [NOTO / "NotoSerifDogra-Regular.ttf"]),
    "Tfng": ("ltr", [NOTO / "NotoSansTifinagh-Regular.ttf"]),
    "Nkoo": ("rtl", [NOTO / "NotoSansNKo-Regular.ttf"]),
    "Adlm": ("rtl", [NOTO / "NotoSansAdlam-Regular.ttf"]),
    "Phag": ("ltr", [NOTO / "NotoSansPhagsPa-Regular.ttf"]),
    "Mand": ("rtl", [NOTO / "NotoSansMandaic-Regular.ttf"]),
    "Mani": ("rtl", [NOTO / "NotoSansManichaean-Regular.ttf"]),
    "Rohg": ("rtl", [NOTO / "NotoSansHanifiRohingya-Regular.ttf"]),
    "Phlp": ("rtl", [NOTO / "NotoSansPsalterPahlavi-Regular.ttf"]),
    "Sogd": ("rtl", [NOTO / "NotoSansSogdian-Regular.ttf"]),
    "Hmng": ("ltr", [NOTO / "NotoSansPahawhHmong-Regular.ttf"]),
    "Wcho": ("ltr", [NOTO / "NotoSansWancho-Regular.ttf"]),
    "Dupl": ("ltr", [NOTO / "NotoSansDuployan-Regular.ttf"]),
    "Egyp": ("ltr", [NOTO / "NotoSansEgyptianHieroglyphs-Regular.ttf"]),
    "Elym": ("rtl", [NOTO / "NotoSansElymaic-Regular.ttf"]),
    "Sogo": ("rtl", [NOTO / "NotoSansOldSogdian-Regular.ttf"]),
    "Yezi": ("rtl", [NOTO / "NotoSerifYezidi-Regular.ttf"]),
    "Medf": ("ltr", [NOTO / "NotoSansMedefaidrin-Regular.ttf"]),
    "Hmnp": ("ltr", [NOTO / "NotoSerifNyiakengPuachueHmong-Regular.ttf"]),
    # Common script: any characters (random assigned code points), emoji sequences.
    "Zyyy": ("ltr", [NOTO / "NotoSans-Regular.ttf", DEJAVU / "DejaVuSans.ttf",
                     LIBERATION / "LiberationMono-Regular.ttf"]),
}

# Code point ranges the generated words draw from (assigned characters only, Unicode 14).
RANGES: dict[str, list[tuple[int, int]]] = {
    "Latn": [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF)],
    "Grek": [(0x370, 0x3FF), (0x1F00, 0x1FFF)],
    "Cyrl": [(0x400, 0x52F)],
    "Arab": [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF)],
    "Hebr": [(0x591, 0x5F4)],
    "Syrc": [(0x700, 0x74F)],
    "Thai": [(0xE01, 0xE5B)],
    "Laoo": [(0xE81, 0xEDF)],
    "Armn": [(0x531, 0x58F)],
    "Geor": [(0x10A0, 0x10FF)],
    "Ethi": [(0x1200, 0x139F)],
    "Cher": [(0x13A0, 0x13FF), (0xAB70, 0xABBF)],
    "Deva": [(0x900, 0x97F)],
    "Beng": [(0x980, 0x9FF)],
    "Guru": [(0xA00, 0xA7F)],
    "Gujr": [(0xA80, 0xAFF)],
    "Orya": [(0xB00, 0xB7F)],
    "Taml": [(0xB80, 0xBFF), (0x11301, 0x11303), (0x1133B, 0x1133C)],  # Grantha marks used in Tamil
    "Telu": [(0xC00, 0xC7F)],
    "Knda": [(0xC80, 0xCFF)],
    "Mlym": [(0xD00, 0xD7F)],
    "Khmr": [(0x1780, 0x17DD), (0x17E0, 0x17E9)],
    "Mymr": [(0x1000, 0x109F)],
    "Sinh": [(0xD80, 0xDFF)], "Tibt": [(0xF00, 0xFFF)], "Mong": [(0x1800, 0x18AF)], "Java": [(0xA980, 0xA9DF)],
    "Bali": [(0x1B00, 0x1B7F)], "Batk": [(0x1BC0, 0x1BFF)], "Bugi": [(0x1A00, 0x1A1F)], "Cham": [(0xAA00, 0xAA5F)],
    "Cakm": [(0x11100, 0x1114F)], "Kthi": [(0x11080, 0x110CF)], "Lana": [(0x1A20, 0x1AAF)],
    "Tavt": [(0xAA80, 0xAADF)], "Sund": [(0x1B80, 0x1BBF), (0x1CC0, 0x1CCF)], "Newa": [(0x11400, 0x1147F)],
    "Tirh": [(0x11480, 0x114DF)], "Shrd": [(0x11180, 0x111DF)], "Sidd": [(0x11580, 0x115FF)],
    "Modi": [(0x11600, 0x1165F)], "Takr": [(0x11680, 0x116CF)], "Brah": [(0x11000, 0x1107F)],
    "Khar": [(0x10A00, 0x10A5F)], "Sylo": [(0xA800, 0xA82F)], "Lepc": [(0x1C00, 0x1C4F)], "Limb": [(0x1900, 0x194F)],
    "Saur": [(0xA880, 0xA8DF)], "Rjng": [(0xA930, 0xA95F)], "Tglg": [(0x1700, 0x171F)], "Hano": [(0x1720, 0x173F)],
    "Buhd": [(0x1740, 0x175F)], "Tagb": [(0x1760, 0x177F)], "Tale": [(0x1950, 0x197F)], "Kali": [(0xA900, 0xA92F)],
    "Mtei": [(0xABC0, 0xABFF), (0xAAE0, 0xAAFF)], "Khoj": [(0x11200, 0x1124F)], "Sind": [(0x112B0, 0x112FF)],
    "Mahj": [(0x11150, 0x1117F)], "Gran": [(0x11300, 0x1137F)], "Ahom": [(0x11700, 0x1174F)],
    "Mult": [(0x11280, 0x112AF)], "Bhks": [(0x11C00, 0x11C6F)], "Marc": [(0x11C70, 0x11CBF)],
    "Gonm": [(0x11D00, 0x11D5F)], "Gong": [(0x11D60, 0x11DAF)], "Soyo": [(0x11A50, 0x11AAF)],
    "Zanb": [(0x11A00, 0x11A4F)], "Dogr": [(0x11800, 0x1184F)], "Tfng": [(0x2D30, 0x2D7F)], "Nkoo": [(0x7C0, 0x7FF)],
    "Adlm": [(0x1E900, 0x1E95F)], "Phag": [(0xA840, 0xA87F)], "Mand": [(0x840, 0x85F)], "Mani": [(0x10AC0, 0x10AFF)],
    "Rohg": [(0x10D00, 0x10D3F)], "Phlp": [(0x10B80, 0x10BAF)], "Sogd": [(0x10F30, 0x10F6F)],
    "Hmng": [(0x16B00, 0x16B8F)], "Wcho": [(0x1E2C0, 0x1E2FF)], "Dupl": [(0x1BC00, 0x1BC9F)],
    "Egyp": [(0x13000, 0x1342F), (0x13430, 0x13438)], "Elym": [(0x10FE0, 0x10FFF)], "Sogo": [(0x10F00, 0x10F2F)],
    "Yezi": [(0x10E80, 0x10EBF)], "Medf": [(0x16E40, 0x16E9F)], "Hmnp": [(0x1E100, 0x1E14F)],
    "Zyyy": [(0x20, 0x2FFF), (0x1F300, 0x1FAFF)],
    "Hang": [(0x1100, 0x11FF), (0xA960, 0xA97C), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xAC00, 0xD7A3)],
}
COMBINING = {"Latn": [(0x300, 0x36F)], "Grek": [(0x300, 0x345)], "Cyrl": [(0x300, 0x301), (0x483, 0x487)]}

SENTENCES: dict[str, list[str]] = {
    "Latn": [
        "The quick brown fox jumps over the lazy dog.", "office affine fjord flight ffl fi ff Th st",
        "AVATAR WAVE Tyrone Yo-yo LT AT&T T. Vo P.Y. Wa Ty", "Vous êtes très élégant à Noël; ça coûte 20 €.",
        "Ångström, Œuvre, Straße, Čeština, Łódź, İstanbul.", "Tiếng Việt có dấu: người, được, những.",
        "e\u0301 a\u0308\u0301 q\u0307\u0323 n\u0303 o\u0328\u0304 x\u0302", "1\u20442 3\u20444 12\u204434",
        "zero\u200bwidth non\u200cjoin join\u200dme soft\u00adhyphen", "“Quotes” and ‘apostrophes’ — dashes – …",
        "a\u0300\u0301\u0302\u0303 i\u0307\u0308 u\u031b\u0323", "A\u2002B\u2003C\u2009D\u200aE\u202fF\u2007G",
    ],
    "Grek": [
        "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.", "Καλημέρα κόσμε! Ἀρχὴ ἥμισυ παντός.",
        "ᾅ ᾷ ῥ ἐν ἀρχῇ ἦν ὁ λόγος", "α\u0301 η\u0342 ω\u0345 ι\u0308\u0301",
    ],
    "Cyrl": [
        "Съешь же ещё этих мягких французских булок, да выпей чаю.", "Україна, Ґанок, Їжак; Беларусь: ў.",
        "Србија: ђ ћ џ љ њ; Македонија: ѓ ќ ѕ.", "а\u0301 е\u0301 и\u0301 о\u0301 у\u0301",
    ],
    "Arab": [
        "السلام عليكم ورحمة الله وبركاته", "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", "لا إله إلا الله",
        "نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر ومغلف بجلد أزرق",
        "زبان فارسی گویش\u200cها پژوهش", "اردو زبان بہت خوبصورت ہے", "١٢٣ ٤٥٦ ۷۸۹ 2024",
        "كـــتـــاب", "ل\u200cا ل\u200dا بـ\u200d", "مُحَمَّدٌ رَسُولُ اللَّهِ", "(قوس) [مربع] «اقتباس»",
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
    ],
    "Hebr": [
        "שלום עולם", "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ", "עִבְרִית",
        "דג סקרן שט בים מאוכזב ולפתע מצא חברה", "(שלום) [עולם]", "יִשְׂרָאֵל שַׁבָּת",
    ],
    "Syrc": ["ܫܠܡܐ ܥܠܡܐ", "ܠܫܢܐ ܣܘܪܝܝܐ", "ܒܪܫܝܬ ܐܝܬܘܗܝ ܗܘܐ ܡܠܬܐ"],
    "Thai": ["สวัสดีครับ", "ภาษาไทยเป็นภาษาที่สวยงาม", "น้ำ ค่ำ ที่นี่ กำลัง", "เป็นมนุษย์สุดประเสริฐเลิศคุณค่า",
             "ปู่ ฏุ ญู ฐู"],
    "Laoo": ["ສະບາຍດີ", "ພາສາລາວ", "ນ້ຳ ຄຳ"],
    "Armn": ["Բարեւ աշխարհ", "Հայերեն լեզու", "ﬓ ﬔ և"],
    "Geor": ["გამარჯობა მსოფლიო", "ქართული ენა"],
    "Ethi": ["ሰላም ለዓለም", "አማርኛ ቋንቋ"],
    "Cher": ["ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "ꮳꮃꭹ"],
    "Deva": ["नमस्ते दुनिया", "हिन्दी भाषा", "क्षत्रिय र्क श्री", "कि की कु कू के कै को कौ कं कः",
             "प्र क्र र्द्ध द्ध ह्म ड़ ढ़", "स्त्री अंग्रेज़ी"],
    "Khmr": ["សួស្តី ពិភពលោក", "ភាសាខ្មែរ", "ស្ត្រី ក្រុង"],
    "Mymr": ["မင်္ဂလာပါ", "မြန်မာဘာသာ", "ကြွ ကျွန်ုပ်"],
    "Hang": ["안녕하세요 세계", "한국어 글을 줄 바꿈 합니다", "\u1112\u1161\u11ab\u1100\u1173\u11af",
             "\u1100\u1161\u302e \u1100\u1161\u302f", "\uac00\u11a8 \u1100\ud7b0 \ua960\u1161\ud7cb"],
}


def _chars(script: str) -> tuple[list[str], list[str], list[str]]:
    """(letters, marks, other characters) of a script's ranges, assigned in Python's Unicode."""
    letters: list[str] = []
    marks: list[str] = []
    others: list[str] = []
    for lo, hi in RANGES[script] + COMBINING.get(script, []):
        for u in range(lo, hi + 1):
            ch = chr(u)
            cat = unicodedata.category(ch)
            if cat == "Cn":
                continue
            if cat.startswith("L"):
                letters.append(ch)
            elif cat.startswith("M"):
                marks.append(ch)
            elif cat[0] in "NPS":
                others.append(ch)
    return letters, marks, others


# Characters mixed into generated words: joiners, default ignorables, variation selectors, spaces the
# normalizer maps to the space glyph, brackets (mirrored in RTL), digits around a fraction slash.
EXTRAS = ("\u200d", "\u200c", "\u200b", "\u00ad", "\u034f", "\ufe00", "\ufe0f", "\u00a0", "\u2002", "\u2009",
          "\u202f", "\u2007", "\u2011", "1\u20442", "(", ")", "[", "]", "«", "»", "0", "7", "\u0301", "\u0308",
          "\u0640", "\u2010", "\ufeff", "\u2060")


_EMOJI_PARTS = ("\U0001f468", "\U0001f469", "\U0001f467", "\u200d", "\U0001f3fb", "\U0001f3fd", "\ufe0f", "\u20e3",
                "\U0001f1eb", "\U0001f1f7", "\U0001f1e9", "\U0001f1ea", "\u2764", "\U0001f525", "#", "1",
                "\U0001f3f4", "\U000e0067", "\U000e0062", "\U000e007f", "\u263a", "\ufe0e", "\U0001f44d")


def _random_common(rng: random.Random, count: int) -> list[str]:
    """Random assigned characters of any script (marks a third of the time), and emoji sequences."""
    pool = [chr(u) for lo, hi in RANGES["Zyyy"] for u in range(lo, hi + 1)
            if unicodedata.category(chr(u)) not in ("Cn", "Cs", "Co", "Cc")]
    marks = [c for c in pool if unicodedata.category(c).startswith("M")]
    strings = []
    for i in range(count):
        if i % 3 == 2:
            strings.append("".join(rng.choice(_EMOJI_PARTS) for _ in range(rng.randint(1, 12))))
        else:
            strings.append("".join(rng.choice(marks) if rng.random() < 0.3 else rng.choice(pool)
                                   for _ in range(rng.randint(1, 25))))
    return strings


# Syllables of the Korean conformance cases (the Nanum subsets have them), drawn precomposed, decomposed
# (<L,V,T>) or half decomposed (<LV,T>) beside random syllables, jamo of every block and tone marks.
_HANGUL_SYLLABLES = "안녕하세요오늘기술블로그에파이썬으로만드는픈래프미지한국어글을줄바꿈합니다늘바람미래꿈"


def _hangul(rng: random.Random, count: int) -> list[str]:
    jamo = [chr(u) for lo, hi in RANGES["Hang"][:4] for u in range(lo, hi + 1)]
    strings = list(SENTENCES["Hang"])[:count]
    while len(strings) < count:
        words = []
        for _ in range(rng.randint(1, 5)):
            word = ""
            for _ in range(rng.randint(1, 4)):
                s = rng.choice(_HANGUL_SYLLABLES) if rng.random() < 0.8 else chr(rng.randint(0xAC00, 0xD7A3))
                k = rng.random()
                if k < 0.35:
                    word += s
                elif k < 0.65:
                    word += unicodedata.normalize("NFD", s)
                elif k < 0.8:
                    d = unicodedata.normalize("NFD", s)
                    tail = rng.choice(jamo) if rng.random() < 0.3 else ""
                    word += unicodedata.normalize("NFC", d[:2]) + d[2:] + tail
                else:
                    word += "".join(rng.choice(jamo) for _ in range(rng.randint(1, 3)))
                if rng.random() < 0.1:
                    word += rng.choice("\u302e\u302f")
            words.append(word)
        strings.append(rng.choice([" ", " ", ", ", ". "]).join(words))
    return strings


_JOINERS = ("\u200d", "\u200c", "\ufe00", "\ufe0e", "\ufe0f", "\U000e0100", "\u034f")
_INFIXES = (" 123 ", " (12.5%) ", "\u060c ", "\u061f ", ": 3/4 ", " \u00ab\u0663\u0664\u00bb ", "-", " $1,000 ", "!?")


def _targeted(rng: random.Random, kind: int, letters: list[str], marks: list[str]) -> str:
    """A string of one of the kinds random words rarely make: marks stacked 2-4 deep, marks with no base
    (dotted circles), joiners and variation selectors inside a word, digits and punctuation inside a
    run (RTL ones too), tatweel (with a mark after it)."""
    def word(n: int) -> str:
        return "".join(rng.choice(letters) for _ in range(n))
    if kind == 0 and marks:
        return "".join(rng.choice(letters) + "".join(rng.choice(marks) for _ in range(rng.randint(2, 4)))
                       for _ in range(rng.randint(1, 3)))
    if kind == 1 and marks:
        return (rng.choice(("", " ", "-", "\u200d")) + "".join(rng.choice(marks) for _ in range(rng.randint(1, 3)))
                + rng.choice(letters))
    if kind == 2:
        chars = list(word(rng.randint(2, 6)))
        for _ in range(rng.randint(1, 2)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(_JOINERS))
        return "".join(chars)
    if kind == 3:
        w = word(rng.randint(2, 5))
        return w + rng.choice(_INFIXES) + w
    chars = list(word(rng.randint(2, 5)))
    chars.insert(rng.randint(0, len(chars)), "\u0640" + (rng.choice(marks) if marks and rng.random() < 0.5 else ""))
    return "".join(chars)


def corpus(script: str, count: int, seed: int = 1) -> list[str]:
    """``count`` strings for ``script``: its sample sentences first, then generated words (a third of
    them with :data:`EXTRAS` mixed in; every fourth string one of :func:`_targeted`'s kinds)."""
    rng = random.Random(f"{script}:{seed}")
    if script == "Zyyy":
        return _random_common(rng, count)
    if script == "Hang":
        return _hangul(rng, count)
    strings = list(SENTENCES.get(script, []))[:count]
    letters, marks, others = _chars(script)
    mark_rate = 0.12 if script in ("Latn", "Grek", "Cyrl", "Armn", "Geor", "Ethi", "Cher") else 0.35
    while len(strings) < count:
        if len(strings) % 4 == 3:
            strings.append(_targeted(rng, len(strings) // 4 % 5, letters, marks))
            continue
        words = []
        for _ in range(rng.randint(1, 6)):
            word = []
            for _ in range(rng.randint(1, 8)):
                word.append(rng.choice(letters))
                while marks and rng.random() < mark_rate:
                    word.append(rng.choice(marks))
                    mark_rate_inner = 0.3
                    if rng.random() > mark_rate_inner:
                        break
            if others and rng.random() < 0.15:
                word.append(rng.choice(others))
            if len(strings) % 3 == 2 and rng.random() < 0.5:
                word.insert(rng.randint(0, len(word)), rng.choice(EXTRAS))
            words.append("".join(word))
        sep = rng.choice([" ", " ", " ", ", ", ". ", " - "])
        strings.append(sep.join(words))
    return strings


@dataclass
class Result:
    total: int = 0
    same: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.same / self.total if self.total else 1.0


def _hb_font(path: Path) -> object:
    import uharfbuzz as hb  # noqa: PLC0415

    blob = hb.Blob.from_file_path(str(path))
    return hb.Font(hb.Face(blob))


def harfbuzz_shape(font: object, text: str, script: str, direction: str, language: str | None = None,
                   features: dict[str, int] | None = None) -> list[tuple[int, int, int, int, int, int]]:
    import uharfbuzz as hb  # noqa: PLC0415

    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.direction = direction
    buf.script = script
    if language:
        buf.language = language
    hb.shape(font, buf, features or {})
    if not buf.glyph_infos:
        return []
    return [(i.codepoint, i.cluster, p.x_advance, p.y_advance, p.x_offset, p.y_offset)
            for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]


def pureog_shape(tt: object, text: str, script: str, direction: str, language: str | None = None,
                 features: dict[str, int] | None = None) -> list[tuple[int, int, int, int, int, int]]:
    from pureog.text.ot import shape  # noqa: PLC0415

    return [(g.glyph, g.cluster, g.x_advance, g.y_advance, g.x_offset, g.y_offset)
            for g in shape(tt, text, script, language, direction, features)]


def same(a: Sequence[tuple[int, ...]], b: Sequence[tuple[int, ...]]) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x[0] != y[0] or x[1] != y[1] or any(abs(p - q) > 1 for p, q in zip(x[2:], y[2:], strict=True)):
            return False
    return True


def describe(text: str, mine: Sequence[tuple[int, ...]], ref: Sequence[tuple[int, ...]]) -> str:
    codes = " ".join(f"{ord(c):04X}" for c in text)
    lines = [f"{text!r} [{codes}]"]
    for i in range(max(len(mine), len(ref))):
        a = mine[i] if i < len(mine) else None
        b = ref[i] if i < len(ref) else None
        mark = "" if a is not None and b is not None and same([a], [b]) else "  <--"
        lines.append(f"    pureog {a}  harfbuzz {b}{mark}")
    return "\n".join(lines)


def compare_font(path: Path, script: str, strings: Sequence[str], max_failures: int = 3) -> Result:
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    direction = SCRIPTS[script][0]
    tt = TTFont(str(path))
    hb_font = _hb_font(path)
    result = Result()
    for text in strings:
        ref = harfbuzz_shape(hb_font, text, script, direction)
        try:
            mine = pureog_shape(tt, text, script, direction)
        except Exception as exc:  # a crash counts as a difference, with its traceback summary
            mine = []
            if len(result.failures) < max_failures:
                result.failures.append(f"{text!r}: {type(exc).__name__}: {exc}")
        result.total += 1
        if same(mine, ref):
            result.same += 1
        elif len(result.failures) < max_failures and mine:
            result.failures.append(describe(text, mine, ref))
    return result


def fonts_for(script: str, only: set[str] | None = None, all_faces: bool = False) -> Iterator[Path]:
    """The script's fonts that are installed; ``all_faces``: with every other face of each Noto family
    listed (Bold, Italic, ...: NotoSansArabic-Regular brings NotoSansArabic-Bold)."""
    paths = list(SCRIPTS[script][1])
    if all_faces:
        for path in SCRIPTS[script][1]:
            if path.parent == NOTO:
                paths += [p for p in sorted(NOTO.glob(path.stem.split("-")[0] + "-*.ttf")) if p not in paths]
    for path in paths:
        if path.exists() and (only is None or path.stem in only):
            yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strings", type=int, default=40, help="strings per script (default 40)")
    parser.add_argument("--scripts", default=",".join(SCRIPTS), help="comma-separated ISO 15924 codes")
    parser.add_argument("--fonts", default="", help="comma-separated font file stems to restrict to")
    parser.add_argument("--show", type=int, default=2, help="example failures per font")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--all-faces", action="store_true", help="every face of each Noto family listed")
    args = parser.parse_args(argv)
    only = set(args.fonts.split(",")) if args.fonts else None
    grand = Result()
    fonts_seen: set[str] = set()
    start = time.perf_counter()
    for script in args.scripts.split(","):
        strings = corpus(script, args.strings, args.seed)
        script_result = Result()
        for path in fonts_for(script, only, args.all_faces):
            r = compare_font(path, script, strings, args.show)
            fonts_seen.add(path.stem)
            script_result.total += r.total
            script_result.same += r.same
            print(f"  {script} {path.stem:32s} {r.same:5d}/{r.total:<5d} {100 * r.rate:6.2f} %")
            for f in r.failures:
                print("      " + f.replace("\n", "\n      "))
        if script_result.total:
            print(f"{script}: {script_result.same}/{script_result.total} identical ({100 * script_result.rate:.2f} %)")
        grand.total += script_result.total
        grand.same += script_result.same
    elapsed = time.perf_counter() - start
    print(f"ALL: {grand.same}/{grand.total} identical ({100 * grand.rate:.2f} %) over {len(fonts_seen)} fonts, "
          f"{elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
