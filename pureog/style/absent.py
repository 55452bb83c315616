"""Values that stand for no declaration: which ones Next.js (Satori) or React DOM take as absent.

Role: the cascade (:mod:`pureog.style.cascade`) asks here whether a declared value is one Satori skips
(a falsy colour or image, :data:`FALSY_UNSET`), one css-to-react-native hands Satori as the falsy number 0
(:data:`ZERO_UNSET`, after :func:`pureog.style.purify.purify`), or one React DOM sets no declaration for
(:func:`dropped_by_react`, which pureog drops where Next.js throws on it), and :func:`erase` removes the
earlier declaration such a value replaces. Must not import layout, text, paint, raster.
"""

from __future__ import annotations

from typing import Any

from pureog.style.purify import OWN_PARSERS

# Properties for which Next.js skips a falsy value (``''``, null) instead of reading it as 0.
FALSY_UNSET = frozenset(("backgroundColor", "backgroundImage", "maskImage", "WebkitMaskImage", "color", "flexBasis"))

# Properties whose value css-to-react-native hands Satori as the number 0 (``0``, ``"0"``, ``"0px"``, and
# ``''``/null/false, which purify's Number() makes 0) and whose reader then takes that falsy 0 for no value:
# the default (auto size, repeat, no background or mask) and any earlier declaration of the property
# erased; for ``textDecorationColor`` the inherited colour too (Satori's 0 replaces it): the line takes the
# text's colour. Each maps to what is declared instead (None: nothing). Found by the edge-spelling probe
# (conformance/paintgen/throws.py).
ZERO_UNSET: dict[str, str | None] = {
    **dict.fromkeys(FALSY_UNSET - {"color", "flexBasis"}),
    **dict.fromkeys(("backgroundSize", "backgroundRepeat", "maskSize", "maskRepeat", "WebkitMaskSize",
                     "WebkitMaskRepeat")),
    "textDecorationColor": "currentColor",
}


def dropped_by_react(raw: object) -> bool:
    """Whether React DOM sets no declaration for a style value: null, false, true or blank text."""
    return raw is None or raw is False or raw is True or (raw.__class__ is str and not raw.strip())


def erase(name: str, raw: object, declared: dict[str, Any]) -> None:
    """A falsy value Next.js skips still takes the place of an earlier declaration of the same longhand (a
    kebab-case twin, the ``background`` shorthand, a preset such as ``mark``'s): Satori writes it into the
    expanded style as a length it cannot paint, so nothing of the earlier one is drawn (``backgroundColor``
    then ``background-color: null`` paints no background; a ``flexBasis`` then ``''`` is the auto basis).
    ``color`` is read apart from the others (a falsy one is the parent's) and never erases."""
    if name == "color":
        return
    longhand = "maskImage" if name == "WebkitMaskImage" else name
    entry = declared.get(longhand)
    if entry is not None and (longhand != "maskImage" or entry.source == name):
        del declared[longhand]  # the two mask spellings are two keys to Satori (maskImage || WebkitMaskImage)


def skipped_by_satori(name: str, raw: object) -> bool:
    """Whether Next.js takes the raw value as no declaration at all: an empty or null colour or image or
    flexBasis (also a blank one; a zero ``color``, JavaScript's falsy 0); a null where Satori's own
    parsers would throw (React DOM drops nulls). Not 0 elsewhere: a zero flexBasis is a value; a blank
    string reads as 0px there (JavaScript's Number()), which is no colour, image or flexBasis either."""
    falsy = raw is None or raw is False or (isinstance(raw, str) and not raw.strip()) \
        or (name == "color" and raw.__class__ in (int, float) and raw == 0)
    return (raw is None and name in OWN_PARSERS) or (name in FALSY_UNSET and falsy)
