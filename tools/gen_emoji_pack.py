"""Build pureog's bundled emoji pack from the ``@iconify-json/twemoji`` npm package (Twemoji 14).

Role: ``icons.json`` + ``chars.json`` of ``@iconify-json/twemoji@1.1.15`` (Twitter's Twemoji 14.0.2
graphics, CC-BY 4.0, as optimised SVG bodies on a 36 x 36 grid) -> ``pureog/text/data/twemoji.bin``,
the compact file :mod:`pureog.text.emoji` reads lazily.

Pack layout (all integers little-endian):

* ``b"PUREOG-EMOJI\\x01"`` magic, then ``u32`` length + zlib-compressed JSON index:
  ``{"name", "version", "width", "height", "blocks": [[offset, size], ...], "codes": {code: [block, start, end]}}``
  where ``code`` is the Twemoji file name without ``fe0f`` (``"1f600"``, ``"1f469-200d-1f4bb"``);
* then the blocks: each an XZ stream of up to ``BLOCK`` SVG bodies in code order, so one emoji costs one
  small block's decompression (~1 ms), not the whole set's.

Usage::

    npm pack @iconify-json/twemoji@1.1.15 && mkdir x && tar xzf iconify-json-twemoji-1.1.15.tgz -C x
    python tools/gen_emoji_pack.py x/package pureog/text/data/twemoji.bin

Dev tool: standard library only.
"""

from __future__ import annotations

import json
import lzma
import struct
import sys
import zlib
from pathlib import Path

MAGIC = b"PUREOG-EMOJI\x01"
BLOCK = 128


def build(package_dir: Path) -> bytes:
    icons_doc = json.loads((package_dir / "icons.json").read_text(encoding="utf-8"))
    chars: dict[str, str] = json.loads((package_dir / "chars.json").read_text(encoding="utf-8"))
    icons = icons_doc["icons"]
    aliases = icons_doc.get("aliases", {})

    def resolve(name: str) -> str:
        while name not in icons and name in aliases:
            alias = aliases[name]
            if set(alias) - {"parent"}:
                raise SystemExit(f"alias {name} transforms its parent; not supported")
            name = alias["parent"]
        return name

    bodies: dict[str, str] = {}
    for code, name in chars.items():
        target = resolve(name)
        if target in icons:
            parts = [f"{int(p, 16):x}" for p in code.split("-")]
            bodies["-".join(p for p in parts if p != "fe0f")] = icons[target]["body"]
    codes = sorted(bodies, key=lambda c: [int(p, 16) for p in c.split("-")])
    blocks: list[bytes] = []
    index: dict[str, list[int]] = {}
    for first in range(0, len(codes), BLOCK):
        chunk = codes[first : first + BLOCK]
        text = bytearray()
        for code in chunk:
            body = bodies[code].encode("utf-8")
            index[code] = [len(blocks), len(text), len(text) + len(body)]
            text += body
        blocks.append(lzma.compress(bytes(text), preset=9 | lzma.PRESET_EXTREME))
    offsets: list[list[int]] = []
    position = 0
    for block in blocks:
        offsets.append([position, len(block)])
        position += len(block)
    header = {
        "name": "Twemoji",
        "version": "14.0.2 (via @iconify-json/twemoji 1.1.15)",
        "width": int(icons_doc.get("width", 36)),
        "height": int(icons_doc.get("height", 36)),
        "blocks": offsets,
        "codes": index,
    }
    packed_index = zlib.compress(json.dumps(header, separators=(",", ":"), sort_keys=True).encode(), 9)
    return MAGIC + struct.pack("<I", len(packed_index)) + packed_index + b"".join(blocks)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    data = build(Path(argv[0]))
    Path(argv[1]).write_bytes(data)
    print(f"wrote {argv[1]}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
