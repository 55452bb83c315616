"""layoutgen10's vocabulary: canvases, faces, the text of real cards, small images, and the ``tw`` dialect.

Role: the tables :class:`conformance.layout.generate_layoutgen10.Author` draws from (titles, names,
dates, URLs, badges, tags, stats, emoji, Figma's fractional pixels), the images it inlines (PNGs made
here, SVG data URIs), the element constructor it writes every node with, and :func:`tailwind`, which
turns a style into Satori's ``tw`` classes the way shadcn authors type them. Standard library only.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib
from typing import Any

CANVASES = ((1200, 630), (1200, 630), (1200, 600), (800, 418), (1080, 1080), (1600, 900))
# the faces a card project ships: a display sans in five weights (one a WOFF) and italic, a body face, a
# mono, CJK and Hangul (no variable font: Next throws on one, a listed difference)
FACES = [
    {"name": "Geist", "path": "pureog/fonts/Geist-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "pureog/fonts/Geist-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Roboto", "path": "conformance/fonts/Roboto-Bold.ttf", "weight": 700, "style": "normal"},
    {"name": "Geist Mono", "path": "conformance/fonts/GeistMono-Regular.ttf", "weight": 400, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Light.ttf", "weight": 300, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Medium.woff", "weight": 500, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Black.ttf", "weight": 900, "style": "normal"},
    {"name": "Geist", "path": "conformance/fonts/Geist-Italic.ttf", "weight": 400, "style": "italic"},
    {"name": "Noto Sans SC", "path": "conformance/fonts/NotoSansCJKSC-subset.otf", "weight": 400, "style": "normal"},
    {"name": "Nanum Gothic", "path": "conformance/fonts/NanumGothic-subset.ttf", "weight": 400, "style": "normal"},
]
FAMILIES = ("Geist", "Geist", "Roboto", "'Geist', sans-serif", "Inter, system-ui, sans-serif", "Geist Mono",
            "Roboto, 'Noto Sans SC', 'Nanum Gothic'")
LISTED_UNITS = ("vw", "%")
TEXT_TAGS = ("p", "h2", "h3", "strong", "em", "small", "code", "a", "b", "time", "label", "mark", "li", "figcaption")
BOX_TAGS = ("section", "header", "footer", "main", "article", "nav", "figure", "ul", "blockquote", "aside")
LISTED_WEIGHTS = ("lighter", "bolder")  # Satori reads them as NaN: the heaviest face (spec/differences.md)

TITLES = (
    "Announcing Next.js 16",
    "How we cut cold starts by 83% with edge functions",
    "A practical guide to CSS container queries in 2026",
    "Why your OG images look blurry on LinkedIn (and how to fix it)",
    "Building a design system that scales across 40 product teams without losing your mind",
    "Postgres at 10,000 writes per second: lessons from a year of running our own cluster on bare metal",
    "The state of JavaScript bundlers — Turbopack, Rspack, Vite and esbuild compared on a real monorepo",
    "Ship faster",
    "Release notes: v4.2.0-beta.3",
    "Q3 2026 Engineering Update",
    "Introducing AI SDK 6: agents, tools, and structured outputs for every provider you already use",
    "What’s new in React 20? Server Components everywhere…",
    "Self-hosting fonts the right way: subsetting, preloading, font-display and the FOUT you still get",
    "Hello, World!",
    "Top 10 → the ✓ checklist for launch day ★★★★☆",
    "Cómo migrar a Next.js 16 sin romper producción — guía práctica (2026)",
    "Ce qu’il faut savoir sur l’API Edge: « fonctions » et limites",
)
CJK_TITLES = ("日本語の文字", "中文字画", "漢字と直角", "本日の海", "안녕하세요 세계", "한국어 블로그 글",
              "今日の写真 📸")
NAMES = ("Łukasz Kowalczyk", "Gülşen Öztürk", "Nguyễn Văn An", "Guillermo Rauch",
         "Lee Robinson", "Delba de Oliveira", "Jane O'Neil-Smith", "María José Fernández",
         "Zoë Ångström", "@shadcn", "Dr. Alexandria Montgomery-Whitfield III", "Kim", "李小龙", "김민지")
DATES = ("Dec 6, 2026", "2026-12-06", "6 December 2026 · 5 min read", "Updated 3 hours ago", "12/06/26")
URLS = ("vercel.com/blog/introducing-the-new-og-image-generation-library-for-edge-functions",
        "https://github.com/vercel/satori/issues/1234#issuecomment-998877665",
        "example.com", "docs.acme-corporation.io/guides/getting-started/installation?ref=og&utm_source=twitter",
        "ui.shadcn.com/docs/components/card")
BADGES = ("New", "Beta", "PRO", "v16.4.6", "Open Source", "Free", "🔥 Trending", "Sponsored", "1.2k ★", "LIVE")
TAGS = ("react", "nextjs", "typescript", "css", "design-systems", "edge", "performance", "a11y", "ui",
        "tailwindcss", "open-graph", "webassembly", "rust", "postgres", "✨ ai", "웹", "日本")
STATS = (("12.4k", "Stars"), ("98%", "Uptime"), ("$1,299", "MRR"), ("4.9", "Rating"), ("0", "Incidents"),
         ("1,000,000+", "Downloads per week"), ("37ms", "p99"), ("—", "N/A"))
EMOJI = ("🚀", "✨", "🎉", "🔥", "👋", "❤️", "👩‍💻", "🇯🇵", "📈")
SENTENCES = ("Everything you need to build great products on the web.",
             "A collection of re-usable components built with Radix UI and Tailwind CSS. Open source.",
             "Join 40,000 developers shipping faster with preview deployments, instant rollbacks and analytics.",
             "Pay once, use forever.", "No credit card required",
             "We rewrote the renderer from scratch so that every card is pixel-identical across runtimes, "
             "fonts and emoji sets — here is how, and what broke along the way.")
# Figma and friends export fractions of a pixel; Tailwind keeps to a 4 px scale
FIGMA_PX = ("33.333px", "12.5px", "354.667px", "0.5px", "17.7778px", "1px", "7.99px", "66.6667%")
SVG_LOGO = [{"type": "path", "props": {"d": "M12 2L2 22h20L12 2z", "fill": "currentColor"}}]


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> str:
    """A flat ``width`` x ``height`` PNG as a data URI: an avatar or cover whose natural size is all it has."""
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    data = b"".join((b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
                     chunk(b"IDAT", zlib.compress(rows)), chunk(b"IEND", b"")))
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


SVG_WORDMARK = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='120' height='32' "
                "viewBox='0 0 120 32'><rect width='120' height='32' fill='black'/></svg>")
SVG_ICON = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>"
            "<circle cx='12' cy='12' r='10'/></svg>")
AVATAR = _png(8, 8, (200, 120, 90))
COVER = _png(16, 9, (40, 90, 200))
TALL = _png(3, 4, (20, 160, 90))


def as_written(x: float) -> float | int:
    """A number as an author writes it: integral values as ints, the rest to 3 decimals."""
    return int(x) if x == int(x) else round(x, 3)


def el(tag: str, style: dict[str, Any], children: Any = None, **props: Any) -> dict[str, Any]:
    """A React-shaped element (``children`` left out when there are none)."""
    body: dict[str, Any] = {"style": style, **props}
    if children is not None:
        body["children"] = children
    return {"type": tag, "props": body}


# Tailwind classes for the declarations that have an exact class (what a shadcn/Tailwind UI author types)
TW_EXACT: dict[tuple[str, Any], str] = {
    ("display", "flex"): "flex", ("flexDirection", "column"): "flex-col", ("flexDirection", "row"): "flex-row",
    ("alignItems", "center"): "items-center", ("alignItems", "flex-start"): "items-start",
    ("alignItems", "stretch"): "items-stretch", ("alignItems", "baseline"): "items-baseline",
    ("justifyContent", "center"): "justify-center", ("justifyContent", "space-between"): "justify-between",
    ("justifyContent", "flex-start"): "justify-start", ("justifyContent", "flex-end"): "justify-end",
    ("width", "100%"): "w-full", ("height", "100%"): "h-full", ("flex", 1): "flex-1", ("flex", "1"): "flex-1",
    ("flex", "none"): "flex-none", ("flexShrink", 0): "shrink-0", ("minWidth", 0): "min-w-0",
    ("marginTop", "auto"): "mt-auto", ("marginRight", "auto"): "mr-auto", ("borderRadius", "9999px"): "rounded-full",
    ("borderRadius", "50%"): "rounded-full", ("fontWeight", 700): "font-bold", ("fontWeight", 600): "font-semibold",
    ("fontWeight", "bold"): "font-bold", ("fontWeight", 800): "font-extrabold", ("textAlign", "center"): "text-center",
    ("textAlign", "left"): "text-left", ("flexWrap", "wrap"): "flex-wrap", ("position", "absolute"): "absolute",
    ("position", "relative"): "relative", ("overflow", "hidden"): "overflow-hidden",
    ("letterSpacing", "-0.025em"): "tracking-tight", ("letterSpacing", "-0.05em"): "tracking-tighter",
    ("letterSpacing", "0.05em"): "tracking-wider", ("letterSpacing", "0.1em"): "tracking-widest",
    ("lineHeight", 1): "leading-none", ("lineHeight", 1.25): "leading-tight", ("lineHeight", 1.5): "leading-normal",
    ("lineHeight", 1.375): "leading-snug", ("textTransform", "uppercase"): "uppercase",
    ("whiteSpace", "nowrap"): "whitespace-nowrap", ("whiteSpace", "pre-wrap"): "whitespace-pre-wrap",
    ("textOverflow", "ellipsis"): "text-ellipsis", ("lineClamp", 2): "line-clamp-2", ("lineClamp", 3): "line-clamp-3",
    ("width", "50%"): "w-1/2", ("width", "33.333%"): "w-1/3", ("width", "66.666%"): "w-2/3", ("width", "40%"): "w-2/5",
    ("width", "60%"): "w-3/5", ("alignSelf", "stretch"): "self-stretch", ("boxSizing", "border-box"): "box-border",
    ("boxSizing", "content-box"): "box-content", ("flex", "1 1 0%"): "flex-1", ("flex", "1 1 auto"): "flex-auto",
    ("fontSize", 12): "text-xs", ("fontSize", 14): "text-sm", ("fontSize", 18): "text-lg", ("fontSize", 20): "text-xl",
    ("fontSize", 24): "text-2xl", ("fontSize", 36): "text-4xl", ("fontSize", 48): "text-5xl",
    ("fontSize", 60): "text-6xl", ("fontSize", 72): "text-7xl",
}
# the spacing scale: property -> class prefix (4 px a step; a negative margin as "-ml-3")
TW_SPACING = {"gap": "gap", "padding": "p", "paddingTop": "pt", "marginTop": "mt", "marginLeft": "ml",
              "marginRight": "mr", "rowGap": "gap-y", "columnGap": "gap-x", "width": "w", "height": "h",
              "top": "top", "right": "right", "bottom": "bottom", "left": "left"}


def _tw_length(prefix: str, value: Any) -> str | None:
    """The Tailwind class of a length: a scale step, a fraction, or an arbitrary value in brackets."""
    sign = ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            sign, value = "-", -value
        if value == int(value) and int(value) % 4 == 0 and value <= 96:
            return f"{sign}{prefix}-{int(value) // 4}"
        return f"{sign}{prefix}-[{as_written(value)}px]"
    if isinstance(value, str) and " " not in value and value:
        if value.startswith("-"):
            return f"-{prefix}-[{value[1:]}]"
        return f"{prefix}-[{value}]"
    return None


TW_FONT_SIZES = ("xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl", "9xl")


def tw_font_size(classes: list[str]) -> bool:
    """Whether ``tw`` classes set a font size."""
    return any(c.startswith("text-[") or c.removeprefix("text-") in TW_FONT_SIZES for c in classes)


def tailwind(style: dict[str, Any], rng: random.Random, *, listed: bool) -> tuple[str, dict[str, Any]]:
    """Move what has a Tailwind class into a ``tw`` string; the rest stays in ``style``. Unless ``listed``,
    a line height stays in ``style`` when the font size does (a ``tw`` line height over a ``style`` font
    size in text is NaN in Satori: a listed difference)."""
    classes: list[str] = []
    rest: dict[str, Any] = {}
    for key, value in style.items():
        exact = TW_EXACT.get((key, value)) if isinstance(value, (str, int, float)) else None
        if exact is None and key in TW_SPACING and rng.random() < 0.8:
            exact = _tw_length(TW_SPACING[key], value)
        elif exact is None and key == "fontSize" and isinstance(value, (int, float)) and rng.random() < 0.7:
            exact = f"text-[{as_written(value)}px]"
        elif exact is None and key in ("lineHeight", "letterSpacing") and isinstance(value, str) \
                and " " not in value and rng.random() < 0.7:
            exact = f"{'leading' if key == 'lineHeight' else 'tracking'}-[{value}]"
        if exact is None:
            rest[key] = value
        else:
            classes.append(exact)
    if not listed and isinstance(rest.get("fontSize"), str) and not tw_font_size(classes):
        leading = [c for c in classes if c.startswith("leading-")]
        if leading:
            classes.remove(leading[0])
            rest["lineHeight"] = style["lineHeight"]
    return " ".join(classes), rest
