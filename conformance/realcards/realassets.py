"""Real cards with real assets: the ``cards-real`` structures re-assembled with real fonts, logos, icons,
photos and texts, and asset "showcase" cards, drawn by Next.js and pureog and scored (dev tool).

The committed corpus is de-identified (Geist faces, our assets, generic logo shapes); this tool puts the
real kinds back, locally, from a *pool* directory that is never committed (licences vary)::

    python conformance/realcards/realassets.py pool POOL --npm NODE_MODULES --images IMG_DIR
    python conformance/realcards/realassets.py cards POOL --seed 2 [--count 215]
    python conformance/realcards/realassets.py showcase POOL --seed 1000 [--count 120]
    python conformance/realcards/realassets.py score POOL 'r2_*.json'      # references + scores

``pool`` needs a ``node_modules`` where ``npm install @fontsource/<family> ... simple-icons devicon
flag-icons lucide-static super-tiny-icons`` was run (fonts: the latin ``.woff`` of every weight and style,
plus a TTF of latin + latin-ext merged with fontTools as a full Google Fonts TTF carries both; logos and
icons as SVG files) and a directory of images whose names start with their role: ``photo-*``,
``avatar-*``, ``logo-*`` (make them in the encodings to test: progressive, 4:2:0/4:4:4, greyscale, EXIF
orientation JPEGs; 16-bit, interlaced, palette+tRNS, grey+alpha PNGs; a CMYK JPEG draws nothing in Next,
a listed difference). System font files can be added with ``--font FAMILY=GLOB`` (``Inter|otf=
/usr/share/fonts/opentype/inter/Inter-*.otf``).

``cards`` rewrites every case of ``conformance/cases/cards-real``: each font entry becomes a real family's
nearest face, ``logo.svg`` a real logo (file, base64 / percent-encoded / UTF-8 data URI, a raster logo, or
inline JSX ``<svg>``), ``avatar.png``/``photo.*`` real pictures, generic logo paths a real icon path scaled
into the same box, texts real-looking titles of about the same length (punctuation, quotes, dashes,
accents, NFD marks, long words, numbers, emoji, Cyrillic/Greek/Vietnamese). ``showcase`` builds 1200x630
cards that carry many assets each (icons in every way a card embeds them, avatars with radii and
objectFit, covers, background photos). Documents land in ``POOL/docs/``; ``score`` draws the references
(batched, cached by job hash) and prints pass/fail per document with the assets it carries.

Dev tool: stdlib, PyYAML and fontTools (pool), pureog and the oracle helpers (score).
"""

from __future__ import annotations

import argparse
import base64
import glob
import json
import random
import re
import shutil
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "conformance" / "cases" / "cards-real"

TITLES = [
    "How we cut our build times by 73% — and what we learned", "Next.js 16: what’s new in the App Router?",
    "“Ship it” isn’t a strategy: a post-mortem", "Internationalization without tears (i18n, l10n & friends)",
    "Crème brûlée, jalapeño & açaí: a café menu in Zürich", "Why I moved from Kubernetes to a single $5/month VPS",
    "The 10,000-hour rule is wrong — here's why", "Building a real-time dashboard with WebSockets 🚀",
    "Ünïcödé is hard: naïve string handling in 2026", "Q4 2026 Product Update: 12 new features ✨",
    "Don’t @ me: tabs vs. spaces, settled", "From 0 → 1M users: scaling Postgres on a budget",
    "Désolé, c'est l'été — notes from Montréal", "Antidisestablishmentarianism and other long words",
    "Release v2.14.0-beta.3 is out 🎉", "Åsa Øvergård on design systems at Spotify",
    "What's the deal with `useEffect`?", "Łódź, Kraków & Gdańsk: a developer’s tour",
    "Typography matters… more than you think", "Meet the team: Zoë, Björn and François 👋",
    "Привет, мир! Как мы перешли на Next.js", "Tiếng Việt: hướng dẫn lập trình cho người mới",
    "Ελληνικά: οδηγός για προγραμματιστές", "Cafe\u0301 de\u0301ja\u0300 vu: NFD text in the wild",
    "🇺🇸 🇩🇪 🇯🇵 Going global with 3 new regions", "👩‍💻 Women in tech: 2026 report 👨🏽‍🚀",
    "Pricing: $0 → $29/mo (½ off, ©2026 Acme™)", "https://github.com/vercel/next.js/discussions/12345",
    "Super\u00adcalifragilistic\u00adexpialidocious soft-hyphen test",
    "Tabs\tand non\u2011breaking\u00a0spaces — ✓ done ★★★★☆",
]
SHORT = ["Blog", "Docs", "v2.14.0", "Jan 5, 2026", "5 min read", "@vercel", "acme.dev", "Engineering", "★ 4.8",
         "$49.99", "Open Source", "Guide", "Changelog", "#typescript", "Zoë Müller", "12.3k stars", "New!",
         "1️⃣ Step one", "✅ Verified", "→", "№ 42", "😀", "→ Read more", "José García", "🔥 Trending"]
DESC = [
    "A deep dive into server components, streaming and the edge runtime — with benchmarks, caveats and a few "
    "surprises along the way.",
    "We rewrote our image pipeline in Rust. Here’s what happened to latency (p99: 420 ms → 38 ms) and to our sanity.",
    "Learn how to build accessible, beautiful Open Graph images that look great on X, LinkedIn, Slack & Discord.",
    "Everything you need to know about “cache invalidation”, one of the two hard things in computer science.",
]
CJK = {"Noto Sans JP": ("noto-sans-jp", "ブログ記事の書き方：初心者向けガイド"),
       "Noto Sans KR": ("noto-sans-kr", "개발자를 위한 블로그 가이드"),
       "Noto Sans SC": ("noto-sans-sc", "开发者博客：如何构建高性能的网站")}
ICON_SETS = {"devicon": "devicon/icons/*/*-original.svg", "flag": "flag-icons/flags/4x3/*.svg",
             "lucide": "lucide-static/icons/*.svg", "tiny": "super-tiny-icons/images/svg/*.svg",
             "simple": "simple-icons/icons/*.svg"}


# --------------------------------------------------------------------------- the pool


def build_pool(pool: Path, npm: Path, images: Path | None, extra_fonts: list[str]) -> None:
    from fontTools.merge import Merger  # noqa: PLC0415
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    for sub in ("fonts", "img", "svgs", "docs"):
        (pool / sub).mkdir(parents=True, exist_ok=True)
    fonts: dict[str, list[dict[str, Any]]] = {}

    def add(family: str, weight: int, style: str, src: Path, name: str) -> None:
        shutil.copy(src, pool / "fonts" / name)
        fonts.setdefault(family, []).append({"weight": weight, "style": style, "path": f"fonts/{name}"})

    def merge(parts: list[Path], out: Path) -> bool:
        plain = []
        for i, part in enumerate(parts):
            font = TTFont(part)
            font.flavor = None
            plain.append(str(pool / f"_part{i}.ttf"))
            font.save(plain[-1])
        try:
            Merger().merge(plain).save(out)
            return True
        except Exception as exc:  # noqa: BLE001 - a family fontTools cannot merge is left out
            print(f"merge failed: {out.name}: {exc}", file=sys.stderr)
            return False

    for fam_dir in sorted((npm / "@fontsource").glob("*")):
        pkg = fam_dir.name
        family = json.loads((fam_dir / "metadata.json").read_text())["family"]
        if pkg in {c[0] for c in CJK.values()}:
            text = next(t for p, t in CJK.values() if p == pkg)
            for weight in (400, 700):
                need = set(map(ord, text + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?-"))
                chosen = []
                for f in sorted((fam_dir / "files").glob(f"{pkg}-*-{weight}-normal.woff")):
                    cmap = set(TTFont(f).getBestCmap())
                    if need & cmap:
                        chosen.append(f)
                        need -= cmap
                out = pool / "fonts" / f"{pkg}-{weight}.ttf"
                if merge(chosen, out):
                    fonts.setdefault(f"{family}|cjk", []).append(
                        {"weight": weight, "style": "normal", "path": f"fonts/{out.name}"})
            continue
        for f in sorted((fam_dir / "files").glob(f"{pkg}-latin-*-*.woff")):
            parts = f.stem.split("-")
            if parts[-3] == "ext":
                continue
            weight, style = int(parts[-2]), parts[-1]
            add(f"{family}|latin", weight, style, f, f.name)
            ext = f.with_name(f.name.replace("-latin-", "-latin-ext-"))
            if ext.exists() and weight in (400, 600, 700):
                out = pool / "fonts" / f"{pkg}-full-{weight}-{style}.ttf"
                if merge([f, ext], out):
                    fonts.setdefault(f"{family}|full", []).append(
                        {"weight": weight, "style": style, "path": f"fonts/{out.name}"})
    weights = {"Thin": 100, "ExtraLight": 200, "Light": 300, "Regular": 400, "Medium": 500, "SemiBold": 600,
               "Semibold": 600, "Bold": 700, "ExtraBold": 800, "Black": 900, "Italic": 400}
    for spec in extra_fonts:
        family, pattern = spec.split("=", 1)
        for font_file in sorted(glob.glob(pattern)):
            stem = Path(font_file).stem.split("-", 1)[-1]
            style = "italic" if stem.endswith("Italic") else "normal"
            base = stem[:-6] if stem.endswith("Italic") and stem != "Italic" else stem
            if base in weights:
                add(family, weights[base], style, Path(font_file), Path(font_file).name)
    (pool / "fonts.json").write_text(json.dumps(fonts, indent=1))
    rng = random.Random(5)
    svgs: dict[str, list[str]] = {}
    for kind, pattern in ICON_SETS.items():
        files = sorted(glob.glob(str(npm / pattern)))
        rng.shuffle(files)
        for svg_file in files[:60]:
            name = f"{kind}-{Path(svg_file).name}"
            shutil.copy(svg_file, pool / "svgs" / name)
            svgs.setdefault(kind, []).append(f"svgs/{name}")
    (pool / "svgs.json").write_text(json.dumps(svgs, indent=1))
    found: dict[str, list[str]] = {"photo": [], "avatar": [], "logo": []}
    for f in sorted(images.iterdir()) if images else []:
        role = f.name.split("-", 1)[0]
        if role in found:
            shutil.copy(f, pool / "img" / f.name)
            found[role].append(f"img/{f.name}")
    (pool / "images.json").write_text(json.dumps(found, indent=1))
    for part in pool.glob("_part*.ttf"):
        part.unlink()
    print(f"{len(fonts)} families, {sum(map(len, svgs.values()))} SVGs, {sum(map(len, found.values()))} images")


class Pool:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.fonts: dict[str, list[dict[str, Any]]] = json.loads((path / "fonts.json").read_text())
        self.svgs: dict[str, list[str]] = json.loads((path / "svgs.json").read_text())
        self.images: dict[str, list[str]] = json.loads((path / "images.json").read_text())

    def face(self, family: str, weight: int, style: str) -> str:
        faces = self.fonts[family]
        same = [f for f in faces if f["style"] == style] or faces
        return "../" + str(min(same, key=lambda f: (abs(f["weight"] - weight), f["weight"]))["path"])

    def families(self) -> list[str]:
        return sorted(f for f in self.fonts if not f.endswith("|cjk"))

    def svg(self, rng: random.Random) -> tuple[str, str]:
        path = rng.choice(self.svgs[rng.choice(sorted(self.svgs))])
        return path, (self.path / path).read_text(encoding="utf-8")

    def image(self, role: str, rng: random.Random) -> str:
        return "../" + rng.choice(self.images.get(role) or self.images["photo"])


# --------------------------------------------------------------------------- assets into trees


def real_text(orig: str, rng: random.Random) -> str:
    n = len(orig)
    if n <= 2 or not re.search(r"[A-Za-z]", orig):
        return orig
    pool = SHORT if n <= 16 else TITLES if n <= 70 else DESC
    text = rng.choice(sorted(pool, key=lambda t: abs(len(t) - n))[:4])
    if orig.isupper():
        text = text.upper()
    return orig[: len(orig) - len(orig.lstrip())] + text + orig[len(orig.rstrip()):]


def svg_data_uri(text: str, how: str) -> str:
    if how == "base64":
        return "data:image/svg+xml;base64," + base64.b64encode(text.encode()).decode()
    if how == "encoded":
        return "data:image/svg+xml," + urllib.parse.quote(text)
    return "data:image/svg+xml;utf8," + text.replace('"', "'").replace("#", "%23")


def _camel(key: str) -> str | None:
    if key.startswith("{"):
        ns, key = key[1:].split("}")
        if "xlink" in ns:
            return "xlinkHref" if key == "href" else None
    if key == "class" or key.startswith(("xmlns", "data-")):
        return None
    first, *rest = key.split("-")
    return first + "".join(p[:1].upper() + p[1:] for p in rest)


def svg_to_jsx(text: str) -> dict[str, Any]:
    """An SVG file as the JSX tree a card would paste (camelCase attributes, style objects)."""
    def convert(el: ET.Element) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for key, value in el.attrib.items():
            name = _camel(key)
            if name == "style":
                props["style"] = {_camel(a.strip()): b.strip() for a, _, b in
                                  (d.partition(":") for d in value.split(";") if ":" in d)}
            elif name:
                props[name] = value
        kids = [convert(c) for c in el if c.tag.split("}")[-1] not in ("title", "desc", "metadata")]
        if kids:
            props["children"] = kids if len(kids) > 1 else kids[0]
        return {"type": el.tag.split("}")[-1], "props": props}
    return convert(ET.fromstring(text))


def logo_source(pool: Pool, rng: random.Random, notes: set[str]) -> str:
    how = rng.choice(["file", "base64", "encoded", "utf8", "raster"])
    if how == "raster" and pool.images.get("logo"):
        notes.add("raster-logo")
        return pool.image("logo", rng)
    path, text = pool.svg(rng)
    notes.add(f"logo:{Path(path).stem}:{how}")
    return "../" + path if how in ("file", "raster") else svg_data_uri(text, how)


_GENERIC = re.compile(r"^M(-?[\d.]+) (-?[\d.]+)C(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+)"
                      r"L(-?[\d.]+) (-?[\d.]+)H")


def _real_path(props: dict[str, Any], pool: Pool, rng: random.Random, notes: set[str]) -> None:
    """extract.mjs's generic logo shape -> a real single-path icon over the same box."""
    m = _GENERIC.match(str(props.get("d", "")))
    simple = pool.svgs.get("simple")
    if not m or not simple:
        return
    cx, y0, x1, y1 = float(m[1]), float(m[2]), float(m[3]), float(m[10])
    x0 = 2 * cx - x1
    path = rng.choice(simple)
    d = re.search(r' d="([^"]+)"', (pool.path / path).read_text())
    if d is None:
        return
    scale = min(x1 - x0, y1 - y0) / 24
    props["d"] = d.group(1)
    props["transform"] = (f"translate({x0 + (x1 - x0 - 24 * scale) / 2:.3f} {y0 + (y1 - y0 - 24 * scale) / 2:.3f}) "
                          f"scale({scale:.4f})")
    notes.add(f"svgpath:{Path(path).stem}")


def _walk(node: Any, pool: Pool, rng: random.Random, notes: set[str], in_svg: bool = False) -> Any:
    if isinstance(node, list):
        return [_walk(n, pool, rng, notes, in_svg) for n in node]
    if isinstance(node, str):
        return node if in_svg else real_text(node, rng)
    if not isinstance(node, dict):
        return node
    props = dict(node.get("props") or {})
    tag = node.get("type")
    svg = in_svg or tag == "svg"
    if tag == "path" and svg:
        _real_path(props, pool, rng, notes)
    src = props.get("src")
    if tag == "img" and isinstance(src, str) and "../../assets/" in src:
        if src.endswith("logo.svg"):
            if rng.random() < 0.2 and "width" in props:
                path, text = pool.svg(rng)
                notes.add(f"inline:{Path(path).stem}")
                tree = svg_to_jsx(text)
                tree["props"].update({k: v for k, v in props.items() if k in ("width", "height", "style")})
                return tree
            props["src"] = logo_source(pool, rng, notes)
        else:
            props["src"] = pool.image("avatar" if "avatar" in src else "photo", rng)
            notes.add("img:" + Path(props["src"]).name)
    style = props.get("style")
    if isinstance(style, dict):
        props["style"] = {k: re.sub(r"url\((['\"]?)\.\./\.\./assets/([^)'\"]+)\1\)",
                                    lambda m: f"url({pool.image('photo', rng)})", v) if isinstance(v, str) else v
                          for k, v in style.items()}
    if "children" in props:
        props["children"] = _walk(props["children"], pool, rng, notes, svg)
    return {**node, "props": props}


def assemble(case: Path, pool: Pool, seed: int) -> tuple[dict[str, Any], list[str]]:
    rng = random.Random(f"{seed}:{case.stem}")
    doc = yaml.safe_load(case.read_text(encoding="utf-8"))
    doc.pop("case", None)
    notes: set[str] = set()
    fonts: list[dict[str, Any]] = []
    if doc.get("fonts"):
        chosen = {name: rng.choice(pool.families()) for name in sorted({f["name"] for f in doc["fonts"]})}
        for f in doc["fonts"]:
            family = chosen[f["name"]]
            if f.get("path", "").endswith("GeistMono-Regular.ttf"):
                family = rng.choice([x for x in pool.families() if "Mono" in x] or [family])
            notes.add("font:" + family)
            fonts.append({**f, "path": pool.face(family, int(f.get("weight", 400)), f.get("style", "normal"))})
    elif rng.random() < 0.6:
        family = rng.choice(pool.families())
        fonts = [{"name": family.split("|")[0], "path": pool.face(family, w, "normal"), "weight": w,
                  "style": "normal"} for w in (400, 700)]
        doc["element"].setdefault("props", {}).setdefault("style", {})["fontFamily"] = family.split("|")[0]
        notes.add("font:" + family)
    cjk_text = None
    cjk = [f for f in pool.fonts if f.endswith("|cjk")]
    if fonts and cjk and rng.random() < 0.15:
        family = rng.choice(sorted(cjk))
        fonts += [{"name": family.split("|")[0], "path": pool.face(family, w, "normal"), "weight": w,
                   "style": "normal"} for w in (400, 700)]
        cjk_text = CJK.get(family.split("|")[0], ("", ""))[1]
        notes.add("font:" + family)
    if fonts:
        doc["fonts"] = fonts
    doc["element"] = _walk(doc["element"], pool, rng, notes)
    if cjk_text:
        _longest_text(doc["element"], cjk_text)
    return doc, sorted(notes)


def _longest_text(root: Any, text: str) -> None:
    best: list[Any] = [None, 0]

    def find(n: Any) -> None:
        if isinstance(n, list):
            for x in n:
                find(x)
        elif isinstance(n, dict) and n.get("type") != "svg":
            kids = (n.get("props") or {}).get("children")
            if isinstance(kids, str) and len(kids) > best[1]:
                best[0], best[1] = n, len(kids)
            find(kids)
    find(root)
    if best[0] is not None:
        best[0]["props"]["children"] = text


def _icon(pool: Pool, rng: random.Random, size: int, notes: list[str]) -> dict[str, Any]:
    path, text = pool.svg(rng)
    how = rng.choice(["file", "base64", "encoded", "jsx", "jsx-color", "bg", "bgfile", "mask", "file-nosize"])
    notes.append(f"{how}:{Path(path).stem}")
    if how.startswith("jsx"):
        tree = svg_to_jsx(text)
        tree["props"].update(width=size, height=size)
        if how == "jsx-color":
            tree["props"]["style"] = {"color": rng.choice(["#22c55e", "rgb(99 102 241)", "hsl(350, 80%, 60%)"])}
        return tree
    src = "../" + path if how in ("file", "bgfile", "file-nosize") else svg_data_uri(
        text, "base64" if how == "base64" else "encoded")
    if how == "mask":
        return {"type": "div", "props": {"style": {"width": size, "height": size, "display": "flex",
                "backgroundColor": rng.choice(["#f43f5e", "currentColor"]), "maskImage": f"url({src})",
                "maskSize": "100% 100%", "maskRepeat": "no-repeat"}}}
    if how.startswith("bg"):
        return {"type": "div", "props": {"style": {"width": size, "height": size, "display": "flex",
                "backgroundImage": f"url({src})", "backgroundRepeat": "no-repeat",
                "backgroundSize": rng.choice(["contain", "100% 100%", f"{size}px {size}px"])}}}
    if how == "file-nosize":
        return {"type": "img", "props": {"src": src, "style": {"height": size}}}
    return {"type": "img", "props": {"src": src, "width": size, "height": size}}


def showcase(pool: Pool, seed: int) -> tuple[dict[str, Any], list[str]]:
    rng = random.Random(seed)
    notes: list[str] = []
    family = rng.choice(pool.families())
    name = family.split("|")[0]
    heavy = rng.choice([500, 600, 700, 800, 900])
    fonts = [{"name": name, "path": pool.face(family, w, "normal"), "weight": w, "style": "normal"}
             for w in (400, heavy)]
    notes.append("font:" + family)
    fg, bg = rng.choice([("#fafafa", "#0a0a0a"), ("#111827", "#ffffff")])
    root: dict[str, Any] = {"width": "100%", "height": "100%", "display": "flex", "flexDirection": "column",
                            "padding": rng.choice([48, 64, 80]), "fontFamily": name, "color": fg, "background": bg,
                            "justifyContent": "space-between"}
    if rng.random() < 0.3:
        root.update(backgroundImage=f"url({pool.image('photo', rng)})", color="#ffffff",
                    backgroundSize=rng.choice(["cover", "1200px 630px", "100% 100%"]))
    title = rng.choice(TITLES) + (" " + rng.choice(TITLES) if rng.random() < 0.3 else "")
    wrap: dict[str, Any] = rng.choice([
        {}, {}, {"lineClamp": 2}, {"textWrap": "balance"}, {"textTransform": "uppercase"},
        {"textOverflow": "ellipsis", "whiteSpace": "nowrap", "overflow": "hidden", "display": "block"}])
    avatars = []
    for _ in range(rng.randint(2, 5)):
        size = rng.choice([48, 64, 96, 128])
        src = pool.image(rng.choice(["avatar", "avatar", "logo", "photo"]), rng)
        notes.append("av:" + Path(src).name)
        avatars.append({"type": "img", "props": {"src": src, "width": size, "height": size, "style": {
            "borderRadius": rng.choice(["50%", 12, 9999, 0]), "objectFit": rng.choice(["cover", "contain", "fill"]),
            "border": rng.choice(["none", "3px solid white", "2px solid #e5e7eb"])}}})
    children: list[Any] = [
        {"type": "div", "props": {"style": {"display": "flex", "alignItems": "center", "gap": 16, "fontSize": 28,
                                            "fontWeight": heavy},
                                  "children": [_icon(pool, rng, rng.choice([32, 48, 56]), notes),
                                               {"type": "span", "props": {"children": rng.choice(SHORT)}}]}},
        {"type": "div", "props": {"style": {"display": "flex", "fontSize": rng.choice([44, 56, 64, 72]),
                                            "fontWeight": heavy, "lineHeight": rng.choice([1.1, 1.2, 1.3]),
                                            "letterSpacing": rng.choice([0, "-0.02em", "-1px"]),
                                            "maxWidth": rng.choice([1000, 760, 640]), **wrap}, "children": title}},
        {"type": "div", "props": {"style": {"display": "flex", "fontSize": 26, "opacity": 0.8, "maxWidth": 900},
                                  "children": rng.choice(DESC)}},
        {"type": "div", "props": {"style": {"display": "flex", "justifyContent": "space-between",
                                            "alignItems": "center"}, "children": [
            {"type": "div", "props": {"style": {"display": "flex", "gap": 12, "alignItems": "center"},
                                      "children": avatars}},
            {"type": "div", "props": {"style": {"display": "flex", "gap": 20, "alignItems": "center"},
                                      "children": [_icon(pool, rng, rng.choice([24, 32, 48, 64]), notes)
                                                   for _ in range(rng.randint(3, 7))]}}]}},
    ]
    if rng.random() < 0.35:
        src = pool.image("photo", rng)
        notes.append("cover:" + Path(src).name)
        children.append({"type": "img", "props": {"src": src, "width": 360, "height": 500, "style": {
            "position": "absolute", "right": 40, "top": 65, "borderRadius": 24,
            "objectFit": rng.choice(["cover", "contain"])}}})
    return {"width": 1200, "height": 630, "fonts": fonts,
            "element": {"type": "div", "props": {"style": root, "children": children}}}, notes


# --------------------------------------------------------------------------- scoring


def score(pool: Path, pattern: str) -> int:
    sys.path.insert(0, str(REPO))
    from conformance.paintgen import driver  # noqa: PLC0415

    docs = pool / "docs"
    paths = sorted(p for p in docs.glob(pattern) if not p.name.startswith("meta"))
    errors = driver.draw_references(paths)
    notes: dict[str, Any] = {}
    for meta in docs.glob("meta*.json"):
        notes.update(json.loads(meta.read_text(encoding="utf-8")))
    counts: dict[str, int] = {}
    for path in paths:
        if path in errors:
            status, line = "oracle-error", errors[path][:160].replace("\n", " ")
        else:
            status, psnr, off, reason = driver.render_and_score(str(path))
            line = f"{psnr:.1f} dB, {off * 100:.2f} % off {reason}"
        counts[status] = counts.get(status, 0) + 1
        if status != "pass":
            print(f"{status:12} {path.name}: {line}\n    {' '.join(notes.get(path.name, []))}")
    print(json.dumps(counts))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["pool", "cards", "showcase", "score"])
    parser.add_argument("pool", type=Path, help="the pool directory (inside the repository: the oracle's root)")
    parser.add_argument("pattern", nargs="?", default="*.json", help="score: which documents")
    parser.add_argument("--npm", type=Path, help="pool: a node_modules with the font and icon packages")
    parser.add_argument("--images", type=Path, help="pool: a directory of photo-*, avatar-*, logo-* images")
    parser.add_argument("--font", action="append", default=[], help="pool: FAMILY=GLOB of more font files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=0)
    args = parser.parse_args(argv)
    args.pool = args.pool.resolve()  # render.mjs runs in the oracle's directory: references need full paths
    if args.command == "pool":
        build_pool(args.pool, args.npm, args.images, args.font)
        return 0
    if args.command == "score":
        return score(args.pool, args.pattern)
    pool = Pool(args.pool)
    out = args.pool / "docs"
    out.mkdir(exist_ok=True)
    meta: dict[str, Any] = {}
    if args.command == "cards":
        cases = sorted(CASES.glob("*.yaml"))
        random.Random(args.seed).shuffle(cases)
        for case in cases[: args.count or None]:
            doc, notes = assemble(case, pool, args.seed)
            name = f"r{args.seed}_{case.stem}.json"
            (out / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            meta[name] = notes
    else:
        for seed in range(args.seed, args.seed + (args.count or 120)):
            doc, notes = showcase(pool, seed)
            name = f"s{seed:05d}.json"
            (out / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            meta[name] = notes
    (out / f"meta-{args.command}-{args.seed}.json").write_text(json.dumps(meta, indent=0, ensure_ascii=False))
    print(f"{len(meta)} documents in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
