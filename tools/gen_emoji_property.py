"""Generate ``pureog/text/_emoji_data.py``: the ``Emoji`` property exactly as Next.js's Node sees it.

Satori tells emoji from other text with ``emoji-regex-xs``, whose pattern is built on JavaScript's
``\\p{Emoji}``; V8 answers it from its own ICU, whose Unicode version is newer than Debian's UCD
files (Node 20.20 carries Unicode 17). So the table comes from Node itself: every code point is tested
with ``/\\p{Emoji}/u`` and the result written as sorted range starts (even index: a run of emoji
starts, odd index: a run of non-emoji starts).
Run: ``python tools/gen_emoji_property.py`` (needs ``node`` on the PATH; the oracle's Node).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

_SCRIPT = r"""
const re = /\p{Emoji}/u;
const starts = [];
let inside = false;
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if (cp >= 0xD800 && cp <= 0xDFFF) { if (inside) { starts.push(cp); inside = false; } continue; }
  const hit = re.test(String.fromCodePoint(cp));
  if (hit !== inside) { starts.push(cp); inside = hit; }
}
console.log(JSON.stringify({unicode: process.versions.unicode, node: process.version, starts}));
"""

OUT = Path(__file__).resolve().parent.parent / "pureog" / "text" / "_emoji_data.py"


def main() -> None:
    found = json.loads(subprocess.run(["node", "-e", _SCRIPT], check=True, capture_output=True, text=True).stdout)
    starts = found["starts"]
    lines = [
        '"""The ``Emoji`` property as JavaScript\'s ``\\\\p{Emoji}`` answers it. GENERATED: do not edit.',
        "",
        f"Made by tools/gen_emoji_property.py with Node {found['node']} (Unicode {found['unicode']}): sorted",
        "starts of alternating runs, emoji first (a code point is emoji when its bisect_right index is odd).",
        '"""',
        "",
        "# fmt: off",
        "EMOJI_RUN_STARTS = (",
    ]
    for i in range(0, len(starts), 10):
        lines.append("    " + ", ".join(f"0x{s:X}" for s in starts[i : i + 10]) + ",")
    lines += [")", "# fmt: on", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT} ({len(starts)} run starts, Unicode {found['unicode']})")


if __name__ == "__main__":
    main()
