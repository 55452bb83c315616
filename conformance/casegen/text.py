"""Conformance cases for text (area ``text``) and font selection (area ``fonts``).

Text cases use the default faces (Geist Regular/Bold) unless the behaviour needs another font; Korean
uses a NanumGothic subset (``conformance/fonts``). Imports only :mod:`conformance.casegen`.
"""

# ruff: noqa: E501  (case tables: one case per call reads better than wrapped CSS strings)

from __future__ import annotations

from conformance.casegen import CaseSpec, case, div, el, font, frame

T = "text"
F = "fonts"
LOREM = "The quick brown fox jumps over the lazy dog near the riverbank"
KOREAN = "다람쥐 헌 쳇바퀴에 타고파 한국어 줄바꿈을 시험합니다"
NANUM = font("Nanum", "NanumGothic-subset.ttf")


def _para(text: str, style: dict[str, object] | None = None, width: object = 170) -> dict[str, object]:
    base: dict[str, object] = {"width": width, "fontSize": 18, "color": "#111", "backgroundColor": "#f3f3f3"}
    base.update(style or {})
    return div(base, text)


def _text_frame(child: dict[str, object], **style: object) -> dict[str, object]:
    return frame([child], {"padding": 15, **style})


def text_cases() -> list[CaseSpec]:
    out: list[CaseSpec] = []
    out.append(case(T, "wrap-basic", "text wraps at spaces to fit the width", ["wrapping"], _text_frame(_para(LOREM))))
    out.append(case(T, "single-line", "one short line at 32px", ["fontSize"],
                    _text_frame(div({"fontSize": 32}, "Hello world"))))
    for align in ("left", "center", "right", "justify"):
        out.append(case(T, f"align-{align}", f"textAlign: {align} on wrapped lines", ["textAlign"],
                        _text_frame(_para(LOREM, {"textAlign": align}))))
    out.append(case(T, "align-end", "textAlign: end aligns lines to the right (ltr)", ["textAlign"],
                    _text_frame(_para("Short lines of text here", {"textAlign": "end"}))))
    ws_text = "Keep   these\n  spaces and\nline  breaks   "
    for ws in ("normal", "pre", "pre-wrap", "pre-line", "nowrap"):
        out.append(case(T, f"white-space-{ws}", f"whiteSpace: {ws} with runs of spaces and newlines", ["whiteSpace"],
                        _text_frame(_para(ws_text + " and a long tail of words", {"whiteSpace": ws}))))
    out.append(case(T, "break-all", "wordBreak: break-all breaks inside words", ["wordBreak"],
                    _text_frame(_para("Supercalifragilistic expialidocious words", {"wordBreak": "break-all"}))))
    out.append(case(T, "break-word", "wordBreak: break-word breaks a word longer than the line", ["wordBreak"],
                    _text_frame(_para("A pneumonoultramicroscopicsilicovolcanoconiosis case",
                                      {"wordBreak": "break-word"}))))
    out.append(case(T, "long-word-overflow", "a word longer than the line overflows by default", ["wrapping"],
                    _text_frame(_para("Antidisestablishmentarianism is long", {}, 120))))
    for mode in ("normal", "keep-all"):
        out.append(case(T, f"korean-{mode}", f"Korean with wordBreak: {mode}", ["wordBreak", "korean", "cjk"],
                        _text_frame(_para(KOREAN, {"fontFamily": "Nanum", "wordBreak": mode})), fonts=(NANUM,)))
    for name, value in (("2px", 2), ("negative", -1.5), ("em", "0.2em")):
        out.append(case(T, f"letter-spacing-{name}", f"letterSpacing: {value}", ["letterSpacing"],
                        _text_frame(_para("Letter spacing", {"letterSpacing": value, "fontSize": 22}))))
    for name, value in (("number", 2), ("px", "30px"), ("percent", "150%"), ("tight", 0.9)):
        out.append(case(T, f"line-height-{name}", f"lineHeight: {value}", ["lineHeight"],
                        _text_frame(_para(LOREM, {"lineHeight": value}))))
    for name, style in (("underline", {"textDecoration": "underline"}),
                        ("line-through", {"textDecoration": "line-through"}),
                        ("color", {"textDecoration": "underline", "textDecorationColor": "#e63946"}),
                        ("dashed", {"textDecoration": "underline dashed #2a9d8f"}),
                        ("dotted", {"textDecorationLine": "underline", "textDecorationStyle": "dotted"}),
                        ("double", {"textDecoration": "underline double"})):
        out.append(case(T, f"decoration-{name}", f"textDecoration {name}", ["textDecoration"],
                        _text_frame(_para("Decorated text wraps too", {"fontSize": 22, **style}))))
    out.append(case(T, "decoration-u-preset", "the u element underlines", ["presets", "textDecoration"],
                    _text_frame(div({"display": "flex", "fontSize": 22}, [el("u", None, "under"), el("s", None, " struck")]))))
    for name, value in (("offset", "2px 2px #e63946"), ("blur", "0 0 6px #457b9d"),
                        ("multiple", "2px 2px 0 #f4a261, -2px -2px 0 #2a9d8f")):
        out.append(case(T, f"shadow-{name}", f"textShadow: {value}", ["textShadow"],
                        _text_frame(div({"fontSize": 36, "fontWeight": 700, "textShadow": value}, "Shadow"))))
    out.append(case(T, "ellipsis", "textOverflow: ellipsis on one nowrap line", ["textOverflow", "ellipsis"],
                    _text_frame(_para(LOREM, {"whiteSpace": "nowrap", "overflow": "hidden", "textOverflow": "ellipsis"}))))
    out.append(case(T, "line-clamp", "lineClamp: 2 with display block", ["lineClamp", "ellipsis"],
                    _text_frame(_para(LOREM + " " + LOREM, {"display": "block", "lineClamp": 2}))))
    out.append(case(T, "webkit-line-clamp", "WebkitLineClamp: 3 with -webkit-box", ["lineClamp", "WebkitLineClamp"],
                    _text_frame(_para(LOREM + " " + LOREM, {"display": "-webkit-box", "WebkitBoxOrient": "vertical",
                                                            "WebkitLineClamp": 3, "overflow": "hidden"}))))
    for tt in ("uppercase", "lowercase", "capitalize"):
        out.append(case(T, f"transform-{tt}", f"textTransform: {tt}", ["textTransform"],
                        _text_frame(_para("hello World from pureog", {"textTransform": tt}))))
    out.append(case(T, "font-size-em", "fontSize in em relative to the parent", ["fontSize", "em"],
                    _text_frame(div({"fontSize": 20, "display": "flex", "flexDirection": "column"},
                                    [div({"fontSize": "0.5em"}, "half"), div({"fontSize": "2em"}, "double")]))))
    out.append(case(T, "font-size-rem", "fontSize in rem (16px)", ["fontSize", "rem"],
                    _text_frame(div({"fontSize": "2.5rem"}, "rem"))))
    out.append(case(T, "color-inherit", "color inherits into nested spans", ["color", "inheritance"],
                    _text_frame(div({"color": "#2a9d8f", "fontSize": 22, "display": "flex"},
                                    [el("span", None, "parent "), el("span", {"color": "#e63946"}, "child")]))))
    out.append(case(T, "mixed-spans", "a bold and an italic span inline in a wrapping row", ["inline", "wrapping"],
                    _text_frame(div({"fontSize": 20, "display": "flex", "flexWrap": "wrap", "width": 170},
                                    ["Plain ", el("b", None, "bold words "), el("i", None, "italic"), " end"]))))
    out.append(case(T, "tab-size", "tabSize with whiteSpace: pre", ["tabSize", "whiteSpace"],
                    _text_frame(_para("a\tb\tc\n\td", {"whiteSpace": "pre", "tabSize": 4}))))
    out.append(case(T, "stroke", "WebkitTextStroke draws an outline", ["WebkitTextStroke"],
                    _text_frame(div({"fontSize": 48, "fontWeight": 700, "color": "white",
                                     "WebkitTextStroke": "2px #222"}, "Stroke"))))
    out.append(case(T, "multiline-center", "centred multi-line text in a centred box", ["textAlign", "wrapping"],
                    frame([div({"width": 160, "textAlign": "center", "fontSize": 24}, "Centred text on three lines")],
                          {"alignItems": "center", "justifyContent": "center"})))
    out.append(case(T, "text-wrap-balance", "textWrap: balance evens out line lengths", ["textWrap"],
                    _text_frame(_para("Balanced lines make headlines look better", {"textWrap": "balance"}))))
    out.append(case(T, "newline-normal", "a newline in normal white-space is a space", ["whiteSpace"],
                    _text_frame(_para("first\nsecond", {}))))
    out.append(case(T, "big-title", "a bold 64px title wrapping on a wide canvas", ["fontSize", "fontWeight", "wrapping"],
                    frame([div({"fontSize": 64, "fontWeight": 700, "lineHeight": 1.1, "letterSpacing": -2},
                               "Bold titles wrap")], {"padding": 20}), size=(400, 210)))
    out.append(case(T, "digits", "digits and punctuation", ["glyphs"],
                    _text_frame(_para("0123456789 !?&@#$%() +-*/=", {"fontSize": 20}))))
    out.append(case(T, "small-8px", "tiny 8px text", ["fontSize"],
                    _text_frame(_para(LOREM, {"fontSize": 8}))))
    return out


def font_cases() -> list[CaseSpec]:
    out: list[CaseSpec] = []
    geist = (font("Geist", "Geist-Light.ttf", 300), font("Geist", "Geist-Regular.ttf", 400),
             font("Geist", "Geist-Bold.ttf", 700), font("Geist", "Geist-Black.ttf", 900))
    for weight in (300, 400, 700, 900):
        out.append(case(F, f"weight-{weight}", f"fontWeight {weight} picks the matching face", ["fontWeight"],
                        _text_frame(div({"fontFamily": "Geist", "fontWeight": weight, "fontSize": 36}, "Weight")),
                        fonts=geist))
    out.append(case(F, "weight-nearest-600", "fontWeight 600 with 400/700 faces picks 700 (CSS matching)",
                    ["fontWeight", "font matching"],
                    _text_frame(div({"fontFamily": "Geist", "fontWeight": 600, "fontSize": 36}, "Nearest")),
                    fonts=geist[1:3]))
    out.append(case(F, "weight-nearest-300", "fontWeight 300 with 400/700 faces picks 400", ["fontWeight", "font matching"],
                    _text_frame(div({"fontFamily": "Geist", "fontWeight": 300, "fontSize": 36}, "Light?")),
                    fonts=geist[1:3]))
    out.append(case(F, "italic", "fontStyle: italic picks the italic face", ["fontStyle"],
                    _text_frame(div({"display": "flex", "flexDirection": "column", "fontSize": 30, "fontFamily": "Geist"},
                                    [div(None, "Upright"), div({"fontStyle": "italic"}, "Italic")])),
                    fonts=(font("Geist", "Geist-Regular.ttf"), font("Geist", "Geist-Italic.ttf", 400, "italic"))))
    out.append(case(F, "family-list", "the first listed family that is loaded wins", ["fontFamily"],
                    _text_frame(div({"fontFamily": "Missing, 'Geist Mono', Geist", "fontSize": 26}, "Mono 0123")),
                    fonts=(font("Geist", "Geist-Regular.ttf"), font("Geist Mono", "GeistMono-Regular.ttf"))))
    out.append(case(F, "mono", "Geist Mono: every advance equal", ["fontFamily", "monospace"],
                    _text_frame(div({"fontFamily": "Geist Mono", "fontSize": 22, "display": "flex", "flexDirection": "column"},
                                    [div(None, "iiiii"), div(None, "WWWWW")])),
                    fonts=(font("Geist Mono", "GeistMono-Regular.ttf"),)))
    out.append(case(F, "glyph-fallback", "glyphs missing from the first font come from the next one",
                    ["font fallback", "korean"],
                    _text_frame(div({"fontFamily": "Geist, Nanum", "fontSize": 26}, "Hi 안녕")),
                    fonts=(font("Geist", "Geist-Regular.ttf"), NANUM)))
    out.append(case(F, "otf-cff", "an OpenType/CFF (PostScript outlines) font", ["OTF", "CFF"],
                    _text_frame(div({"fontFamily": "Noto Sans KR", "fontSize": 30}, "CFF 한글 Ag")),
                    fonts=(font("Noto Sans KR", "NotoSansKR-subset.otf"),)))
    out.append(case(F, "woff", "a WOFF (zlib-compressed sfnt) font", ["WOFF"],
                    _text_frame(div({"fontFamily": "Geist Medium", "fontSize": 32}, "WOFF font")),
                    fonts=(font("Geist Medium", "Geist-Medium.woff", 500),)))
    out.append(case(F, "kerning", "kerning pairs (AV, To, Ty) are applied", ["kerning"],
                    _text_frame(div({"fontSize": 48}, "AVATo Ty"))))
    out.append(case(F, "ligature", "standard ligatures (fi, fl) are not required but must match", ["ligatures"],
                    _text_frame(div({"fontSize": 40}, "fifl office"))))
    out.append(case(F, "huge", "a 150px glyph shows outline precision", ["fontSize"],
                    frame([div({"fontSize": 150, "lineHeight": 1}, "g")], {"justifyContent": "center"})))
    out.append(case(F, "bold-preset", "the b element uses the bold default face", ["fontWeight", "presets"],
                    _text_frame(div({"display": "flex", "fontSize": 28}, ["Reg ", el("b", None, "Bold")]))))
    out.append(case(F, "korean-nanum", "Korean syllables from a TrueType font", ["korean", "cjk"],
                    _text_frame(div({"fontFamily": "Nanum", "fontSize": 28}, "안녕하세요")), fonts=(NANUM,)))
    return out
