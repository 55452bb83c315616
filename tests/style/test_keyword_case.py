"""Keywords whose case Satori treats its own way: ``textDecorationSkipInk`` is trimmed and lower-cased
(expand.ts), ``backgroundClip: text`` counts only as written (``=== 'text'``)."""

from __future__ import annotations

import pytest

from pureog.color import BLACK
from pureog.style.background_values import BackgroundClip
from pureog.style.computed import ComputedStyle
from pureog.style.parse import StyleError, ValueContext
from pureog.style.property_parsers import text_decoration_skip_ink
from pureog.style.satori_background import parse_background_clip

NEXT = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), False)
BROWSER = ValueContext(16.0, 1200.0, 630.0, BLACK, ComputedStyle(), True)


@pytest.mark.parametrize(("raw", "word"), [("none", "none"), ("NONE", "none"), (" All ", "all"), ("Auto", "auto")])
def test_skip_ink_in_any_case(raw: str, word: str) -> None:
    assert text_decoration_skip_ink(raw, NEXT) == word


def test_skip_ink_other_words_raise() -> None:
    with pytest.raises(StyleError):
        text_decoration_skip_ink("skip", NEXT)


def test_clip_text_only_as_written() -> None:
    assert parse_background_clip("text", NEXT) == BackgroundClip.TEXT
    assert parse_background_clip("Border-Box", NEXT) == BackgroundClip.BORDER_BOX
    with pytest.raises(StyleError):  # ignored: the box keeps its background, as Next draws it
        parse_background_clip("Text", NEXT)
    assert parse_background_clip("TEXT", BROWSER) == BackgroundClip.TEXT
