"""Line limits and ellipsis, text-indent, text-wrap balance/pretty, tab-size lengths (Satori 0.29 rules).

Expected lines were checked against Next.js references (200 x 200 canvases, a 170 px wide box,
Geist 18 px; see the feature report).
"""

from __future__ import annotations

import math

import pytest

from pureog.errors import RenderWarning, StyleError, strictness
from pureog.style.cascade import cascade
from pureog.style.computed import ComputedStyle
from pureog.style.values import Display, Overflow, Percent, TextAlign, TextOverflow, WhiteSpace
from pureog.text import FontLibrary, layout_paragraph, measure
from pureog.text.line_flow import HORIZONTAL_ELLIPSIS, line_limit

FOX = "The quick brown fox jumps over the lazy dog near the riverbank again and again"


def st(**fields: object) -> ComputedStyle:
    return ComputedStyle(font_family=("geist",), font_size=18.0, **fields)  # type: ignore[arg-type]


def lines_of(paragraph: object) -> list[str]:
    out: dict[int, str] = {}
    for run in paragraph.runs:  # type: ignore[attr-defined]
        out[run.line] = out.get(run.line, "") + run.text
    return [out[k] for k in sorted(out)]


# --- which styles limit lines (processTextOverflow) -------------------------------------------------


def test_line_limit_triggers() -> None:
    assert line_limit(st(display=Display.BLOCK, line_clamp=(2.0, None)), True) == (2.0, HORIZONTAL_ELLIPSIS)
    assert line_limit(st(display=Display.BLOCK, line_clamp=(3.0, "[x]")), True) == (3.0, "[x]")
    assert line_limit(st(line_clamp=(2.0, None)), True)[0] == math.inf  # needs display: block
    webkit = {"display": Display.WEBKIT_BOX, "webkit_box_orient": "vertical", "webkit_line_clamp": 3.0}
    assert line_limit(st(**webkit), True)[0] == math.inf  # needs text-overflow: ellipsis
    assert line_limit(st(**webkit, text_overflow=TextOverflow.ELLIPSIS), True)[0] == 3.0
    one_line = {"text_overflow": TextOverflow.ELLIPSIS, "overflow": Overflow.HIDDEN}
    assert line_limit(st(**one_line), False)[0] == 1
    assert line_limit(st(**one_line), True)[0] == math.inf  # soft wrapping allowed: no limit


def test_line_clamp_cuts_the_last_allowed_line(geist: FontLibrary) -> None:
    p = layout_paragraph(FOX, st(display=Display.BLOCK, line_clamp=(2.0, None)), geist, 170)
    assert lines_of(p) == ["The quick brown ", "fox jumps over the…"]
    assert p.height == 46.0  # two 23 px lines, not five
    assert measure(FOX, st(display=Display.BLOCK, line_clamp=(2.0, None)), geist)(170, "at-most", 0, "undefined") == (
        170.0,
        46.0,
    )


def test_custom_block_ellipsis_and_fallback(geist: FontLibrary) -> None:
    p = layout_paragraph(FOX, st(display=Display.BLOCK, line_clamp=(2.0, "…more")), geist, 170)
    assert lines_of(p) == ["The quick brown ", "fox jumps ove…more"]
    too_wide = "x" * 40
    p = layout_paragraph(FOX, st(display=Display.BLOCK, line_clamp=(2.0, too_wide)), geist, 170)
    assert lines_of(p)[-1].endswith("the…")


def test_text_that_fits_gets_no_ellipsis(geist: FontLibrary) -> None:
    p = layout_paragraph(FOX, st(display=Display.BLOCK, line_clamp=(5.0, None)), geist, 170)
    assert len(lines_of(p)) == 5 and "…" not in "".join(lines_of(p))


def test_single_line_ellipsis_and_parent_width(geist: FontLibrary) -> None:
    nowrap = st(white_space=WhiteSpace.NOWRAP, overflow=Overflow.HIDDEN, text_overflow=TextOverflow.ELLIPSIS)
    p = layout_paragraph(FOX, nowrap, geist, 170)
    assert lines_of(p) == ["The quick brown fo…"]
    # The ellipsis must fit the element's content width, not the (wider) text box.
    narrow = layout_paragraph(FOX, nowrap, geist, 170, container_width=100)
    assert lines_of(narrow) == ["The quick b…"]
    # The first grapheme is always kept.
    tiny = layout_paragraph("Wonderful", nowrap, geist, 170, container_width=5)
    assert lines_of(tiny) == ["W…"]
    short = layout_paragraph("Short text", nowrap, geist, 170)
    assert lines_of(short) == ["Short ", "text"] or "…" not in "".join(lines_of(short))


def test_centred_clamp_cuts_inside_the_word(geist: FontLibrary) -> None:
    centred = st(display=Display.BLOCK, line_clamp=(2.0, None), text_align=TextAlign.CENTER)
    p = layout_paragraph(FOX, centred, geist, 170)
    assert lines_of(p) == ["The quick brown ", "fox jumps over th…"]


# --- text-indent ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("indent", "shift"), [(20.0, 20.0), (-12.0, -12.0), (Percent(10.0), 17.0)])
def test_text_indent_moves_the_first_line_only(geist: FontLibrary, indent: object, shift: float) -> None:
    plain = layout_paragraph(FOX, st(), geist, 170)
    indented = layout_paragraph(FOX, st(text_indent=indent), geist, 170)
    assert lines_of(plain) == lines_of(indented)  # line breaking ignores the indent (Satori)
    for a, b in zip(plain.runs, indented.runs, strict=True):
        assert b.x - a.x == pytest.approx(shift if a.line == 0 else 0.0)


# --- text-wrap -------------------------------------------------------------------------------------------


def test_balance_keeps_the_line_count_at_the_narrowest_width(geist: FontLibrary) -> None:
    text = "Balanced lines make headlines look better"
    assert measure(text, st(), geist)(170, "at-most", 0, "undefined") == (170.0, 69.0)
    assert measure(text, st(text_wrap="balance"), geist)(170, "at-most", 0, "undefined") == (132.0, 69.0)
    p = layout_paragraph(text, st(text_wrap="balance"), geist, 170)
    assert lines_of(p) == ["Balanced lines ", "make headlines ", "look better"]


def test_pretty_reflows_a_short_last_line(geist: FontLibrary) -> None:
    text = "A quick brown fox jumps over the lazy cat"
    assert lines_of(layout_paragraph(text, st(), geist, 170))[-1] == "cat"
    p = layout_paragraph(text, st(text_wrap="pretty"), geist, 170)
    assert lines_of(p) == ["A quick brown fox ", "jumps over the ", "lazy cat"]  # reflowed at 90 %


# --- the style table ---------------------------------------------------------------------------------------


def styled(css: dict[str, object]) -> ComputedStyle:
    from pureog.document.load import from_mapping

    doc = from_mapping({"element": {"div": {"style": {"display": "flex", **css}, "children": "x"}}})
    return cascade(doc.root, width=200, height=200).style


def test_parsing_the_new_properties() -> None:
    assert styled({"lineClamp": '2 "…more"'}).line_clamp == (2.0, "…more")
    assert styled({"lineClamp": "3 '[x]'"}).line_clamp == (3.0, "[x]")
    assert styled({"lineClamp": 2}).line_clamp == (2.0, None)
    assert styled({"lineClamp": "2"}).line_clamp == (2.0, None)
    assert styled({"lineClamp": "none"}).line_clamp is None
    assert styled({"WebkitLineClamp": "3", "WebkitBoxOrient": "vertical"}).webkit_line_clamp == 3.0
    assert styled({"textIndent": "2em", "fontSize": 10}).text_indent == 20.0
    assert styled({"textIndent": "10%"}).text_indent == Percent(10.0)
    assert styled({"textWrap": "balance"}).text_wrap == "balance"
    # Satori counts a length's px number as spaces.
    assert styled({"tabSize": "20px"}).tab_size == 20.0
    assert styled({"tabSize": "0.5em", "fontSize": 18}).tab_size == 9.0
    # Next.js ignores what it cannot read; pureog warns (and raises in strict mode).
    with pytest.warns(RenderWarning, match="lineClamp"):
        assert styled({"lineClamp": "two lines"}).line_clamp is None
    with strictness(True), pytest.raises(StyleError, match="textWrap"):
        styled({"textWrap": "sometimes"})


def test_text_wrap_is_not_inherited_but_text_indent_is() -> None:
    from pureog.document.load import from_mapping

    doc = from_mapping(
        {
            "element": {
                "div": {
                    "style": {"display": "flex", "textWrap": "balance", "textIndent": 7},
                    "children": [{"div": "inner"}],
                }
            }
        }  # fmt: skip
    )
    child = cascade(doc.root, width=200, height=200).children[0]
    assert child.style.text_wrap == "wrap" and child.style.text_indent == 7.0  # type: ignore[union-attr]
