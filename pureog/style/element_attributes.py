"""HTML attributes that act as style: ``dir`` (the UA style sheet's ``direction``, ``auto`` by the
first strong character) and ``lang`` (Satori's locale and the OpenType language). Read by the
cascade (:mod:`pureog.style.cascade`). Must not import layout, text, paint, raster.
"""

from __future__ import annotations

import unicodedata

from pureog.document.locales import normalize_locale
from pureog.document.model import Element, Text
from pureog.errors import StyleError
from pureog.style.parse import RawValue


def dir_declaration(element: Element) -> tuple[tuple[str, RawValue], ...]:
    """HTML's ``dir`` attribute as the UA style sheet's ``direction`` (the author's style wins); ``auto``
    takes the direction of the first strong character of the element's text (HTML's rule, skipping
    descendants with their own ``dir``), left to right when there is none."""
    value = element.attribute("dir")
    value = value.strip().lower() if isinstance(value, str) else None
    if value == "auto":
        value = "rtl" if first_strong_in(element) else "ltr"
    if value not in ("ltr", "rtl"):
        return ()
    return (("direction", value),)


def lang_attribute(element: Element) -> tuple[str | None, str]:
    """An element's ``lang`` prop as Satori's locale (``normalizeLocale``: a tag no locale starts with
    is none, for the descendants too) and as written (the OpenType language)."""
    value = element.attribute("lang")
    if not value:  # Satori: a falsy lang is no locale
        return None, ""
    if not isinstance(value, str):  # Satori calls toLowerCase() on it and throws
        raise StyleError(f"lang must be a language tag such as 'ja-JP', got {value!r}",
                         path=f"{element.path}.props.lang")
    return normalize_locale(value), value.strip()


def first_strong_in(element: Element) -> bool | None:
    """True / False if the first strong character of the element's text is right-to-left / left-to-right."""
    for child in element.children:
        if isinstance(child, Text):
            for ch in child.text:
                kind = unicodedata.bidirectional(ch)
                if kind == "L":
                    return False
                if kind in ("R", "AL"):
                    return True
        elif child.attribute("dir") is None:
            found = first_strong_in(child)
            if found is not None:
                return found
    return None
