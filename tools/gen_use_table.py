"""Generate the Universal Shaping Engine's character categories (``pureog/text/ot/_use_table.py``).

Input: Debian's ``unicode-data`` package (``/usr/share/unicode/``): ``IndicSyllabicCategory.txt``,
``IndicPositionalCategory.txt``, ``ArabicShaping.txt``, ``DerivedCoreProperties.txt``,
``UnicodeData.txt``, ``Scripts.txt``. Output: the USE category of every code point that is not ``O``,
as sorted ranges.

The derivation is the one of Microsoft's USE specification as HarfBuzz's ``gen-use-table.py`` applies
it: each code point's Indic syllabic category (USC), positional category (UIPC), Arabic joining type,
Default_Ignorable_Code_Point and general category pick exactly one USE class (``B``, ``CGJ``, ``H``,
``V``, ``VM``, ...); the classes that have a position get the suffix of their UIPC (``VPre``,
``VAbv``, ``FBlw``, ...). The USE specification overrides some Unicode values (characters the UCD gives
no category, categories reassigned so that clusters form as intended); :data:`SYLLABIC_OVERRIDES` and
:data:`POSITIONAL_OVERRIDES` hold those for the characters of Unicode 15. Scripts with their own shaper
(Arabic, Syriac, Thai, Lao, Samaritan) are left out as HarfBuzz leaves them out.

Run: ``python tools/gen_use_table.py [UCD_DIR]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_arabic_joining import _RANGE, _read_property  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pureog" / "text" / "ot" / "_use_table.py"

# The USE specification's own values (its IndicSyllabicCategory / IndicPositionalCategory additions):
# (first, last, value). Later entries win over the UCD's.
SYLLABIC_OVERRIDES: tuple[tuple[int, int, str], ...] = (
    (0x193A, 0x193A, "Bindu"), (0xAA29, 0xAA29, "Bindu"), (0x10A0D, 0x10A0D, "Bindu"),
    (0x19C1, 0x19C7, "Consonant"), (0x25CC, 0x25CC, "Consonant"),
    (0x0F7F, 0x0F7F, "Consonant_Dead"), (0x11A3A, 0x11A3A, "Consonant_With_Stacker"),
    (0x11A3B, 0x11A3E, "Consonant_Subjoined"), (0x1C36, 0x1C36, "Syllable_Modifier"),
    (0x11134, 0x11134, "Gemination_Mark"), (0x0F71, 0x0F71, "Nukta"),
    (0x1A7B, 0x1A7C, "Tone_Mark"), (0x1A7F, 0x1A7F, "Tone_Mark"),
    (0xAAB1, 0xAAB1, "Vowel_Independent"), (0xAABA, 0xAABA, "Vowel_Independent"),
    (0xAABD, 0xAABD, "Vowel_Independent"),
    # Letters of scripts the UCD gives no syllabic category.
    (0x0800, 0x0815, "Consonant"), (0x0840, 0x0858, "Consonant"), (0x0F00, 0x0F01, "Consonant"),
    (0x0F04, 0x0F06, "Consonant"), (0x1800, 0x1800, "Consonant"), (0x1807, 0x1807, "Consonant"),
    (0x180A, 0x180A, "Consonant"), (0x1820, 0x1878, "Consonant"), (0x2D30, 0x2D67, "Consonant"),
    (0x2D6F, 0x2D6F, "Consonant"), (0x10570, 0x1057A, "Consonant"), (0x1057C, 0x1058A, "Consonant"),
    (0x1058C, 0x10592, "Consonant"), (0x10594, 0x10595, "Consonant"), (0x10597, 0x105A1, "Consonant"),
    (0x105A3, 0x105B1, "Consonant"), (0x105B3, 0x105B9, "Consonant"), (0x105BB, 0x105BC, "Consonant"),
    (0x10AC0, 0x10AC7, "Consonant"),
    (0x10AC9, 0x10AE4, "Consonant"), (0x10D00, 0x10D23, "Consonant"), (0x10E80, 0x10EA9, "Consonant"),
    (0x10EB0, 0x10EB1, "Consonant"), (0x10F30, 0x10F45, "Consonant"), (0x10F70, 0x10F81, "Consonant"),
    (0x111DA, 0x111DA, "Consonant"), (0x16B00, 0x16B2F, "Consonant"), (0x16F00, 0x16F4A, "Consonant"),
    (0x16FE4, 0x16FE4, "Consonant"), (0x18B00, 0x18CD5, "Consonant"), (0x1BC00, 0x1BC6A, "Consonant"),
    (0x1BC70, 0x1BC7C, "Consonant"), (0x1BC80, 0x1BC88, "Consonant"), (0x1BC90, 0x1BC99, "Consonant"),
    (0x1E100, 0x1E12C, "Consonant"), (0x1E137, 0x1E13D, "Consonant"), (0x1E14E, 0x1E14F, "Consonant"),
    (0x1E290, 0x1E2AD, "Consonant"), (0x1E2C0, 0x1E2EB, "Consonant"), (0x1E4D0, 0x1E4EB, "Consonant"),
    (0x1E900, 0x1E943, "Consonant"), (0x1E94B, 0x1E94B, "Consonant"),
    (0x1880, 0x1884, "Consonant_Placeholder"), (0x10D27, 0x10D27, "Gemination_Mark"),
    (0xFE00, 0xFE0F, "Modifying_Letter"), (0x16F50, 0x16F50, "Modifying_Letter"),
    (0x0859, 0x085B, "Nukta"), (0x0F39, 0x0F39, "Nukta"), (0x1885, 0x1886, "Nukta"), (0x18A9, 0x18A9, "Nukta"),
    (0x10AE5, 0x10AE6, "Nukta"), (0x16F4F, 0x16F4F, "Nukta"), (0x1BC9D, 0x1BC9E, "Nukta"),
    (0x1E944, 0x1E94A, "Nukta"), (0x10F82, 0x10F85, "Nukta"),
    (0x10D30, 0x10D39, "Number"), (0x10F51, 0x10F54, "Number"), (0x16AC0, 0x16AC9, "Number"),
    (0x1E140, 0x1E149, "Number"), (0x1E2F0, 0x1E2F9, "Number"), (0x1E4F0, 0x1E4F9, "Number"),
    (0x1E950, 0x1E959, "Number"),
    (0x07EB, 0x07F3, "Tone_Mark"), (0x07FD, 0x07FD, "Tone_Mark"), (0x0F86, 0x0F87, "Tone_Mark"),
    (0x17CF, 0x17CF, "Tone_Mark"), (0x10D24, 0x10D26, "Tone_Mark"), (0x10F46, 0x10F50, "Tone_Mark"),
    (0x16B30, 0x16B36, "Tone_Mark"), (0x16F8F, 0x16F92, "Tone_Mark"), (0x1E130, 0x1E136, "Tone_Mark"),
    (0x1E2AE, 0x1E2AE, "Tone_Mark"), (0x1E2EC, 0x1E2EF, "Tone_Mark"),
    (0x2D7F, 0x2D7F, "Virama"),
    (0x0B55, 0x0B55, "Vowel_Dependent"), (0x10EAB, 0x10EAC, "Vowel_Dependent"),
    (0x16F51, 0x16F87, "Vowel_Dependent"), (0x1E4EC, 0x1E4EF, "Vowel_Dependent"),
    (0x1CF8, 0x1CF9, "Cantillation_Mark"), (0x1B6B, 0x1B73, "Symbol_Modifier"),
    # Egyptian hieroglyphs and their format controls.
    (0x13000, 0x1342F, "Hieroglyph"), (0x1343C, 0x1343F, "Hieroglyph"), (0x13441, 0x13446, "Hieroglyph"),
    (0x13430, 0x13436, "Hieroglyph_Joiner"), (0x13439, 0x1343B, "Hieroglyph_Joiner"),
    (0x005B, 0x005B, "Hieroglyph_Mark_Begin"), (0x007B, 0x007B, "Hieroglyph_Mark_Begin"),
    (0x27E6, 0x27E6, "Hieroglyph_Mark_Begin"), (0x27E8, 0x27E8, "Hieroglyph_Mark_Begin"),
    (0x2E22, 0x2E22, "Hieroglyph_Mark_Begin"), (0x2E24, 0x2E24, "Hieroglyph_Mark_Begin"),
    (0x005D, 0x005D, "Hieroglyph_Mark_End"), (0x007D, 0x007D, "Hieroglyph_Mark_End"),
    (0x27E7, 0x27E7, "Hieroglyph_Mark_End"), (0x27E9, 0x27E9, "Hieroglyph_Mark_End"),
    (0x2E23, 0x2E23, "Hieroglyph_Mark_End"), (0x2E25, 0x2E25, "Hieroglyph_Mark_End"),
    (0x13437, 0x13437, "Hieroglyph_Segment_Begin"), (0x13438, 0x13438, "Hieroglyph_Segment_End"),
    (0x13440, 0x13440, "Hieroglyph_Mirror"), (0x13447, 0x13455, "Hieroglyph_Modifier"),
)
# Values the UCD changed after 15.0 (HarfBuzz reads Unicode 17's files): the Batak killers became
# Reordering_Killer in 16.0; Limbu's vowel carrier and the Soyombo and Zanabazar Square letter A
# Consonants in 17.0.
UCD_UPDATES: tuple[tuple[int, int, str], ...] = (
    (0x1BF2, 0x1BF3, "Reordering_Killer"), (0x1900, 0x1900, "Consonant"), (0x11A00, 0x11A00, "Consonant"),
    (0x11A50, 0x11A50, "Consonant"),
)
POSITIONAL_OVERRIDES: tuple[tuple[int, int, str], ...] = (
    (0x0F72, 0x0F72, "Bottom"), (0x0F7A, 0x0F7D, "Bottom"), (0x0F80, 0x0F80, "Bottom"),
    (0xA9BF, 0xA9BF, "Bottom"), (0x10A38, 0x10A38, "Bottom"), (0x11127, 0x11129, "Bottom"),
    (0x1112D, 0x1112D, "Bottom"), (0x11130, 0x11130, "Bottom"), (0x1BF2, 0x1BF3, "Bottom"),
    (0xAAB0, 0xAAB0, "Bottom"), (0xAAB2, 0xAAB3, "Bottom"), (0xAAB7, 0xAAB8, "Bottom"),
    (0xAABE, 0xAABE, "Bottom"),
    (0x1C29, 0x1C29, "Left"),
    (0xA9BE, 0xA9BE, "Right"), (0x10A0C, 0x10A0C, "Right"), (0x11942, 0x11942, "Right"),
    (0x0F74, 0x0F74, "Top"), (0x1A18, 0x1A18, "Top"), (0xAA35, 0xAA35, "Top"), (0xAAB4, 0xAAB4, "Top"),
    (0x1112A, 0x1112B, "Top"), (0x11131, 0x11132, "Top"), (0x1E4EC, 0x1E4EF, "Top"),
    (0x0E33, 0x0E33, "Top_And_Right"), (0x0EB3, 0x0EB3, "Top_And_Right"),
    (0x0859, 0x085B, "Bottom"), (0x18A9, 0x18A9, "Bottom"), (0x10AE5, 0x10AE6, "Bottom"),
    (0x10F46, 0x10F50, "Bottom"), (0x10F82, 0x10F85, "Bottom"), (0x16F4F, 0x16F4F, "Bottom"),
    (0x16F51, 0x16F87, "Bottom"), (0x16F8F, 0x16F92, "Bottom"),
    (0x103C, 0x103C, "Left"),
    (0x07EB, 0x07F3, "Top"), (0x07FD, 0x07FD, "Top"), (0x1885, 0x1886, "Top"), (0x1B6C, 0x1B6C, "Top"),
    (0x1CF8, 0x1CF9, "Top"), (0x10D24, 0x10D27, "Top"), (0x10EAB, 0x10EAC, "Top"), (0x16B30, 0x16B36, "Top"),
    (0x1E130, 0x1E136, "Top"), (0x1E2AE, 0x1E2AE, "Top"), (0x1E2EC, 0x1E2EF, "Top"), (0x1E944, 0x1E94A, "Top"),
    (0x1BC9D, 0x1BC9E, "Overstruck"),
    # Deliberately without a position: Mongolian free variation selectors, the Tifinagh joiner.
    (0x180B, 0x180D, "Not_Applicable"), (0x180F, 0x180F, "Not_Applicable"), (0x2D7F, 0x2D7F, "Not_Applicable"),
    # Grantha and Tirhuta marks the UCD puts elsewhere.
    (0x11302, 0x11303, "Top"), (0x114C1, 0x114C1, "Top"),
)
SKIPPED_SCRIPTS = frozenset(("Arabic", "Lao", "Samaritan", "Syriac", "Thai"))

# USE classes whose members take a position suffix, and which UIPC values give which suffix.
POSITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "F": {"Abv": ("Top",), "Blw": ("Bottom",), "Pst": ("Right",)},
    "M": {"Abv": ("Top",), "Blw": ("Bottom", "Bottom_And_Left", "Bottom_And_Right"), "Pst": ("Right",),
          "Pre": ("Left", "Top_And_Bottom_And_Left")},
    "CM": {"Abv": ("Top",), "Blw": ("Bottom", "Overstruck")},
    "V": {"Abv": ("Top", "Top_And_Bottom", "Top_And_Bottom_And_Right", "Top_And_Right"),
          "Blw": ("Bottom", "Overstruck", "Bottom_And_Right"), "Pst": ("Right",),
          "Pre": ("Left", "Top_And_Left", "Top_And_Left_And_Right", "Left_And_Right")},
    "VM": {"Abv": ("Top",), "Blw": ("Bottom", "Overstruck"), "Pst": ("Right",), "Pre": ("Left",)},
    "SM": {"Abv": ("Top",), "Blw": ("Bottom",)},
    "FM": {"Abv": ("Top",), "Blw": ("Bottom",), "Pst": ("Not_Applicable",)},
}

# Categories in the shaper's numbering (its syllable machine's names); O is 0.
CATEGORIES = ("O", "B", "N", "GB", "CGJ", "SUB", "H", "HN", "ZWNJ", "WJ", "R", "CS", "IS", "Sk", "G", "J",
              "SB", "SE", "HVM", "HM", "HR", "RK", "FAbv", "FBlw", "FPst", "MAbv", "MBlw", "MPst", "MPre",
              "CMAbv", "CMBlw", "VAbv", "VBlw", "VPst", "VPre", "VMAbv", "VMBlw", "VMPst", "VMPre", "SMAbv",
              "SMBlw", "FMAbv", "FMBlw", "FMPst")

_MARKS = ("Mc", "Me", "Mn")
# Default ignorables that stay ordinary characters (Hangul fillers, shorthand format controls).
_NOT_WORD_JOINERS = (0x115F, 0x1160, 0x3164, 0xFFA0, 0x1BCA0, 0x1BCA1, 0x1BCA2, 0x1BCA3)


def _classes(u: int, usc: str, ignorable: bool, gc: str, jt: str) -> list[str]:
    """Every USE class whose definition holds for one character (exactly one must)."""
    base = (usc in ("Number", "Consonant", "Consonant_Head_Letter", "Tone_Letter", "Vowel_Independent")
            or (jt in ("C", "D", "L", "R") and usc != "Joiner")
            or (gc == "Lo" and usc in ("Avagraha", "Bindu", "Consonant_Final", "Consonant_Medial",
                                       "Consonant_Subjoined", "Vowel", "Vowel_Dependent")))
    base_other = usc == "Consonant_Placeholder" or u in (0x2015, 0x2022, 0x25FB, 0x25FC, 0x25FD, 0x25FE)
    cgj = usc == "Joiner" or (ignorable and gc in _MARKS)
    sym_mod = usc == "Symbol_Modifier"
    sakot = u == 0x1A60
    word_joiner = (ignorable and u not in _NOT_WORD_JOINERS and usc == "Other" and not cgj) or gc == "Cn"
    tests: dict[str, Callable[[], bool]] = {
        "B": lambda: base,
        "N": lambda: usc == "Brahmi_Joining_Number",
        "GB": lambda: base_other,
        "CGJ": lambda: cgj,
        "F": lambda: (usc == "Consonant_Final" and gc != "Lo") or usc == "Consonant_Succeeding_Repha",
        "FM": lambda: usc == "Syllable_Modifier",
        "M": lambda: (usc == "Consonant_Medial" and gc != "Lo") or usc == "Consonant_Initial_Postfixed",
        "CM": lambda: usc in ("Nukta", "Gemination_Mark", "Consonant_Killer"),
        "SUB": lambda: usc == "Consonant_Subjoined" and gc != "Lo",
        "CS": lambda: usc == "Consonant_With_Stacker",
        "H": lambda: usc == "Virama" and u != 0x0DCA,
        "HVM": lambda: u == 0x0DCA,  # Sinhala al-lakuna: a virama that also modifies vowels
        "HN": lambda: usc == "Number_Joiner",
        "IS": lambda: usc == "Invisible_Stacker" and not sakot,
        "G": lambda: usc == "Hieroglyph",
        "HM": lambda: usc == "Hieroglyph_Modifier",
        "HR": lambda: usc == "Hieroglyph_Mirror",
        "J": lambda: usc == "Hieroglyph_Joiner",
        "SB": lambda: usc in ("Hieroglyph_Mark_Begin", "Hieroglyph_Segment_Begin"),
        "SE": lambda: usc in ("Hieroglyph_Mark_End", "Hieroglyph_Segment_End"),
        "ZWNJ": lambda: usc == "Non_Joiner",
        "O": lambda: ((gc == "Po" or usc in ("Consonant_Dead", "Joiner", "Modifying_Letter", "Other"))
                      and not (base or base_other or cgj or sym_mod or word_joiner)),
        "RK": lambda: usc == "Reordering_Killer",
        "R": lambda: usc in ("Consonant_Preceding_Repha", "Consonant_Prefixed"),
        "Sk": lambda: sakot,
        "SM": lambda: sym_mod,
        "V": lambda: usc == "Pure_Killer" or (gc != "Lo" and usc in ("Vowel", "Vowel_Dependent")),
        "VM": lambda: (usc in ("Tone_Mark", "Cantillation_Mark", "Register_Shifter", "Visarga")
                       or (gc != "Lo" and usc == "Bindu")),
        "WJ": lambda: word_joiner,
    }
    return [name for name, test in tests.items() if test()]


def _apply(table: dict[int, str], overrides: tuple[tuple[int, int, str], ...]) -> None:
    for lo, hi, value in overrides:
        for u in range(lo, hi + 1):
            table[u] = value


def _general_categories(path: Path) -> dict[int, str]:
    """General category per code point (UnicodeData.txt, its First/Last ranges expanded)."""
    result: dict[int, str] = {}
    first = -1
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        u, name, gc = int(fields[0], 16), fields[1], fields[2]
        if name.endswith("First>"):
            first = u
            continue
        for v in range(first if name.endswith("Last>") else u, u + 1):
            result[v] = gc
    return result


def use_table(ucd: Path) -> tuple[str, dict[int, str]]:
    """The USE class of every code point the derivation gives one other than ``O``."""
    usc_version, syllabic = _read_property(ucd / "IndicSyllabicCategory.txt")
    _, positional = _read_property(ucd / "IndicPositionalCategory.txt")
    _, scripts = _read_property(ucd / "Scripts.txt")
    joining: dict[int, str] = {}
    for line in (ucd / "ArabicShaping.txt").read_text(encoding="utf-8").splitlines():
        fields = [f.strip() for f in line.split("#", 1)[0].split(";")]
        if len(fields) >= 3:
            joining[int(fields[0], 16)] = fields[2]
    ignorable: set[int] = set()
    for line in (ucd / "DerivedCoreProperties.txt").read_text(encoding="utf-8").splitlines():
        m = _RANGE.match(line)
        if m and m.group(3) == "Default_Ignorable_Code_Point":
            ignorable.update(range(int(m.group(1), 16), int(m.group(2) or m.group(1), 16) + 1))
    gcs = _general_categories(ucd / "UnicodeData.txt")
    _apply(syllabic, UCD_UPDATES)
    _apply(syllabic, SYLLABIC_OVERRIDES)
    _apply(positional, POSITIONAL_OVERRIDES)
    # The 13 Tibetan / Vedic marks the UCD leaves without a syllabic category but positions.
    for u in (*range(0x1CE2, 0x1CE9), 0x0F18, 0x0F19, 0x0F3E, 0x0F3F, 0x1CED):
        syllabic[u] = "Tone_Mark" if u == 0x1CED else "Cantillation_Mark" if u >= 0x1CE2 else "Vowel_Dependent"
    table: dict[int, str] = {}
    for u in sorted(set(syllabic) | set(positional) | set(joining) | ignorable):
        if scripts.get(u, "Unknown") in SKIPPED_SCRIPTS:
            continue
        usc = syllabic.get(u, "Other")
        gc = gcs.get(u, "Cn")
        found = _classes(u, usc, u in ignorable, gc, joining.get(u, "X"))
        if len(found) != 1:
            raise ValueError(f"U+{u:04X}: USE classes {found} ({usc}, {gc})")
        name = found[0]
        suffixes = POSITIONS.get(name)
        if suffixes:
            uipc = positional.get(u, "Not_Applicable")
            hits = [suffix for suffix, values in suffixes.items() if uipc in values]
            if len(hits) != 1:
                raise ValueError(f"U+{u:04X}: {name} with position {uipc}")
            name += hits[0]
        if name != "O":
            table[u] = name
    return usc_version, table


def main(argv: list[str]) -> int:
    ucd = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/unicode")
    version, table = use_table(ucd)
    index = {name: i for i, name in enumerate(CATEGORIES)}
    ranges: list[list[int]] = []
    for u in sorted(table):
        cat = index[table[u]]
        if ranges and ranges[-1][1] == u - 1 and ranges[-1][2] == cat:
            ranges[-1][1] = u
        else:
            ranges.append([u, u, cat])
    lines = [
        '"""Universal Shaping Engine categories. GENERATED by tools/gen_use_table.py: do not edit.',
        "",
        f"From the UCD ({version}; with the positional, joining, core-property, general-category and",
        "script files) and the USE specification's overrides. CATEGORIES: the class names, numbered by",
        "position; RANGES: (first, last, class) of every code point whose class is not O (0). Imports nothing.",
        '"""',
        "",
        "# fmt: off",
        "CATEGORIES: tuple[str, ...] = (",
        *("    " + " ".join(f'"{n}",' for n in CATEGORIES[i:i + 12]) for i in range(0, len(CATEGORIES), 12)),
        ")",
        "RANGES: tuple[tuple[int, int, int], ...] = (",
        *("    " + " ".join(f"(0x{lo:04X}, 0x{hi:04X}, {c})," for lo, hi, c in ranges[i:i + 4])
          for i in range(0, len(ranges), 4)),
        ")",
        "# fmt: on",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(table)} code points in {len(ranges)} ranges ({version})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
