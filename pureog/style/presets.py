"""Element UA styles: the hand-picked Chromium defaults Satori applies per tag (``handler/presets.ts``).

Input: a tag name. Output: the preset's declarations (camelCase name, raw value), applied by the cascade
before the author's style. Like Satori, each block resolves ``em`` against the font size it sets itself
(so an ``h1``'s preset margins use the preset's 2em size even if the author changes ``fontSize``).
``big``/``small`` use ``larger``/``smaller``, which Satori resolves to the inherited size (no effect).
Must not import cascade, layout, text, paint, raster.
"""

from __future__ import annotations

from pureog.style.parse import RawValue

Declarations = tuple[tuple[str, RawValue], ...]


def _heading(size: str | None, margin: str) -> Declarations:
    decls: list[tuple[str, RawValue]] = [("display", "flex")]
    if size is not None:
        decls.append(("fontSize", size))
    decls += [
        ("marginTop", margin),
        ("marginBottom", margin),
        ("marginLeft", 0),
        ("marginRight", 0),
        ("fontWeight", "bold"),
    ]
    return tuple(decls)


PRESETS: dict[str, Declarations] = {
    "p": (("display", "flex"), ("marginTop", "1em"), ("marginBottom", "1em")),
    "div": (("display", "flex"),),
    "blockquote": (
        ("display", "flex"),
        ("marginTop", "1em"),
        ("marginBottom", "1em"),
        ("marginLeft", 40),
        ("marginRight", 40),
    ),
    "center": (("display", "flex"), ("textAlign", "center")),
    "hr": (
        ("display", "flex"),
        ("marginTop", "0.5em"),
        ("marginBottom", "0.5em"),
        ("marginLeft", "auto"),
        ("marginRight", "auto"),
        ("borderWidth", 1),
        ("borderStyle", "solid"),
    ),
    "h1": _heading("2em", "0.67em"),
    "h2": _heading("1.5em", "0.83em"),
    "h3": _heading("1.17em", "1em"),
    "h4": _heading(None, "1.33em"),
    "h5": _heading("0.83em", "1.67em"),
    "h6": _heading("0.67em", "2.33em"),
    "u": (("textDecoration", "underline"),),
    "s": (("textDecoration", "line-through"),),
    "strong": (("fontWeight", "bold"),),
    "b": (("fontWeight", "bold"),),
    "i": (("fontStyle", "italic"),),
    "em": (("fontStyle", "italic"),),
    "code": (("fontFamily", "monospace"),),
    "kbd": (("fontFamily", "monospace"),),
    "pre": (
        ("display", "flex"),
        ("fontFamily", "monospace"),
        ("whiteSpace", "pre"),
        ("marginTop", "1em"),
        ("marginBottom", "1em"),
    ),
    "mark": (("backgroundColor", "yellow"), ("color", "black")),
    "big": (("fontSize", "larger"),),
    "small": (("fontSize", "smaller"),),
}


def preset_for(tag: str) -> Declarations:
    """The UA declarations for ``tag`` (empty for tags without a preset, e.g. ``span``)."""
    return PRESETS.get(tag, ())
