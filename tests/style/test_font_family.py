"""``fontFamily`` read as Satori reads it (handler/expand.ts): split at commas, trimmed, a quote stripped
at each end on its own, lower-cased; nothing else (inner spaces stay). ``features: browser`` reads CSS."""

from __future__ import annotations

import pytest

from pureog.color import BLACK
from pureog.errors import StyleError
from pureog.style.computed import ComputedStyle
from pureog.style.parse import ValueContext
from pureog.style.text_values import font_family

NEXT = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), False)
BROWSER = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), True)


@pytest.mark.parametrize(("raw", "families"), [
    ("Inter, sans-serif", ("inter", "sans-serif")),
    ('"Inter Display", serif', ("inter display", "serif")),
    ("Inter  Display", ("inter  display",)),  # two spaces: names no face "Inter Display"
    ("Inter\tDisplay", ("inter\tdisplay",)),
    ("'Inter Display", ("inter display",)),  # a lone quote at either end is stripped
    ("Inter Display'", ("inter display",)),
    ("\"Inter Display'", ("inter display",)),
    ("  Inter Display  ,Geist", ("inter display", "geist")),
    ('""', ("",)),  # an empty name names no face: the fallback fonts draw, not the parent's family
    (", ,", ("", "", "")),
    ("  ", ("",)),
])
def test_next_reading(raw: str, families: tuple[str, ...]) -> None:
    assert font_family(raw, NEXT) == families


@pytest.mark.parametrize(("raw", "families"), [
    ("Inter  Display", ("inter display",)),
    ('"Inter Display", serif', ("inter display", "serif")),
    ("Inter, , Geist", ("inter", "geist")),
])
def test_browser_reading(raw: str, families: tuple[str, ...]) -> None:
    assert font_family(raw, BROWSER) == families


def test_browser_reading_refuses_a_list_of_nothing() -> None:
    with pytest.raises(StyleError):
        font_family(", ,", BROWSER)
