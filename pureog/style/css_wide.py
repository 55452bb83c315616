"""CSS-wide keywords (``inherit``, ``initial``, ``unset``): which reading the cascade gives them.

Role: :func:`css_wide` finds the keyword in a declared value; :func:`keyword_read_as_text` says where
Next.js's reading applies instead of CSS's. Satori has no CSS-wide keywords: the word reaches each
property's reader as text, so pureog reads it so where Next draws that plausibly, and keeps CSS's meaning
where Next throws or draws it broken, and everywhere with ``features: browser`` (spec/css.md,
spec/differences.md). Used by :mod:`pureog.style.cascade` only.
"""

from __future__ import annotations

from pureog.color import BLACK, TRANSPARENT, Color
from pureog.style.properties import Invalid, Property

CSS_WIDE = ("inherit", "initial", "unset")

KEYWORDS_AS_CSS = frozenset({"lineHeight", "boxShadow", "clipPath", "borderTopLeftRadius", "borderTopRightRadius",
                               "borderBottomRightRadius", "borderBottomLeftRadius", "backgroundSize", "maskSize"})
"""Properties whose CSS-wide keywords keep CSS's meaning although Next.js draws them: it reads the keyword
as an unreadable value, which it draws broken there (no text, a black shadow, the element clipped away,
no background, no gradient, a mask hiding the element: spec/differences.md), so the keyword is read as CSS
reads it."""


def keyword_read_as_text(prop: Property) -> bool:
    """Whether ``inherit`` / ``initial`` / ``unset`` on ``prop`` is read as Next.js reads it: Satori has
    no CSS-wide keywords, so the word reaches the property's own reading as text, like ``revert`` and any
    other word it cannot read (``letterSpacing: inherit`` spaces nothing, ``textTransform: inherit``
    transforms nothing, ``fontSize: initial`` keeps the inherited size, ``opacity: unset`` is drawn
    opaque; a border side colour is not drawn). Properties whose unreadable values Next.js throws on or
    paints black (colours) or draws broken (:data:`KEYWORDS_AS_CSS`) keep CSS's meaning
    (spec/differences.md), as every property does with ``features: browser`` (the caller asks only
    without it)."""
    return (prop.invalid is Invalid.IGNORE and prop.name not in KEYWORDS_AS_CSS) or prop.name in SIDE_COLOURS


SIDE_COLOURS = frozenset(f"border{side}Color" for side in ("Top", "Right", "Bottom", "Left"))
"""Border side colours, whose CSS-wide keywords Next.js reads as any colour it cannot read: the side is not
drawn (its stroke colour invalid), as pureog draws an unreadable colour word there. Their computed value
when never declared is no colour CSS would give (CSS's initial is ``currentcolor``), so reading the keyword
as CSS does would take that stand-in (black) instead: ``satori-style/border-side-colour-css-wide``."""


def css_wide(raw: object) -> str | None:
    """The keyword ``raw`` is (lower case, spaces trimmed), or None."""
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in CSS_WIDE:
            return word
    return None


def side_colour_keyword(keyword: str, inherited: Color, own: Color) -> Color:
    """A border side colour's CSS-wide keyword read as CSS reads it (where Next.js throws: the
    ``borderColor`` and ``border`` shorthands, or with ``features: browser``): the initial value is
    ``currentcolor``, which computes to itself and is inherited as the keyword, so ``initial``,
    ``unset`` and an ``inherit`` from a parent that declared no colour for the side are this element's
    colour (checked in Chromium: a blue child under a red parent). The parent declared none when its
    value is one of the stand-ins the cascade gives an undeclared side, the ``BLACK`` default or the
    ``TRANSPARENT`` of ``computed_fixups.fix_borders`` (the objects themselves: a parsed colour, even
    black or transparent, is another object; a parsed ``currentColor`` of a default black text is
    ``BLACK``, currentcolor as well)."""
    if keyword == "inherit" and inherited is not BLACK and inherited is not TRANSPARENT:
        return inherited
    return own
