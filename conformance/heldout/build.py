"""The held-out corpus's building blocks: element helpers, the assets as data URIs, the document registry.

Documents are raw React-shaped trees (``{"type", "props": {"style", "children", ...}}``), exactly what a card
author's JSX becomes and what Next.js receives; images are inlined as data URIs, so Next and pureog read the
same bytes. Each document names a font set (:data:`FONT_SETS`) that both renderers are given.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

CONFORMANCE_DIR = Path(__file__).resolve().parents[1]
ASSETS = CONFORMANCE_DIR / "assets"
_CF = "conformance/fonts/"
_GEIST = "pureog/fonts/Geist-Regular.ttf"
FONT_SETS: dict[str, list[tuple[str, str, int, str]]] = {
    "geist3": [
        ("Geist", _GEIST, 400, "normal"),
        ("Geist", _CF + "Geist-Bold.ttf", 700, "normal"),
        ("Geist", _CF + "Geist-Italic.ttf", 400, "italic"),
    ],
    "geist5": [
        ("Geist", _CF + "Geist-Light.ttf", 300, "normal"),
        ("Geist", _GEIST, 400, "normal"),
        ("Geist", _CF + "Geist-Medium.woff", 500, "normal"),
        ("Geist", _CF + "Geist-Bold.ttf", 700, "normal"),
        ("Geist", _CF + "Geist-Black.ttf", 900, "normal"),
    ],
    "roboto": [
        ("Roboto", _CF + "Roboto-Regular.ttf", 400, "normal"),
        ("Roboto", _CF + "Roboto-Bold.ttf", 700, "normal"),
        ("Geist", _GEIST, 400, "normal"),
    ],
    "mono": [("Geist", _GEIST, 400, "normal"), ("monospace", _CF + "GeistMono-Regular.ttf", 400, "normal")],
    "default": [("geist", _GEIST, 400, "normal")],
    "cjk": [
        ("Geist", _GEIST, 400, "normal"),
        ("Noto Sans JP", _CF + "NotoSansCJKJP-subset.otf", 400, "normal"),
        ("Nanum", _CF + "NanumGothic-subset.ttf", 400, "normal"),
    ],
    "scripts": [
        ("Geist", _GEIST, 400, "normal"),
        ("Noto Arabic", _CF + "NotoSansArabic-Regular-subset.ttf", 400, "normal"),
        ("Noto Hebrew", _CF + "NotoSansHebrew-Regular-subset.ttf", 400, "normal"),
        ("Noto Deva", _CF + "NotoSansDevanagari-Regular-subset.ttf", 400, "normal"),
        ("Noto Thai", _CF + "NotoSansThai-Regular-subset.ttf", 400, "normal"),
    ],
}
"""Font sets by name: (family, file relative to the repository root, weight, style). Geist's three faces
by default; the others test weight matching, fallback, monospace presets, Next's bundled default, CJK and
complex scripts."""


def uri(name: str) -> str:
    """An asset of ``conformance/assets`` as a base64 data URI."""
    data = (ASSETS / name).read_bytes()
    mime = {"png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml"}[name.rsplit(".", 1)[1]]
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


PHOTO = uri("photo.jpg")
AVATAR = uri("avatar.png")
LOGO = uri("logo.svg")
TILE = uri("tile.png")
ALPHA = uri("alpha.png")
GREY = uri("grey.png")
PALETTE = uri("palette.png")
PIXELS = uri("pixels.png")
PHOTOPNG = uri("photo.png")
TXT = "The quick brown fox jumps over the lazy dog while the cat watches"
TITLE = "Shipping faster with edge rendering"
LONG = "Designing systems that scale: lessons learned from a decade of building developer tools"


def el(tag: str, style: dict[str, Any] | None = None, children: Any = None, **props: Any) -> dict[str, Any]:
    """An element; ``None`` style values are left out (as an author's conditional ``undefined``)."""
    p: dict[str, Any] = dict(props)
    if style is not None:
        p["style"] = {k: v for k, v in style.items() if v is not None}
    if children is not None:
        p["children"] = children
    return {"type": tag, "props": p}


def card(*children: Any, **style: Any) -> dict[str, Any]:
    """The usual card root: a full-size white flex box centring its children."""
    base = {
        "display": "flex",
        "width": "100%",
        "height": "100%",
        "backgroundColor": "white",
        "fontFamily": "Geist",
        "alignItems": "center",
        "justifyContent": "center",
    }
    base.update(style)
    kids = list(children)
    return el("div", base, kids if len(kids) != 1 else kids[0])


class Doc:
    """One held-out document: a name, the canvas size, the font set and the raw element tree."""

    __slots__ = ("name", "width", "height", "fonts", "element", "debug")

    def __init__(self, name: str, width: int, height: int, fonts: str, element: dict[str, Any],
                 debug: bool = False) -> None:
        self.name, self.width, self.height, self.fonts, self.element = name, width, height, fonts, element
        self.debug = debug

    def with_debug(self) -> Doc:
        """The same document rendered with ``debug: true``."""
        return Doc(self.name, self.width, self.height, self.fonts, self.element, debug=True)

    def to_json(self) -> dict[str, Any]:
        body = {"name": self.name, "width": self.width, "height": self.height, "fonts": self.fonts,
                "element": self.element}
        if self.debug:
            body["debug"] = True
        return body


DOCS: list[Doc] = []


def add(name: str, element: dict[str, Any], w: int = 1200, h: int = 630, fonts: str = "geist3", **root: Any) -> None:
    """Register a document; ``root`` styles are merged into the root element's style."""
    if any(d.name == name for d in DOCS):
        raise ValueError(f"duplicate held-out document {name}")
    element["props"]["style"].update(root)
    DOCS.append(Doc(name, w, h, fonts, element))
