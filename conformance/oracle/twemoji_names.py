"""The file names Twemoji 14.0.2 has on the CDN, for the codes of pureog's bundled Twemoji pack.

Role (dev tool, used by ``regenerate.py``): pureog's pack stores each picture under its code without
``U+FE0F`` (``1f3f3-200d-1f308``), but the CDN's files keep ``FE0F`` inside ZWJ sequences: a ZWJ
sequence is named by its *fully-qualified* form (``1f3f3-fe0f-200d-1f308.svg``, ``1f937-200d-2640-fe0f``,
``1f93e-1f3fb-200d-2642-fe0f``), and ``@vercel/og`` keeps ``FE0F`` in the names it requests for graphemes
with a ZWJ. So the oracle must be served the files under those names, or Next's request 404s and the
reference draws a blank where the real CDN has the picture.

The fully-qualified form adds ``FE0F`` after each component that is an emoji without the
``Emoji_Presentation`` property (text-default: ``U+1F3F3``, ``U+2640``, ``U+2764``, ``U+26A7``) unless an
emoji modifier (skin tone) follows it. Checked against the names of Twemoji's ``assets/svg`` directory
(1,361 ZWJ sequences of the pack): all but one follow the rule; the exception is the eye in a speech
bubble, whose file keeps the older name without ``FE0F`` (:data:`LEGACY_NAMES`). Codes without a ZWJ
are named without ``FE0F`` (Next strips it from them too).

``Emoji_Presentation`` is read from Node (the oracle's Node: the Unicode data Next itself runs with).
Imports the standard library only.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable

ZWJ = 0x200D
MODIFIERS = range(0x1F3FB, 0x1F400)
TAGS = range(0xE0020, 0xE0080)
LEGACY_NAMES = frozenset({"1f441-200d-1f5e8"})
"""ZWJ sequences whose Twemoji file is named without FE0F (the fully-qualified name 404s)."""

_SCRIPT = r"""
const re = /\p{Emoji_Presentation}/u;
const cps = JSON.parse(process.argv[1]);
console.log(JSON.stringify(cps.filter((cp) => re.test(String.fromCodePoint(cp)))));
"""


def emoji_presentation(code_points: Iterable[int]) -> set[int]:
    """Those of ``code_points`` that have ``Emoji_Presentation``, as Node's ``\\p{...}`` answers."""
    wanted = sorted(set(code_points))
    if not wanted:
        return set()
    done = subprocess.run(["node", "-e", _SCRIPT, json.dumps(wanted)], check=True, capture_output=True, text=True)
    return set(json.loads(done.stdout))


def file_name(code: str, presentation: set[int]) -> str:
    """Twemoji's file name (without ``.svg``) for a pack code (hex parts joined by ``-``, no ``fe0f``)."""
    parts = [int(p, 16) for p in code.split("-")]
    if ZWJ not in parts or code in LEGACY_NAMES:
        return code
    named: list[str] = []
    for i, cp in enumerate(parts):
        named.append(f"{cp:x}")
        followed_by_modifier = i + 1 < len(parts) and parts[i + 1] in MODIFIERS
        if cp == ZWJ or cp in MODIFIERS or cp in TAGS or cp in presentation or followed_by_modifier:
            continue
        named.append("fe0f")
    return "-".join(named)


def file_names(codes: Iterable[str]) -> dict[str, str]:
    """Twemoji's file name for each pack code (one Node call for all of them)."""
    codes = list(codes)
    components = {int(p, 16) for code in codes if "200d" in code.split("-") for p in code.split("-")}
    presentation = emoji_presentation(components)
    return {code: file_name(code, presentation) for code in codes}
