"""``fontWeight`` keywords as Satori reads them: ``normal`` and ``bold`` only as written (trimmed), any
other spelling (``Normal``, ``BOLD``) is parseInt's NaN, which picks the heaviest face; ``features:
browser`` reads the keywords case-insensitively, as CSS."""

from __future__ import annotations

import pytest

from pureog.color import BLACK
from pureog.style.computed import ComputedStyle
from pureog.style.parse import StyleFallback, ValueContext
from pureog.style.text_values import font_weight

NEXT = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), False)
BROWSER = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), True)


@pytest.mark.parametrize(("raw", "weight"), [("normal", 400), ("bold", 700), (" bold ", 700), ("600", 600), (700, 700)])
def test_keywords_as_written(raw: str | int, weight: int) -> None:
    assert font_weight(raw, NEXT) == weight


@pytest.mark.parametrize("raw", ["Normal", "BOLD", "Bold", "NORMAL"])
def test_other_spellings_pick_the_heaviest_face(raw: str) -> None:
    with pytest.raises(StyleFallback) as caught:
        font_weight(raw, NEXT)
    assert caught.value.value == 1000


@pytest.mark.parametrize(("raw", "weight"), [("Normal", 400), ("BOLD", 700)])
def test_browser_reads_keywords_in_any_case(raw: str, weight: int) -> None:
    assert font_weight(raw, BROWSER) == weight
