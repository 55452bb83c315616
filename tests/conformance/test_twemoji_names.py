"""The oracle serves Twemoji under the CDN's file names (conformance/oracle/twemoji_names.py)."""

from __future__ import annotations

import shutil

import pytest

from conformance.oracle.twemoji_names import emoji_presentation, file_name, file_names

# Emoji_Presentation of the components below (U+1F308 rainbow, U+1F937 shrug, U+1F3C3 runner, U+1F469
# woman, U+1F4BB laptop, U+1F525 fire, U+1F468 man); text-default ones are U+1F3F3, U+2640, U+26A7, U+2764.
PRESENTATION = {0x1F308, 0x1F937, 0x1F3C3, 0x1F469, 0x1F4BB, 0x1F525, 0x1F468}


@pytest.mark.parametrize(("code", "name"), [
    ("1f3f3-200d-1f308", "1f3f3-fe0f-200d-1f308"),          # rainbow flag: FE0F after the white flag
    ("1f3f3-200d-26a7", "1f3f3-fe0f-200d-26a7-fe0f"),        # both components text-default
    ("1f937-200d-2640", "1f937-200d-2640-fe0f"),             # gendered person
    ("1f3c3-1f3fd-200d-2640", "1f3c3-1f3fd-200d-2640-fe0f"),  # skin tone: no FE0F on the base
    ("2764-200d-1f525", "2764-fe0f-200d-1f525"),             # heart on fire
    ("1f468-200d-2764-200d-1f468", "1f468-200d-2764-fe0f-200d-1f468"),
    ("1f469-200d-1f4bb", "1f469-200d-1f4bb"),                # all emoji-presentation: unchanged
    ("1f441-200d-1f5e8", "1f441-200d-1f5e8"),                # Twemoji's one legacy name
    ("2640", "2640"), ("23-20e3", "23-20e3"), ("1f1ef-1f1f5", "1f1ef-1f1f5"),  # no ZWJ: never FE0F
])
def test_file_name_is_the_fully_qualified_sequence(code: str, name: str) -> None:
    assert file_name(code, PRESENTATION) == name


@pytest.mark.skipif(shutil.which("node") is None, reason="Emoji_Presentation comes from Node")
def test_presentation_from_node() -> None:
    assert emoji_presentation([0x1F308, 0x1F3F3, 0x2640, 0x1F525]) == {0x1F308, 0x1F525}
    assert file_names(["1f3f3-200d-1f308", "1f600"]) == {"1f3f3-200d-1f308": "1f3f3-fe0f-200d-1f308", "1f600": "1f600"}
