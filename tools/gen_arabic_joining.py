"""Generate the Unicode tables of the OpenType shaping engine (``pureog/text/ot/``).

Input: Debian's ``unicode-data`` package (``apt-get install unicode-data``): ``/usr/share/unicode/``
``ArabicShaping.txt``, ``BidiMirroring.txt``, ``IndicSyllabicCategory.txt``,
``IndicPositionalCategory.txt``, ``Blocks.txt`` and ``emoji/emoji-data.txt``.
Output:

* ``pureog/text/ot/_arabic_joining.py``: ``JOINING``, code point -> joining type of every code point
  ArabicShaping.txt lists, as HarfBuzz's ``gen-arabic-table.py`` reads it: the joining type (U, L, R, D,
  C as D, T), or the joining group for ALAPH and DALATH RISH. Code points not listed are left out: the
  shaper gives them T when their general category is Mn, Me or Cf, else U.
* ``pureog/text/ot/_ucd.py``: ``MIRRORING`` (Bidi_Mirroring_Glyph pairs), ``EXTENDED_PICTOGRAPHIC``
  (``emoji/emoji-data.txt`` ranges) and ``INDIC``, the Indic
  shaper's (category, position) of the characters of the Indic blocks, derived from the syllabic and
  positional categories the way HarfBuzz's ``gen-indic-table.py`` derives them (with its overrides).

Run: ``python tools/gen_arabic_joining.py [UCD_DIR]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "pureog" / "text" / "ot"

# Same numbering as the shaper's state machine columns (pureog/text/ot/shapers/arabic.py).
JOINING_CODES = {"U": 0, "L": 1, "R": 2, "D": 3, "C": 3, "ALAPH": 4, "DALATH RISH": 5, "T": 6}

_RANGE = re.compile(r"^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*([A-Za-z0-9_]+)")


def _version(text: str) -> str:
    first = text.splitlines()[0]
    return first.lstrip("# ").strip()


def read_joining(path: Path) -> tuple[str, dict[int, int]]:
    text = path.read_text(encoding="utf-8")
    table: dict[int, int] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(";")]
        if len(fields) < 4:
            continue
        code = int(fields[0], 16)
        group = fields[3]
        table[code] = JOINING_CODES[group] if group in ("ALAPH", "DALATH RISH") else JOINING_CODES[fields[2]]
    return _version(text), table


def read_mirroring(path: Path) -> tuple[str, dict[int, int]]:
    text = path.read_text(encoding="utf-8")
    table: dict[int, int] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        left, right = (f.strip() for f in body.split(";"))
        table[int(left, 16)] = int(right, 16)
    return _version(text), table


def _read_property(path: Path) -> tuple[str, dict[int, str]]:
    text = path.read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        m = _RANGE.match(line)
        if m:
            for code in range(int(m.group(1), 16), int(m.group(2) or m.group(1), 16) + 1):
                table[code] = m.group(3)
    return _version(text), table


def _read_blocks(path: Path) -> dict[int, str]:
    blocks: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        span, name = (f.strip() for f in body.split(";"))
        lo, hi = (int(x, 16) for x in span.split(".."))
        for code in range(lo, hi + 1):
            blocks[code] = name
    return blocks


# Indic categories and positions, numbered as the shaper's syllable machine and ot_position_t.
INDIC_CATEGORIES = {"X": 0, "C": 1, "V": 2, "N": 3, "H": 4, "ZWNJ": 5, "ZWJ": 6, "M": 7, "SM": 8, "A": 9, "VD": 9,
                    "PLACEHOLDER": 10, "DOTTEDCIRCLE": 11, "RS": 12, "MPst": 13, "Repha": 14, "Ra": 15, "CM": 16,
                    "Symbol": 17, "CS": 18, "SMPst": 57, "VAbv": 20, "VBlw": 21, "VPre": 22, "VPst": 23,
                    "Robatic": 25, "Xgroup": 26, "Ygroup": 27, "As": 32, "MH": 35, "MR": 36, "MW": 37, "MY": 38,
                    "PT": 39, "VS": 40, "ML": 41}
INDIC_POSITIONS = {"START": 0, "RA_TO_BECOME_REPH": 1, "PRE_M": 2, "PRE_C": 3, "BASE_C": 4, "AFTER_MAIN": 5,
                   "ABOVE_C": 6, "BEFORE_SUB": 7, "BELOW_C": 8, "AFTER_SUB": 9, "BEFORE_POST": 10, "POST_C": 11,
                   "AFTER_POST": 12, "SMVD": 13, "END": 14}
_INDIC_BLOCKS = ("Basic Latin", "Latin-1 Supplement", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya",
                 "Tamil", "Telugu", "Kannada", "Malayalam", "Vedic Extensions", "General Punctuation",
                 "Superscripts and Subscripts", "Devanagari Extended", "Myanmar", "Khmer", "Myanmar Extended-A",
                 "Myanmar Extended-B", "Myanmar Extended-C")
_CATEGORY_MAP = {
    "Other": "X", "Avagraha": "Symbol", "Bindu": "SM", "Brahmi_Joining_Number": "PLACEHOLDER",
    "Cantillation_Mark": "A", "Consonant": "C", "Consonant_Dead": "C", "Consonant_Final": "CM",
    "Consonant_Head_Letter": "C", "Consonant_Initial_Postfixed": "C", "Consonant_Killer": "M",
    "Consonant_Medial": "CM", "Consonant_Placeholder": "PLACEHOLDER", "Consonant_Preceding_Repha": "Repha",
    "Consonant_Prefixed": "X", "Consonant_Subjoined": "CM", "Consonant_Succeeding_Repha": "CM",
    "Consonant_With_Stacker": "CS", "Gemination_Mark": "SM", "Invisible_Stacker": "H", "Joiner": "ZWJ",
    "Modifying_Letter": "X", "Non_Joiner": "ZWNJ", "Nukta": "N", "Number": "PLACEHOLDER",
    "Number_Joiner": "PLACEHOLDER", "Pure_Killer": "M", "Register_Shifter": "RS", "Syllable_Modifier": "SM",
    "Tone_Letter": "X", "Tone_Mark": "N", "Virama": "H", "Visarga": "SM", "Vowel": "V",
    "Vowel_Dependent": "M", "Vowel_Independent": "V",
}
_POSITION_MAP = {
    "Not_Applicable": "END", "Left": "PRE_C", "Top": "ABOVE_C", "Bottom": "BELOW_C", "Right": "POST_C",
    "Bottom_And_Right": "POST_C", "Left_And_Right": "POST_C", "Top_And_Bottom": "BELOW_C",
    "Top_And_Bottom_And_Left": "BELOW_C", "Top_And_Bottom_And_Right": "POST_C", "Top_And_Left": "ABOVE_C",
    "Top_And_Left_And_Right": "POST_C", "Top_And_Right": "POST_C", "Overstruck": "AFTER_MAIN",
    "Visual_order_left": "PRE_M",
}
# HarfBuzz's deviations from the UCD for the Indic shaper (hb-ot-shaper-indic-table.cc).
_CATEGORY_OVERRIDES = {
    0x0930: "Ra", 0x09B0: "Ra", 0x09F0: "Ra", 0x0A30: "Ra", 0x0AB0: "Ra", 0x0B30: "Ra", 0x0BB0: "Ra",
    0x0C30: "Ra", 0x0CB0: "Ra", 0x0D30: "Ra", 0x0953: "SM", 0x0954: "SM", 0x0A40: "MPst", 0x0A72: "C",
    0x0A73: "C", 0x1CE2: "A", 0x1CE3: "A", 0x1CE4: "A", 0x1CE5: "A", 0x1CE6: "A", 0x1CE7: "A", 0x1CE8: "A",
    0x1CED: "A", 0xA8F2: "Symbol", 0xA8F3: "Symbol", 0xA8F4: "Symbol", 0xA8F5: "Symbol", 0xA8F6: "Symbol",
    0xA8F7: "Symbol", 0x1CE9: "Symbol", 0x1CEA: "Symbol", 0x1CEB: "Symbol", 0x1CEC: "Symbol",
    0x1CEE: "Symbol", 0x1CEF: "Symbol", 0x1CF0: "Symbol", 0x1CF1: "Symbol", 0x0A51: "M", 0x0AFB: "N",
    0x0B55: "N", 0x09FC: "PLACEHOLDER", 0x0C80: "PLACEHOLDER", 0x0D04: "PLACEHOLDER", 0x25CC: "DOTTEDCIRCLE",
    0x2015: "PLACEHOLDER", 0x2022: "PLACEHOLDER", 0x25FB: "PLACEHOLDER", 0x25FC: "PLACEHOLDER",
    0x25FD: "PLACEHOLDER", 0x25FE: "PLACEHOLDER",
    # Grantha marks that ScriptExtensions.txt gives Tamil too: the Indic shaper sees them in Tamil runs.
    0x11301: "SM", 0x11302: "SM", 0x11303: "SM", 0x1133B: "N", 0x1133C: "N",
    **{vs: "VS" for vs in range(0xFE00, 0xFE10)},
    # Khmer and Myanmar (the Indic shaper sees them through the shared table).
    0x179A: "Ra", 0x17CC: "Robatic", 0x17C9: "Robatic", 0x17CA: "Robatic", 0x17C6: "Xgroup", 0x17CB: "Xgroup",
    0x17CD: "Xgroup", 0x17CE: "Xgroup", 0x17CF: "Xgroup", 0x17D0: "Xgroup", 0x17D1: "Xgroup", 0x17C7: "Ygroup",
    0x17C8: "Ygroup", 0x17DD: "Ygroup", 0x17D3: "Ygroup", 0x17D9: "PLACEHOLDER", 0x104E: "C", 0x1004: "Ra",
    0x101B: "Ra", 0x105A: "Ra", 0x1032: "A", 0x1036: "A", 0x103A: "As", 0x103E: "MH", 0x1060: "ML",
    0x103C: "MR", 0x103D: "MW", 0x1082: "MW", 0x103B: "MY", 0x105E: "MY", 0x105F: "MY", 0x1063: "PT",
    0x1064: "PT", 0x1069: "PT", 0x106A: "PT", 0x106B: "PT", 0x106C: "PT", 0x106D: "PT", 0xAA7B: "PT",
    0x1038: "SM", 0x1087: "SM", 0x1088: "SM", 0x1089: "SM", 0x108A: "SM", 0x108B: "SM", 0x108C: "SM",
    0x108D: "SM", 0x108F: "SM", 0x109A: "SM", 0x109B: "SM", 0x109C: "SM", 0x104A: "PLACEHOLDER",
}
_POSITION_OVERRIDES = {0x0A51: "BELOW_C", 0x0B01: "BEFORE_SUB"}


def _matra_position(u: int, pos: str, block: str) -> str:
    if pos == "PRE_C":
        return "PRE_M"
    if pos == "POST_C":
        return {"Devanagari": "AFTER_SUB", "Bengali": "AFTER_POST", "Gurmukhi": "AFTER_POST",
                "Gujarati": "AFTER_POST", "Oriya": "AFTER_POST", "Tamil": "AFTER_POST",
                "Telugu": "BEFORE_SUB" if u <= 0x0C42 else "AFTER_SUB",
                "Kannada": "BEFORE_SUB" if u < 0x0CC3 or u > 0x0CD6 else "AFTER_SUB",
                "Malayalam": "AFTER_POST"}.get(block, "AFTER_SUB")
    if pos == "ABOVE_C":
        return {"Devanagari": "AFTER_SUB", "Gurmukhi": "AFTER_POST", "Gujarati": "AFTER_SUB", "Oriya": "AFTER_MAIN",
                "Tamil": "AFTER_SUB", "Telugu": "BEFORE_SUB", "Kannada": "BEFORE_SUB"}.get(block, "AFTER_SUB")
    return {"Devanagari": "AFTER_SUB", "Bengali": "AFTER_SUB", "Gurmukhi": "AFTER_POST", "Gujarati": "AFTER_POST",
            "Oriya": "AFTER_SUB", "Tamil": "AFTER_POST", "Telugu": "BEFORE_SUB", "Kannada": "BEFORE_SUB",
            "Malayalam": "AFTER_POST"}.get(block, "AFTER_SUB")


def indic_table(ucd: Path) -> tuple[str, dict[int, tuple[int, int]]]:
    """HarfBuzz's Indic (category, position) per code point, from the UCD and its overrides."""
    syllabic_version, syllabic = _read_property(ucd / "IndicSyllabicCategory.txt")
    positional_version, positional = _read_property(ucd / "IndicPositionalCategory.txt")
    blocks = _read_blocks(ucd / "Blocks.txt")
    data: dict[int, list[str]] = {}
    for code in set(syllabic) | set(positional):
        block = blocks.get(code, "No_Block")
        if code not in (0x00A0, 0x25CC) and block not in _INDIC_BLOCKS:
            continue
        cat = _CATEGORY_MAP[syllabic.get(code, "Other")]
        ucd_pos = positional.get(code, "Not_Applicable")
        if cat == "SM" and ucd_pos == "Not_Applicable":
            cat = "SMPst"
        data[code] = [cat, _POSITION_MAP[ucd_pos], block]
    for code, cat in _CATEGORY_OVERRIDES.items():
        entry = data.get(code, ["X", "END", blocks.get(code, "No_Block")])
        data[code] = [cat, entry[1], blocks.get(code, "No_Block")]
    for entry in data.values():
        if entry[0] not in ("CM", "SM", "RS", "H", "M", "MPst"):
            entry[1] = "END"
    for code, entry in data.items():
        if entry[0] in ("C", "CS", "Ra", "CM", "V", "PLACEHOLDER", "DOTTEDCIRCLE"):
            entry[1] = "BASE_C"
        elif entry[0] in ("M", "MPst"):
            if entry[2].startswith(("Khmer", "Myanmar")):
                entry[0] = {"PRE_C": "VPre", "ABOVE_C": "VAbv", "BELOW_C": "VBlw", "POST_C": "VPst"}[entry[1]]
            else:
                entry[1] = _matra_position(code, entry[1], entry[2])
        elif entry[0] in ("SM", "SMPst", "VD", "A", "Symbol"):
            entry[1] = "SMVD"
    for code, pos in _POSITION_OVERRIDES.items():
        entry = data.get(code, ["X", "END", blocks.get(code, "No_Block")])
        data[code] = [entry[0], pos, entry[2]]
    table = {code: (INDIC_CATEGORIES[cat], INDIC_POSITIONS[pos]) for code, (cat, pos, _) in data.items()
             if (cat, pos) != ("X", "END")}
    return f"{syllabic_version}, {positional_version}", table


def read_extended_pictographic(path: Path) -> tuple[str, list[tuple[int, int]]]:
    text = path.read_text(encoding="utf-8")
    ranges: list[tuple[int, int]] = []
    for line in text.splitlines():
        m = _RANGE.match(line)
        if m and m.group(3) == "Extended_Pictographic":
            lo, hi = int(m.group(1), 16), int(m.group(2) or m.group(1), 16)
            if ranges and ranges[-1][1] + 1 == lo:
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
    return _version(text), sorted(ranges)


def _dict_lines(name: str, table: dict[int, int] | dict[int, str], per_line: int) -> list[str]:
    lines = [f"{name} = {{"]
    items = sorted(table.items())
    for i in range(0, len(items), per_line):
        chunk = items[i : i + per_line]
        lines.append("    " + " ".join(f"0x{k:04X}: {v!r}," for k, v in chunk))
    lines.append("}")
    return lines


def main(argv: list[str]) -> int:
    ucd = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/unicode")
    joining_version, joining = read_joining(ucd / "ArabicShaping.txt")
    mirroring_version, mirroring = read_mirroring(ucd / "BidiMirroring.txt")
    indic_version, indic = indic_table(ucd)
    emoji_version, pictographic = read_extended_pictographic(ucd / "emoji" / "emoji-data.txt")

    joining_lines = [
        '"""Arabic joining types by code point. GENERATED by tools/gen_arabic_joining.py: do not edit.',
        "",
        f"From the UCD ({joining_version}). Values: 0 U, 1 L, 2 R, 3 D (and C), 4 joining group ALAPH,",
        "5 joining group DALATH RISH, 6 T. Code points not listed: T if Mn/Me/Cf, else U. Imports nothing.",
        '"""',
        "",
        "# fmt: off",
        *_dict_lines("JOINING: dict[int, int]", joining, 8),
        "# fmt: on",
        "",
    ]
    (OUT_DIR / "_arabic_joining.py").write_text("\n".join(joining_lines), encoding="utf-8")

    ucd_lines = [
        '"""Unicode data of the OpenType shaping engine. GENERATED by tools/gen_arabic_joining.py: do not edit.',
        "",
        f"MIRRORING: Bidi_Mirroring_Glyph ({mirroring_version}).",
        f"EXTENDED_PICTOGRAPHIC: sorted code point ranges ({emoji_version}).",
        f"INDIC: (category, position) of the Indic shaper ({indic_version},",
        "Blocks.txt), with HarfBuzz's overrides; categories and positions numbered as in",
        "pureog/text/ot/shapers/indic_common.py. Imports nothing.",
        '"""',
        "",
        "# fmt: off",
        *_dict_lines("MIRRORING: dict[int, int]", mirroring, 6),
        *_dict_lines("INDIC: dict[int, tuple[int, int]]", indic, 6),
        "EXTENDED_PICTOGRAPHIC: tuple[tuple[int, int], ...] = (",
        *("    " + " ".join(f"(0x{lo:04X}, 0x{hi:04X})," for lo, hi in pictographic[i:i + 5])
          for i in range(0, len(pictographic), 5)),
        ")",
        "# fmt: on",
        "",
    ]
    (OUT_DIR / "_ucd.py").write_text("\n".join(ucd_lines), encoding="utf-8")
    print(f"wrote {len(joining)} joining types, {len(mirroring)} mirroring pairs, {len(indic)} Indic entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
