"""Generate ``pureog/text/_linebreak_data.py`` from the Unicode Character Database.

Input: Debian's ``unicode-data`` package (``apt-get install unicode-data``), i.e.
``/usr/share/unicode/LineBreak.txt``, ``auxiliary/GraphemeBreakProperty.txt``,
``auxiliary/WordBreakProperty.txt`` and ``emoji/emoji-data.txt``.
Output: a module of compact range tables (sorted range starts + one class byte per range) for the
UAX #14 line-break class, the UAX #29 grapheme and word break properties and Extended_Pictographic.

The line-break classes are not read from LineBreak.txt but from the class trie of the npm ``linebreak``
1.1.0 package bundled in Next.js (``@vercel/og``'s ``index.node.js``), by Node: that trie was built
from Unicode 14 data, so it lacks Unicode 15's changes (U+1FAF7/U+1FAF8, the hands that take skin
tones, are ``ID`` there, not ``EB``: Satori breaks 🫷🏽 into 🫷 and 🏽), and fills unassigned gaps with
its neighbours' classes. The grapheme, word and Extended_Pictographic tables still come from the UCD.
Run: ``python tools/gen_linebreak.py [UCD_DIR]`` (needs ``node`` on the PATH and the oracle installed).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

NEXT_OG = (Path(__file__).resolve().parent.parent / "conformance" / "oracle" / "node_modules" / "next" / "dist"
           / "compiled" / "@vercel" / "og" / "index.node.js")

# Evaluates, out of Next's bundle, the esbuild helpers and the four modules the linebreak package
# needs (tiny-inflate, unicode-trie, base64-js, linebreak itself), then asks its class trie for every
# code point. Modules are found by the "// node_modules/.pnpm/<name>@" comments esbuild writes.
_DUMP_SCRIPT = r"""
const src = require('fs').readFileSync(process.argv[1], 'utf8');
const lines = src.split('\n');
const starts = lines.map((l, i) => l.startsWith('// node_modules/') ? i : -1).filter((i) => i >= 0);
const modules = (name) => starts
  .filter((i) => lines[i].startsWith('// node_modules/.pnpm/' + name + '@'))
  .map((at) => lines.slice(at, starts[starts.indexOf(at) + 1]).join('\n'));
const body = lines.slice(0, starts[0]).join('\n') + '\n' +
  ['tiny-inflate', 'unicode-trie', 'base64-js', 'linebreak'].flatMap(modules).join('\n');
const trieName = body.match(/var (\S+classTrie) = /)[1];
const trie = new Function(body + '\nreturn ' + trieName + ';')();
const values = [];
for (let cp = 0; cp <= 0x10FFFF; cp++) values.push(trie.get(cp));
console.log(JSON.stringify(values));
"""


def _runs(values: list[int]) -> tuple[list[int], bytes]:
    """A value per code point as (range starts, one value byte per range)."""
    starts: list[int] = []
    runs: list[int] = []
    for cp, value in enumerate(values):
        if not runs or runs[-1] != value:
            starts.append(cp)
            runs.append(value)
    return starts, bytes(runs)


def next_line_break_ranges() -> tuple[list[int], bytes]:
    """The line-break class of every code point as Next's bundled ``linebreak`` package reads it."""
    out = subprocess.run(["node", "-e", _DUMP_SCRIPT, str(NEXT_OG)], check=True, capture_output=True, text=True)
    values: list[int] = json.loads(out.stdout)
    return _runs(values)

# Asks Node's Intl.Segmenter (ICU 78) which strings are one grapheme.
_SEGMENT_SCRIPT = r"""
const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const s = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
console.log(JSON.stringify(inputs.map((t) => [...s.segment(t)].length === 1)));
"""


def _one_grapheme(strings: list[str]) -> list[bool]:
    out = subprocess.run(["node", "-e", _SEGMENT_SCRIPT], input=json.dumps(strings), check=True,
                         capture_output=True, text=True)
    answer: list[bool] = json.loads(out.stdout)
    return answer


def conjunct_ranges(gb: tuple[list[int], bytes]) -> tuple[list[int], bytes]:
    """Indic_Conjunct_Break as Node's ICU applies it (GB9c: consonant, linkers and extenders, no break
    before the next consonant; ICU 78 also stacks Myanmar, Khmer, Balinese, Javanese... aksaras), found
    by asking the segmenter: the UCD here (15.0) has no InCB property, and ICU tailors the scripts.
    Linkers: viramas (ccc 9) that join two letters of their block; consonants: the letters that
    join around a linker of their block; extenders: Extend/ZWJ characters that keep a Devanagari
    conjunct whole on either side of its virama."""
    import unicodedata

    def gb_of(cp: int) -> str:
        starts, values = gb
        lo, hi = 0, len(starts)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if starts[mid] <= cp else (lo, mid)
        return GB_CLASSES[values[lo]]

    viramas = [cp for cp in range(0x900, 0x20000) if unicodedata.combining(chr(cp)) == 9]
    linkers: set[int] = set()
    consonants: set[int] = set()
    for virama in viramas:
        block = virama & ~0x7F
        letters = [cp for cp in range(block, block + 0x80) if unicodedata.category(chr(cp)) == "Lo"]
        joined = [c for c, one in zip(letters, _one_grapheme([chr(c) + chr(virama) + chr(c) for c in letters]),
                                      strict=True) if one]
        # A virama that is Extend joins a letter before it anyway; it links only if the letter after
        # stays too, which the test's second letter shows: keep linkers that join most of their block.
        if len(joined) > 1:
            linkers.add(virama)
            consonants.update(joined)
    candidates = [cp for cp in range(0x300, 0x20000) if gb_of(cp) in ("Extend", "ZWJ") and cp not in linkers]
    ka, virama = 0x915, 0x94D
    before = _one_grapheme([chr(ka) + chr(x) + chr(virama) + chr(ka) for x in candidates])
    after = _one_grapheme([chr(ka) + chr(virama) + chr(x) + chr(ka) for x in candidates])
    extenders = {x for x, b, a in zip(candidates, before, after, strict=True) if b and a}
    values = [0] * 0x110000
    for cp in extenders:
        values[cp] = 3
    for cp in linkers:
        values[cp] = 2
    for cp in consonants:
        values[cp] = 1
    return _runs(values)


LB_CLASSES = (
    "OP CL CP QU GL NS EX SY IS PR PO NU AL HL ID IN HY BA BB B2 ZW CM WJ H2 H3 JL JV JT RI EB EM "
    "ZWJ CB AI BK CJ CR LF NL SA SG SP XX"
).split()
GB_CLASSES = ("Other CR LF Control Extend ZWJ Regional_Indicator Prepend SpacingMark L V T LV LVT").split()
WB_CLASSES = (
    "Other CR LF Newline Extend ZWJ Regional_Indicator Format Katakana Hebrew_Letter ALetter "
    "Single_Quote Double_Quote MidNumLet MidLetter MidNum Numeric ExtendNumLet WSegSpace"
).split()

INCB_CLASSES = ["None", "Consonant", "Linker", "Extend"]

_LINE = re.compile(r"^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*([A-Za-z0-9_]+)")


def read_ranges(path: Path, classes: list[str], default: str) -> tuple[list[int], bytes]:
    """Parse a UCD property file into (starts, values) covering 0..0x10FFFF with no gaps."""
    index = {name: i for i, name in enumerate(classes)}
    spans: list[tuple[int, int, int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line)
        if not m or m.group(3) not in index:
            continue
        lo = int(m.group(1), 16)
        hi = int(m.group(2) or m.group(1), 16)
        spans.append((lo, hi, index[m.group(3)]))
    spans.sort()
    starts: list[int] = []
    values: list[int] = []

    def push(start: int, value: int) -> None:
        if values and values[-1] == value:
            return
        starts.append(start)
        values.append(value)

    pos = 0
    for lo, hi, value in spans:
        if lo > pos:
            push(pos, index[default])
        push(lo, value)
        pos = hi + 1
    if pos <= 0x10FFFF:
        push(pos, index[default])
    return starts, bytes(values)


def emit(name: str, starts: list[int], values: bytes) -> str:
    lines = [f"{name}_STARTS = ("]
    for i in range(0, len(starts), 12):
        lines.append("    " + ", ".join(str(s) for s in starts[i : i + 12]) + ",")
    lines.append(")")
    lines.append(f"{name}_VALUES = bytes.fromhex(")
    hexed = values.hex()
    for i in range(0, len(hexed), 96):
        lines.append(f'    "{hexed[i : i + 96]}"')
    lines.append(")")
    return "\n".join(lines)


def emit_names(name: str, names: list[str]) -> str:
    lines = [f"{name} = ("]
    for i in range(0, len(names), 8):
        lines.append("    " + " ".join(f"{n!r}," for n in names[i : i + 8]))
    lines.append(")")
    return "\n".join(lines)


def main() -> None:
    ucd = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode")
    grapheme_file = ucd / "auxiliary" / "GraphemeBreakProperty.txt"
    version = grapheme_file.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    lb = next_line_break_ranges()
    gb = read_ranges(ucd / "auxiliary" / "GraphemeBreakProperty.txt", GB_CLASSES, "Other")
    wb = read_ranges(ucd / "auxiliary" / "WordBreakProperty.txt", WB_CLASSES, "Other")
    ep = read_ranges(ucd / "emoji" / "emoji-data.txt", ["No", "Extended_Pictographic"], "No")
    incb = conjunct_ranges(gb)
    out = [
        '"""Unicode property range tables for line breaking and segmentation. GENERATED: do not edit.',
        "",
        "Made by tools/gen_linebreak.py: LB from the class trie of the npm linebreak 1.1.0 package in Next.js",
        f"(Unicode 14 data), GB/WB/EXTPICT from the UCD ({version}),",
        "INCB (GB9c conjuncts) from the answers of Node's Intl.Segmenter (ICU 78).",
        "Each table is a sorted tuple of range starts and one value byte per range (an index into the",
        "matching class-name tuple). Imports nothing.",
        '"""',
        "",
        "# fmt: off",
        emit_names("LB_CLASSES", LB_CLASSES),
        emit_names("GB_CLASSES", GB_CLASSES),
        emit_names("WB_CLASSES", WB_CLASSES),
        emit_names("INCB_CLASSES", INCB_CLASSES),
        emit("LB", *lb),
        emit("GB", *gb),
        emit("WB", *wb),
        emit("EXTPICT", *ep),
        emit("INCB", *incb),
        "",
    ]
    target = Path(__file__).resolve().parent.parent / "pureog" / "text" / "_linebreak_data.py"
    target.write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
