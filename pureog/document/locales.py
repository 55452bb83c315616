"""Satori's locales: the ``lang`` of a font entry and of an element, as Next.js reads them.

Input: a ``lang`` string (a font entry's, or an element's ``lang`` prop). Output: one of Satori 0.29's
locale names (``language.ts``), or None.

* A font entry's ``lang`` must be one of :data:`LOCALES` exactly (Satori throws otherwise).
* An element's ``lang`` is matched by prefix, case-insensitively, against the list in its order
  (``normalizeLocale``): ``ja`` is ``ja-JP``, ``zh`` is ``zh-CN`` (the first ``zh-`` entry), ``zh-TW``
  is ``zh-TW``, and a tag that no locale starts with (``en``, ``sr``, ``zh-Hant``) is no locale at all,
  for the element and, as it is inherited, for its descendants.

The locale orders the fallback fonts (:meth:`pureog.text.fonts.FontLibrary.chain`); the ``lang``
string as written also names the OpenType language system where pureog shapes text itself
(spec/text.md, "Languages").
"""

from __future__ import annotations

LOCALES = ("ja-JP", "ko-KR", "zh-CN", "zh-TW", "zh-HK", "th-TH", "bn-IN", "ar-AR", "ta-IN", "ml-IN", "he-IL",
           "te-IN", "devanagari", "kannada", "emoji", "symbol", "math")
"""Satori 0.29's ``locales`` in their order (script locales first, then the special codes)."""


def is_valid_locale(value: object) -> bool:
    """Whether a font entry's ``lang`` is one Satori accepts (``isValidLocale``)."""
    return isinstance(value, str) and value in LOCALES


def normalize_locale(value: str | None) -> str | None:
    """Satori's ``normalizeLocale``: the first locale that starts with ``value`` (case-insensitive)."""
    if not value:
        return None
    wanted = value.lower()
    for locale in LOCALES:
        if locale.lower().startswith(wanted):
            return locale
    return None
