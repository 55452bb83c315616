"""Left-to-right complex-script text in Satori mode: Next's lines, HarfBuzz's glyphs (spec/text.md,
"Complex scripts in Satori's lines"; pureog/text/line_flow.py ``FontEngine.satori_lines``).

Next.js measures such text grapheme by grapheme with opentype.js's cmap advances and spaces every
character; for base letters and spacing vowels (glyphs Next draws right) those are the shaped
advances too, so pureog's boxes must be exactly Satori's there. The conformance cases
text/devanagari-satori-lines and text/devanagari-lone-vowel-sign hold the same against Next's pixels.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from pureog.api import layout_boxes
from pureog.document.model import FontSource
from pureog.text import FontLibrary
from pureog.text.linebreak import graphemes
from pureog.text.runs import ComplexText
from pureog.text.shaping import advance_width

FONTS = Path(__file__).resolve().parents[2] / "conformance" / "fonts"
FACES = [("Geist", "Geist-Regular.ttf"), ("Noto Sans Devanagari", "NotoSansDevanagari-Regular-subset.ttf")]


@pytest.fixture(scope="module")
def library() -> FontLibrary:
    return FontLibrary([FontSource(name=name, data=(FONTS / file).read_bytes(), weight=400, style="normal")
                        for name, file in FACES])


def _fonts() -> list[dict[str, object]]:
    return [{"name": name, "data": (FONTS / file).read_bytes(), "weight": 400, "style": "normal"}
            for name, file in FACES]


@pytest.mark.parametrize("text", ["भारत का नया महानगर", "ाभथतर ागरत", "दमदार सफर, 2026"])
@pytest.mark.parametrize("spacing", [0.0, -1.5, 3.0])
def test_widths_are_satori_s_grapheme_sums(library: FontLibrary, text: str, spacing: float) -> None:
    # before: the word shaped whole (kerning between graphemes, 1-3 px), letter spacing once per
    # cluster (दा spaced once, Next twice) and a dotted circle before a lone vowel sign (28 px at 48)
    chain = library.chain(["Geist"], 400, "normal")
    expected = sum(advance_width(chain, g, 40.0, spacing) for g in graphemes(text))
    element = {"div": {"style": {"display": "flex", "fontFamily": "Geist", "fontSize": 40,
                                 "letterSpacing": spacing},
                       "children": [{"span": {"children": text}}]}}
    boxes = layout_boxes(element, width=1200, height=200, fonts=_fonts())
    assert boxes[1].width == math.ceil(expected)


def test_a_sign_its_grapheme_s_face_lacks_comes_from_the_fallback_face(library: FontLibrary) -> None:
    # `_ा` is one grapheme whose first character is Geist's: opentype.js draws the sign from the
    # Devanagari face (per-character fallback); shaped with Geist it was Geist's .notdef
    chain = library.chain(["Geist"], 400, "normal")
    text = "नमक_ाग"
    complex_text = ComplexText(chain, 40.0, 0.0, (), False, lambda g: False)
    complex_text.spacing_per_char, complex_text.dotted_circles = True, False  # (as in Satori's lines)
    pieces = complex_text.line(text, [0] * len(text))
    assert all(gid for piece in pieces if piece.shaped for gid in piece.shaped.glyph_ids)
    assert sum(piece.width for piece in pieces) == pytest.approx(
        sum(advance_width(chain, g, 40.0) for g in graphemes(text)))


def test_letter_spacing_falls_between_a_letter_and_its_aa_sign(library: FontLibrary) -> None:
    # a cluster of one glyph per character (भा) is spaced after each glyph, where Next spaces them:
    # the glyphs sit at opentype.js's pen positions; a conjunct (क्ष) is spaced once per character after it
    from pureog.text.shaping import shape  # noqa: PLC0415

    chain = library.chain(["Noto Sans Devanagari"], 400, "normal")
    complex_text = ComplexText(chain, 40.0, 3.0, (), False, lambda g: False)
    complex_text.spacing_per_char, complex_text.dotted_circles = True, False
    text = "भारत"
    (piece,) = complex_text.line(text, [0] * len(text))
    assert piece.shaped is not None
    assert piece.shaped.pen_positions(0.0) == pytest.approx(shape(chain, text, 40.0, 3.0).pen_positions(0.0))
    (conjunct,) = complex_text.line("क्ष", [0] * 3)
    alone = ComplexText(chain, 40.0, 0.0, (), False, lambda g: False).measure("क्ष")
    assert conjunct.width == pytest.approx(alone + 3 * 3.0)


@pytest.mark.parametrize("text", ["भारत-नगर", "नगर, सफर", "सरस'म", "कमरा*नया", "मकान2026"])
def test_a_segment_s_punctuation_comes_from_its_first_grapheme_s_face(library: FontLibrary, text: str) -> None:
    # Satori draws a merged segment with its first grapheme's face (getSVG), and Noto Sans Devanagari
    # maps ASCII punctuation and digits: the hyphen, comma, apostrophe, asterisk and digits of a word
    # that starts in Devanagari are that face's glyphs at its advances; before, Geist's (the chain's
    # first face with them), 4-19 px apart at 100 px
    chain = library.chain(["Geist"], 400, "normal")
    complex_text = ComplexText(chain, 40.0, 0.0, (), False, lambda g: False)
    complex_text.spacing_per_char, complex_text.dotted_circles = True, False  # (as in Satori's lines)
    run_face = chain.resolve(text)
    assert run_face is chain.resolve("भ") and run_face is not chain.resolve("-")
    pieces = complex_text.line(text, [0] * len(text), run_face=run_face)
    assert len(pieces) == 1
    shaped = pieces[0].shaped
    assert shaped is not None and shaped.face is run_face and set(shaped.glyph_faces) == {run_face}
    # without it (a word measured, the browser's runs) the punctuation is Geist's, a piece of its own
    assert len(complex_text.line(text, [0] * len(text))) > 1


def test_a_latin_segment_keeps_its_own_face_for_punctuation(library: FontLibrary) -> None:
    # a segment that starts in Latin (Geist) keeps Geist's hyphen before a Devanagari item
    chain = library.chain(["Geist"], 400, "normal")
    complex_text = ComplexText(chain, 40.0, 0.0, (), False, lambda g: False)
    complex_text.spacing_per_char, complex_text.dotted_circles = True, False
    text = "14-भारत"
    run_face = chain.resolve(text)
    assert run_face is chain.resolve("a")
    pieces = complex_text.line(text, [0] * len(text), run_face=run_face)
    assert pieces[0].text == "14-" and pieces[0].shaped is not None and pieces[0].shaped.face is run_face
