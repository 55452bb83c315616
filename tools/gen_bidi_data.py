"""Generate ``pureog/text/_bidi_data.py`` (the tables of the Unicode Bidirectional Algorithm) from the UCD.

Input: Debian's ``unicode-data`` package (``apt-get install unicode-data``), i.e. ``/usr/share/unicode``:

* ``extracted/DerivedBidiClass.txt``: the Bidi_Class of every code point, its ``@missing`` lines giving
  the defaults of unassigned code points (R or AL in the blocks of right-to-left scripts, ET in Currency
  Symbols, L elsewhere; BN for unassigned default ignorables and noncharacters is listed explicitly).
  Without that file the classes come from ``UnicodeData.txt`` field 4 and the same defaults, written
  below (Unicode 15.0's @missing lines, ``DerivedCoreProperties.txt`` for Default_Ignorable_Code_Point).
  When both files are there, the two derivations are compared and must agree.
* ``BidiBrackets.txt``: Bidi_Paired_Bracket and Bidi_Paired_Bracket_Type. Rule N0 matches brackets up
  to canonical equivalence (U+2329/U+232A are canonically U+3008/U+3009), so each bracket gets a key:
  the canonical form (``UnicodeData.txt`` singleton decomposition) of the closing bracket of its pair.
* ``BidiMirroring.txt``: Bidi_Mirroring_Glyph (rule L4). The file is symmetric; pairs are stored once.

Output: a module of compact tables (range starts + one class byte per range, flat int tuples); the
runtime (:mod:`pureog.text.bidi`) bisects and builds its dictionaries lazily.
Run: ``python tools/gen_bidi_data.py [UCD_DIR]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The order is the runtime's integer encoding (pureog.text.bidi defines the same constants).
CLASSES = "L R AL EN ES ET AN CS NSM BN B S WS ON LRE LRO RLE RLO PDF LRI RLI FSI PDI".split()

LONG_NAMES = {
    "Left_To_Right": "L", "Right_To_Left": "R", "Arabic_Letter": "AL", "European_Number": "EN",
    "European_Separator": "ES", "European_Terminator": "ET", "Arabic_Number": "AN",
    "Common_Separator": "CS", "Nonspacing_Mark": "NSM", "Boundary_Neutral": "BN",
    "Paragraph_Separator": "B", "Segment_Separator": "S", "White_Space": "WS", "Other_Neutral": "ON",
    "Left_To_Right_Embedding": "LRE", "Left_To_Right_Override": "LRO", "Right_To_Left_Embedding": "RLE",
    "Right_To_Left_Override": "RLO", "Pop_Directional_Format": "PDF", "Left_To_Right_Isolate": "LRI",
    "Right_To_Left_Isolate": "RLI", "First_Strong_Isolate": "FSI", "Pop_Directional_Isolate": "PDI",
}  # fmt: skip

# Unicode 15.0's defaults for code points UnicodeData.txt does not list (DerivedBidiClass.txt's
# @missing lines, in order: later lines override earlier ones). Used only without that file.
MISSING_15_0 = (
    (0x0000, 0x10FFFF, "L"), (0x0590, 0x05FF, "R"), (0x0600, 0x07BF, "AL"), (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"), (0x20A0, 0x20CF, "ET"), (0xFB1D, 0xFB4F, "R"), (0xFB50, 0xFDCF, "AL"),
    (0xFDF0, 0xFDFF, "AL"), (0xFE70, 0xFEFF, "AL"), (0x10800, 0x10CFF, "R"), (0x10D00, 0x10D3F, "AL"),
    (0x10D40, 0x10EBF, "R"), (0x10EC0, 0x10EFF, "AL"), (0x10F00, 0x10F2F, "R"), (0x10F30, 0x10F6F, "AL"),
    (0x10F70, 0x10FFF, "R"), (0x1E800, 0x1EC6F, "R"), (0x1EC70, 0x1ECBF, "AL"), (0x1ECC0, 0x1ECFF, "R"),
    (0x1ED00, 0x1ED4F, "AL"), (0x1ED50, 0x1EDFF, "R"), (0x1EE00, 0x1EEFF, "AL"), (0x1EF00, 0x1EFFF, "R"),
)  # fmt: skip

_DATA = re.compile(r"^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*([A-Za-z_]+)")
_MISSING = re.compile(r"^#\s*@missing:\s*([0-9A-F]+)\.\.([0-9A-F]+)\s*;\s*([A-Za-z_]+)")

Table = bytearray  # one class index per code point, 0..0x10FFFF


def _fill(table: Table, lo: int, hi: int, name: str) -> None:
    table[lo : hi + 1] = bytes([CLASSES.index(LONG_NAMES.get(name, name))]) * (hi - lo + 1)


def from_derived(path: Path) -> Table:
    """Bidi_Class from DerivedBidiClass.txt: its @missing defaults, then its explicit lines."""
    table = bytearray(0x110000)
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        m = _MISSING.match(line)
        if m:
            _fill(table, int(m.group(1), 16), int(m.group(2), 16), m.group(3))
    for line in lines:
        m = _DATA.match(line)
        if m:
            lo = int(m.group(1), 16)
            _fill(table, lo, int(m.group(2) or m.group(1), 16), m.group(3))
    return table


def _default_ignorables(ucd: Path) -> list[tuple[int, int]]:
    path = ucd / "DerivedCoreProperties.txt"
    if not path.exists():
        # Unicode 15.0's Default_Ignorable_Code_Point ranges that hold unassigned code points.
        return [(0x2065, 0x2065), (0xFFF0, 0xFFF8), (0xE0000, 0xE0FFF)]
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _DATA.match(line)
        if m and m.group(3) == "Default_Ignorable_Code_Point":
            spans.append((int(m.group(1), 16), int(m.group(2) or m.group(1), 16)))
    return spans


def from_unicode_data(ucd: Path) -> Table:
    """Bidi_Class from UnicodeData.txt field 4, with UAX #9's defaults for unassigned code points."""
    table = bytearray(0x110000)
    for lo, hi, name in MISSING_15_0:
        _fill(table, lo, hi, name)
    # Unassigned default ignorables and noncharacters are BN (UAX #44, DerivedBidiClass.txt's header);
    # assigned ones are overwritten by their UnicodeData value below.
    for lo, hi in _default_ignorables(ucd):
        _fill(table, lo, hi, "BN")
    _fill(table, 0xFDD0, 0xFDEF, "BN")
    for plane in range(17):
        _fill(table, plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF, "BN")
    first = -1
    for line in (ucd / "UnicodeData.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        cp = int(fields[0], 16)
        if fields[1].endswith(", First>"):
            first = cp
            continue
        lo = first if fields[1].endswith(", Last>") else cp
        _fill(table, lo, cp, fields[4])
    return table


def ranges(table: Table) -> tuple[list[int], bytes]:
    starts: list[int] = []
    values = bytearray()
    for cp, value in enumerate(table):
        if not values or values[-1] != value:
            starts.append(cp)
            values.append(value)
    return starts, bytes(values)


def canonical_singletons(ucd: Path) -> dict[int, int]:
    """Code points whose canonical decomposition is a single code point (U+2329 -> U+3008, ...)."""
    out = {}
    for line in (ucd / "UnicodeData.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        decomposition = fields[5].split()
        if len(decomposition) == 1 and not decomposition[0].startswith("<"):
            out[int(fields[0], 16)] = int(decomposition[0], 16)
    return out


def brackets(ucd: Path) -> list[tuple[int, int, int]]:
    """(code point, pair key, 1 = opening / 0 = closing) for every Bidi_Paired_Bracket_Type != None."""
    canon = canonical_singletons(ucd)
    out = []
    for line in (ucd / "BidiBrackets.txt").read_text(encoding="utf-8").splitlines():
        body = line.split("#")[0].strip()
        if not body:
            continue
        cp_s, pair_s, kind = (f.strip() for f in body.split(";"))
        cp, pair = int(cp_s, 16), int(pair_s, 16)
        closing = pair if kind == "o" else cp
        out.append((cp, canon.get(closing, closing), 1 if kind == "o" else 0))
    return sorted(out)


def mirrors(ucd: Path) -> list[tuple[int, int]]:
    pairs = {}
    for line in (ucd / "BidiMirroring.txt").read_text(encoding="utf-8").splitlines():
        body = line.split("#")[0].strip()
        if body:
            a, b = (int(f, 16) for f in body.split(";"))
            pairs[a] = b
    for a, b in pairs.items():
        if pairs.get(b) != a:
            raise SystemExit(f"BidiMirroring.txt is not symmetric at {a:04X} -> {b:04X}; extend the format")
    return sorted((a, b) for a, b in pairs.items() if a < b)


def _int_tuple(name: str, values: list[int], per_line: int = 12) -> str:
    lines = [f"{name} = ("]
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(str(v) for v in values[i : i + per_line]) + ",")
    lines.append(")")
    return "\n".join(lines)


def main() -> None:
    ucd = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode")
    derived = ucd / "extracted" / "DerivedBidiClass.txt"
    if derived.exists():
        table = from_derived(derived)
        version = derived.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
        cross = from_unicode_data(ucd)
        differ = [cp for cp in range(0x110000) if cross[cp] != table[cp]]
        if differ:
            raise SystemExit(f"UnicodeData.txt and DerivedBidiClass.txt disagree at {len(differ)} code points, "
                             f"first U+{differ[0]:04X}: update MISSING_15_0")
    else:
        table = from_unicode_data(ucd)
        version = "UnicodeData.txt + UAX #9 defaults"
    starts, values = ranges(table)
    rtl = {CLASSES.index(c) for c in ("R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")}
    first_rtl = min(cp for cp in range(0x110000) if table[cp] in rtl)
    bracket_rows = brackets(ucd)
    mirror_rows = mirrors(ucd)
    hexed = values.hex()
    out = [
        '"""Unicode Bidirectional Algorithm tables (UAX #9). GENERATED: do not edit.',
        "",
        f"Made by tools/gen_bidi_data.py from the UCD ({version}, BidiBrackets.txt, BidiMirroring.txt).",
        "``STARTS``/``VALUES``: sorted range starts and one Bidi_Class byte per range (an index into ``CLASSES``).",
        "``BRACKETS``: flat (code point, pair key, 1 = opening / 0 = closing); the key is the canonical form of",
        "the pair's closing bracket. ``MIRRORS``: flat (a, b) pairs of Bidi_Mirroring_Glyph, each meaning a <-> b.",
        '``FIRST_RTL``: the lowest code point whose class is R, AL, AN or an explicit formatting one. Imports nothing.',
        '"""',
        "",
        "# fmt: off",
        "CLASSES = (",
        *("    " + " ".join(f"{c!r}," for c in CLASSES[i : i + 12]) for i in range(0, len(CLASSES), 12)),
        ")",
        f"FIRST_RTL = {first_rtl:#06x}",
        _int_tuple("STARTS", starts),
        "VALUES = bytes.fromhex(",
        *(f'    "{hexed[i : i + 96]}"' for i in range(0, len(hexed), 96)),
        ")",
        _int_tuple("BRACKETS", [v for row in bracket_rows for v in row], 15),
        _int_tuple("MIRRORS", [v for row in mirror_rows for v in row], 12),
        "",
    ]
    target = Path(__file__).resolve().parent.parent / "pureog" / "text" / "_bidi_data.py"
    target.write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size} bytes, {len(starts)} ranges, "
          f"{len(bracket_rows)} brackets, {len(mirror_rows)} mirror pairs)")


if __name__ == "__main__":
    main()
