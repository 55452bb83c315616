"""Real fonts and image sizes for extracted cards: subset the font files a card loads into
``conformance/fonts/real/``, stand our pictures of the real ones' formats and sizes in
``conformance/assets/real/``, and point the card at them (dev tool; round seventeen's runs, README).

    python conformance/realcards/realfiles.py CARD.json [CARD.json ...]

``extract.mjs --real-fonts`` writes each font entry the card registers from its own repository (or from a
scratch font pool) as ``path: "real:/abs/file"``. This tool reads every such source, keeps the glyphs of
the characters the given cards use (all their strings: texts, ``alt``, everything) with every layout
feature, name and metric table, and writes one subset per source file (named by its file name and the
first 8 hex digits of its SHA-256, the source's format kept: TrueType, CFF or WOFF) to
``conformance/fonts/real/``, then rewrites the entries as ``../../fonts/real/NAME``. Give all the cards
(and their variants) that share a source in one run: a later run for the same source rewrites the subset
with the union of the characters it already maps and the new cards' ones.

Only freely licensed faces are written: the font's licence fields (name IDs 13 and 14) must name the SIL
Open Font License, Apache, Ubuntu Font licence or DejaVu's (Bitstream Vera) terms (``LICENSE-OFL.txt``,
``-Apache.txt`` and ``-DejaVu.txt`` stand next to the subsets; ``SOURCES.md`` lists each subset's family,
copyright line and licence). A card whose font is not freely
licensed is reported and left unchanged: swap in the nearest Noto face by hand and say so.

Pictures: ``extract.mjs --real-fonts`` writes a picture read from the card's repository (an ``<img>``
source, a data URI of its bytes, a ``url()``) as ``real-img:/abs/file``. Their content is the site's and is
never copied: an SVG becomes a generic drawing with the real root's ``width``, ``height`` and ``viewBox``;
a raster picture becomes a drawing of ramps and discs of its pixel size, in its format (PNG, JPEG, GIF,
WebP) and with an alpha channel when it has one (a disc for a square picture, a top-to-bottom ramp
otherwise), named ``img-WxH-HASH.EXT``. Dev tool: stdlib, fontTools and Pillow.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont

REAL = Path(__file__).resolve().parents[1] / "fonts" / "real"
ASSETS = Path(__file__).resolve().parents[1] / "assets"
IMG = re.compile(r"real-img:([^)\"']+)")
FREE = ("open font license", "scripts.sil.org/ofl", "openfontlicense.org", "apache license", "ubuntu font licence",
        "dejavu changes are in public domain")


def strings(node: Any, out: set[str]) -> set[str]:
    """Every character of every string in ``node`` (a card or any part of it), with the forms the card may
    draw that its strings do not spell: each text upper- and lower-cased (``textTransform``: a subset
    without the capitals made Next.js fetch them from Google Fonts, and the offline oracle drew the
    fallback; round twenty-one) and the ellipsis (``textOverflow``, ``lineClamp``)."""
    if isinstance(node, str):
        out.update(node)
        out.update(node.upper())
        out.update(node.lower())
        out.add("\u2026")
    elif isinstance(node, list):
        for item in node:
            strings(item, out)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key != "fonts":
                strings(value, out)
    return out


def licence(font: TTFont) -> str | None:
    """The font's licence words (name IDs 13, 14) if they name a free licence, else None."""
    names = font["name"]
    text = " ".join(str(rec.toUnicode()) for rec in names.names if rec.nameID in (13, 14)).strip()
    if any(word in text.lower() for word in FREE):
        return text
    # Google Fonts' web subsets of Noto Sans CJK drop the licence fields; their copyright line names
    # Source Han (Adobe's reserved font name), published under the OFL.
    if "Reserved Font Name 'Source'" in (names.getDebugName(0) or ""):
        return "SIL Open Font License, Version 1.1 (Source Han / Noto Sans CJK, licence fields dropped by a web subset)"
    return None


def subset_name(source: Path) -> str:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    return f"{source.stem}-{digest}{source.suffix.lower()}"


def write_subset(source: Path, chars: set[str], target: Path) -> None:
    font = TTFont(str(source))
    flavor = font.flavor  # woff stays woff (Satori reads woff, not woff2)
    cmap = font.getBestCmap()
    keep = {ord(ch) for ch in chars if ord(ch) in cmap} | {0x20}
    if target.is_file():  # a later run adds to what the subset already maps
        keep |= set(TTFont(str(target)).getBestCmap())
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.legacy_kern = True
    options.hinting = True
    options.recalc_bounds = False
    options.flavor = flavor
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(keep))
    subsetter.subset(font)
    font.flavor = flavor
    font.save(str(target))


def record(source: Path, target: Path, words: str) -> None:
    """One line of ``SOURCES.md`` per subset: family, copyright and licence words."""
    font = TTFont(str(target))
    family = font["name"].getDebugName(16) or font["name"].getDebugName(1) or "?"
    style = font["name"].getDebugName(17) or font["name"].getDebugName(2) or ""
    copyright_line = (font["name"].getDebugName(0) or "").replace("\n", " ")
    sources = REAL / "SOURCES.md"
    lines = sources.read_text(encoding="utf-8").splitlines() if sources.is_file() else [
        "# Real font subsets (`realfonts.py`)", "",
        "Subsets of freely licensed fonts that real cards load (round seventeen), made with fontTools'",
        "subsetter from the card's own file or the npm package noted (every layout feature, name and metric",
        "table kept). Licence: SIL Open Font License 1.1 (`LICENSE-OFL.txt`) unless the line says otherwise.",
        "", "| subset | family | style | copyright | licence |", "|---|---|---|---|---|"]
    row = f"| `{target.name}` | {family} | {style} | {copyright_line} | {words.splitlines()[0][:90]} |"
    lines = [line for line in lines if not line.startswith(f"| `{target.name}` |")] + [row]
    sources.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stand_in(source: Path) -> str:
    """Our picture in place of ``source`` (same format and size), written once; its file name."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    out_dir = ASSETS / "real"
    out_dir.mkdir(parents=True, exist_ok=True)
    if source.suffix.lower() == ".svg":
        text = source.read_text(encoding="utf-8", errors="replace")
        root = re.search(r"<svg\b[^>]*>", text, re.S)
        attrs = dict(re.findall(r'\s(width|height|viewBox)\s*=\s*["\']([^"\']*)["\']', root.group(0) if root else ""))
        box = [float(v) for v in re.split(r"[\s,]+", attrs.get("viewBox", "").strip()) if v] or [
            0.0, 0.0, float(re.sub(r"[^\d.]", "", attrs.get("width", "")) or 24),
            float(re.sub(r"[^\d.]", "", attrs.get("height", "")) or 24)]
        x, y, w, h = (box + [0.0, 0.0, 24.0, 24.0])[:4] if len(box) == 4 else (0.0, 0.0, 24.0, 24.0)
        head = " ".join(f'{k}="{v}"' for k, v in attrs.items())
        body = (f'<rect x="{x + w * 0.1:g}" y="{y + h * 0.1:g}" width="{w * 0.8:g}" height="{h * 0.8:g}" '
                f'rx="{min(w, h) * 0.2:g}" fill="#4f46e5"/>'
                f'<circle cx="{x + w / 2:g}" cy="{y + h / 2:g}" r="{min(w, h) * 0.25:g}" fill="#f59e0b"/>')
        name = f"img-svg-{digest}.svg"
        (out_dir / name).write_text(f'<svg xmlns="http://www.w3.org/2000/svg" {head}>{body}</svg>\n', encoding="utf-8")
        return name
    from PIL import Image, ImageDraw  # noqa: PLC0415 - dev only

    with Image.open(source) as real:
        size, fmt = real.size, (real.format or "PNG").upper()
        alpha = real.mode in ("RGBA", "LA", "PA") or (real.mode == "P" and "transparency" in real.info)
    # Smooth ramps and two flat discs: a picture of any size that compresses to a few kilobytes.
    ramp = Image.linear_gradient("L")
    picture = Image.merge("RGB", (ramp.resize(size), ramp.rotate(90).resize(size),
                                  Image.new("L", size, 150)))
    draw = ImageDraw.Draw(picture)
    w, h = size
    draw.ellipse((w * 0.15, h * 0.2, w * 0.45, h * 0.2 + w * 0.3), fill=(240, 200, 60))
    draw.ellipse((w * 0.55, h * 0.5, w * 0.9, h * 0.5 + w * 0.35), fill=(40, 60, 140))
    if alpha and fmt != "JPEG":
        mask = Image.new("L", size, 0)
        if size[0] == size[1]:
            ImageDraw.Draw(mask).ellipse((0, 0, size[0] - 1, size[1] - 1), fill=255)
        else:
            mask = Image.linear_gradient("L").resize(size)
        picture.putalpha(mask)
    ext = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}.get(fmt, "png")
    name = f"img-{size[0]}x{size[1]}-{digest}.{ext}"
    if ext == "gif":
        picture = picture.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE)
    picture.save(out_dir / name, quality=90) if ext == "jpg" else picture.save(out_dir / name)
    return name


def images(node: Any, made: dict[str, str]) -> Any:
    """``node`` with every ``real-img:`` reference pointed at its stand-in."""
    if isinstance(node, str):
        def swap(m: re.Match[str]) -> str:
            if m.group(1) not in made:
                made[m.group(1)] = stand_in(Path(m.group(1)))
            return f"../../assets/real/{made[m.group(1)]}"
        return IMG.sub(swap, node)
    if isinstance(node, list):
        return [images(item, made) for item in node]
    if isinstance(node, dict):
        return {key: images(value, made) for key, value in node.items()}
    return node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cards", nargs="+", type=Path)
    args = parser.parse_args(argv)
    REAL.mkdir(parents=True, exist_ok=True)
    docs = {path: json.loads(path.read_text(encoding="utf-8")) for path in args.cards}
    wanted: dict[Path, set[str]] = {}
    for doc in docs.values():
        chars = strings(doc, set())
        for entry in doc.get("fonts") or []:
            if str(entry.get("path", "")).startswith("real:"):
                wanted.setdefault(Path(entry["path"][5:]), set()).update(chars)
    done: dict[Path, str] = {}
    made: dict[str, str] = {}
    for source, chars in sorted(wanted.items()):
        try:
            font = TTFont(str(source))
        except Exception as exc:  # an LFS pointer, an HTML page saved as .ttf
            print(f"{source}: not a font ({exc}): left as is", file=sys.stderr)
            continue
        words = licence(font)
        if words is None:
            print(f"{source.name}: no free licence in its name table: left as is", file=sys.stderr)
            continue
        target = REAL / subset_name(source)
        write_subset(source, chars, target)
        record(source, target, words)
        done[source] = target.name
        print(f"{target.name}: {target.stat().st_size} bytes")
    for path, doc in docs.items():
        for entry in doc.get("fonts") or []:
            source = Path(str(entry.get("path", ""))[5:])
            if str(entry.get("path", "")).startswith("real:") and source in done:
                entry["path"] = f"../../fonts/real/{done[source]}"
        doc = images(doc, made)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
