"""Build pureog's emoji packs: one compact file per emoji set, read lazily by :mod:`pureog.text.emoji_pack`.

Role: emoji SVGs from the very npm / GitHub sources Next.js fetches them from -> one ``.bin`` pack.
Two sources:

* ``iconify``: ``icons.json`` + ``chars.json`` of ``@iconify-json/twemoji@1.1.15`` (Twitter's Twemoji
  14.0.2 graphics, CC-BY 4.0, as optimised SVG *bodies* on a 36 x 36 grid) -> ``pureog/text/data/twemoji.bin``,
  the bundled default. Codes are the Twemoji file names without ``fe0f``; readers match leniently.
* ``files``: a directory of whole SVG files named as Next.js requests them (``1F600.svg``,
  ``1F469-200D-1F4BB.svg``: ``@svgmoji/openmoji`` 2.0.0, ``@svgmoji/blob`` 2.0.0, the svgmoji repository's
  ``packages/svgmoji__noto/svg``) -> the optional ``packages/pureog-emoji-*`` data packages. Files are
  stored byte for byte under their lower-cased names, and readers match names *exactly*, so a grapheme
  whose file Next would not find (keycaps named ``0023-FE0F-20E3``) is not found here either. Names that
  are not code points (``CA-MB.svg``, ``1F60A - KOPIE.svg``) can never be requested and are left out.

Pack layout (all integers little-endian):

* ``b"PUREOG-EMOJI\\x01"`` magic, then ``u32`` length + zlib-compressed JSON index:
  ``{"name", "version", "width", "height", "documents", "exact", "blocks": [[offset, size], ...],
  "codes": {code: [block, start, end]}}``; ``documents`` says whether entries are whole SVG files
  (else bodies to wrap in a ``width`` x ``height`` ``<svg>``), ``exact`` whether names match exactly;
* then the blocks: each an XZ stream of SVG entries in code order (skin-tone variants sit together, which
  XZ likes), so one emoji costs one small block's decompression, not the whole set's.

Usage (each command rebuilds the committed pack byte for byte)::

    npm pack @iconify-json/twemoji@1.1.15 && mkdir x && tar xzf iconify-json-twemoji-1.1.15.tgz -C x
    python tools/gen_emoji_pack.py x/package pureog/text/data/twemoji.bin

    # svgmoji: the GitHub repository svgmoji/svgmoji (npm has @svgmoji/* 3.x only, without svg/ files)
    git -C svgmoji archive v2.0.0 packages/svgmoji__openmoji/svg | tar x
    python tools/gen_emoji_pack.py --files packages/svgmoji__openmoji/svg \
        packages/pureog-emoji-openmoji/pureog_emoji_openmoji/openmoji.bin --size 72 72 \
        --name OpenMoji --version "@svgmoji/openmoji 2.0.0 (svgmoji repository tag v2.0.0)"
    # blobmoji: the same from tag v2.0.0, packages/svgmoji__blob/svg, --name Blobmoji
    #   --version "@svgmoji/blob 2.0.0 (svgmoji repository tag v2.0.0)" (default --size 128 128)
    # noto: tag v3.2.0 (= main, fb4bf0c2), packages/svgmoji__noto/svg, --name "Noto Emoji" --version
    #   "svgmoji repository main = tag v3.2.0 (fb4bf0c2), packages/svgmoji__noto/svg"

    # Fluent: the GitHub repository shuding/fluentui-emoji-unicode at 7a40f1a2 (its main branch)
    git -C fluentui-emoji-unicode archive 7a40f1a2 assets | tar x
    python tools/gen_emoji_pack.py --files assets --suffix _flat \
        packages/pureog-emoji-fluent-flat/pureog_emoji_fluent_flat/fluentFlat.bin --name "Fluent Emoji (flat)" \
        --version "shuding/fluentui-emoji-unicode main (7a40f1a2, 2023-04-08), assets/<code>_flat.svg"
    # fluent: --suffix _color, fluent.bin, --name "Fluent Emoji (color)", "..._color.svg" (~3 minutes)

Dev tool: standard library only.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import struct
import zlib
from pathlib import Path

MAGIC = b"PUREOG-EMOJI\x01"
BLOCK = 128
"""Entries per block of the Twemoji pack (kept: the bundled pack stays byte-identical)."""
BLOCK_BYTES = 1 << 20
"""Raw bytes per block of a ``files`` pack: whole SVGs are 2-20 KB, and 1 MiB blocks compress ~20 %
better than 256 KiB ones while one still decompresses in ~10 ms."""
_CODE_NAME = re.compile(r"[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+)*")


def _code_key(code: str) -> list[int]:
    return [int(p, 16) for p in code.split("-")]


def iconify_entries(package_dir: Path) -> tuple[dict[str, bytes], dict[str, object]]:
    """The Twemoji bodies of an ``@iconify-json/twemoji`` package, by code without ``fe0f``."""
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

    bodies: dict[str, bytes] = {}
    for code, name in chars.items():
        target = resolve(name)
        if target in icons:
            parts = [f"{int(p, 16):x}" for p in code.split("-")]
            bodies["-".join(p for p in parts if p != "fe0f")] = icons[target]["body"].encode("utf-8")
    header: dict[str, object] = {
        "name": "Twemoji",
        "version": "14.0.2 (via @iconify-json/twemoji 1.1.15)",
        "width": int(icons_doc.get("width", 36)),
        "height": int(icons_doc.get("height", 36)),
    }
    return bodies, header


def file_entries(svg_dir: Path, suffix: str = "") -> dict[str, bytes]:
    """Every ``<code><suffix>.svg`` of ``svg_dir`` byte for byte, by lower-cased code (FE0F and zeros kept)."""
    entries: dict[str, bytes] = {}
    for path in sorted(svg_dir.glob(f"*{suffix}.svg")):
        code = path.stem[: len(path.stem) - len(suffix)]
        if _CODE_NAME.fullmatch(code):
            entries[code.lower()] = path.read_bytes()
    return entries


def pack(entries: dict[str, bytes], header: dict[str, object], *, by_bytes: bool) -> bytes:
    """The pack file of ``entries`` (code -> SVG bytes) with ``header``'s descriptive fields."""
    codes = sorted(entries, key=_code_key)
    chunks: list[list[str]] = []
    for code in codes:
        full = chunks and (
            sum(len(entries[c]) for c in chunks[-1]) >= BLOCK_BYTES if by_bytes else len(chunks[-1]) >= BLOCK
        )
        if not chunks or full:
            chunks.append([])
        chunks[-1].append(code)
    blocks: list[bytes] = []
    index: dict[str, list[int]] = {}
    for chunk in chunks:
        text = bytearray()
        for code in chunk:
            index[code] = [len(blocks), len(text), len(text) + len(entries[code])]
            text += entries[code]
        blocks.append(lzma.compress(bytes(text), preset=9 | lzma.PRESET_EXTREME))
    offsets: list[list[int]] = []
    position = 0
    for block in blocks:
        offsets.append([position, len(block)])
        position += len(block)
    meta = {**header, "blocks": offsets, "codes": index}
    packed_index = zlib.compress(json.dumps(meta, separators=(",", ":"), sort_keys=True).encode(), 9)
    return MAGIC + struct.pack("<I", len(packed_index)) + packed_index + b"".join(blocks)


def build(package_dir: Path) -> bytes:
    """The bundled Twemoji pack from an ``@iconify-json/twemoji`` package directory."""
    bodies, header = iconify_entries(package_dir)
    return pack(bodies, header, by_bytes=False)


def build_files(svg_dir: Path, name: str, version: str, width: int, height: int, suffix: str = "") -> bytes:
    """An exact-name pack of whole SVG files (the optional emoji sets)."""
    header: dict[str, object] = {
        "name": name, "version": version, "width": width, "height": height, "documents": True, "exact": True,
    }
    return pack(file_entries(svg_dir, suffix), header, by_bytes=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a pureog emoji pack.")
    parser.add_argument("source", type=Path, help="@iconify-json/twemoji package dir, or with --files an SVG dir")
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", action="store_true", help="source is a directory of <CODE>.svg files")
    parser.add_argument("--name", default="", help="set name recorded in the pack (--files)")
    parser.add_argument("--version", default="", help="source and version recorded in the pack (--files)")
    parser.add_argument("--size", type=int, nargs=2, default=(128, 128), metavar=("W", "H"),
                        help="the SVGs' viewBox size, informative (--files)")
    parser.add_argument("--suffix", default="", help="file names end <code><SUFFIX>.svg, e.g. _flat (--files)")
    args = parser.parse_args(argv)
    if args.files:
        data = build_files(args.source, args.name, args.version, *args.size, suffix=args.suffix)
    else:
        data = build(args.source)
    args.out.write_bytes(data)
    print(f"wrote {args.out}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
