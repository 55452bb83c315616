"""Full 1200x630 showcase cards (area ``cards``); the benchmark renders several of them too.

``blog``, ``korean`` and ``effects`` are the benchmark's cards (bench/run.py reads these YAML files).
Imports only :mod:`conformance.casegen`.
"""

from __future__ import annotations

from conformance.casegen import ASSETS, CARD, CaseSpec, case, div, font

NANUM_BOLD = font("Nanum", "NanumGothicBold-subset.ttf", 700)
NANUM = font("Nanum", "NanumGothic-subset.ttf", 400)


def cards() -> list[CaseSpec]:
    c = "cards"
    blog = div(
        {"display": "flex", "flexDirection": "column", "justifyContent": "space-between", "width": "100%",
         "height": "100%", "padding": 72, "color": "white",
         "backgroundImage": "linear-gradient(135deg, #0f172a 0%, #312e81 55%, #be185d 100%)"},
        [
            div({"display": "flex", "alignItems": "center", "gap": 16}, [
                div({"border": "2px solid rgba(255,255,255,0.7)", "borderRadius": 999, "padding": "8px 24px",
                     "fontSize": 26, "color": "#e0e7ff"}, "Engineering"),
                div({"fontSize": 26, "color": "#c7d2fe"}, "8 min read"),
            ]),
            div({"fontSize": 64, "fontWeight": 700, "lineHeight": 1.15, "letterSpacing": -1, "maxWidth": 960},
                "Rendering Open Graph images in pure Python without a browser or native code"),
            div({"display": "flex", "alignItems": "center", "gap": 20}, [
                {"img": {"src": f"{ASSETS}/avatar.png", "width": 72, "height": 72,
                         "style": {"borderRadius": "50%", "border": "3px solid white"}}},
                div({"display": "flex", "flexDirection": "column"}, [
                    div({"fontSize": 28, "fontWeight": 700}, "Ada Lovelace"),
                    div({"fontSize": 22, "color": "#c7d2fe"}, "March 14, 2025"),
                ]),
            ]),
        ],
    )
    korean = div(
        {"display": "flex", "flexDirection": "column", "justifyContent": "center", "width": "100%", "height": "100%",
         "padding": 80, "backgroundColor": "#fffaf0", "fontFamily": "Nanum", "color": "#1f2937"},
        [
            div({"fontSize": 30, "color": "#b45309", "marginBottom": 24}, "기술 블로그"),
            div({"fontSize": 72, "fontWeight": 700, "lineHeight": 1.25, "wordBreak": "keep-all"},
                "파이썬으로 만드는 오픈 그래프 이미지: 브라우저 없이 빠르게"),
            div({"fontSize": 28, "color": "#6b7280", "marginTop": 32}, "김하늘 · 2025년 3월 14일"),
        ],
    )
    effects = div(
        {"display": "flex", "alignItems": "center", "justifyContent": "center", "width": "100%", "height": "100%",
         "backgroundColor": "#eef2f7"},
        [
            div({"display": "flex", "flexDirection": "column", "justifyContent": "center", "position": "relative",
                 "width": 760, "height": 360, "padding": 56, "borderRadius": 32, "backgroundColor": "white",
                 "boxShadow": "0 20px 50px rgba(15, 23, 42, 0.35)", "border": "4px dashed #94a3b8"},
                [
                    div({"fontSize": 56, "fontWeight": 700, "color": "#0f172a"}, "Effects card"),
                    div({"fontSize": 28, "color": "#475569", "marginTop": 16, "opacity": 0.7},
                        "Shadow, dashed border, rotation and opacity"),
                    div({"position": "absolute", "top": -24, "right": -24, "transform": "rotate(12deg)",
                         "backgroundColor": "#e11d48", "color": "white", "fontSize": 28, "fontWeight": 700,
                         "padding": "12px 28px", "borderRadius": 16}, "NEW"),
                ]),
        ],
    )
    hero = div(
        {"display": "flex", "flexDirection": "column", "alignItems": "center", "justifyContent": "center",
         "width": "100%", "height": "100%", "backgroundColor": "#000",
         "backgroundImage": "radial-gradient(circle at 25px 25px, #333 2%, transparent 0%), "
                            "radial-gradient(circle at 75px 75px, #333 2%, transparent 0%)",
         "backgroundSize": "100px 100px"},
        [
            {"svg": {"width": 96, "height": 96, "viewBox": "0 0 75 65", "fill": "white",
                     "children": [{"path": {"d": "M37.59.25l36.95 64H.64l36.95-64z"}}]}},
            div({"fontSize": 72, "fontWeight": 700, "color": "white", "marginTop": 40, "letterSpacing": -2},
                "Hello, dark hero"),
        ],
    )
    stats = div(
        {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%", "padding": 64,
         "backgroundColor": "white", "gap": 40},
        [
            div({"fontSize": 48, "fontWeight": 700, "color": "#111827"}, "Quarterly numbers"),
            div({"display": "flex", "gap": 32}, [
                div({"display": "flex", "flexDirection": "column", "flex": 1, "padding": 32, "borderRadius": 24,
                     "backgroundColor": bg, "border": f"2px solid {fg}"},
                    [div({"fontSize": 64, "fontWeight": 700, "color": fg}, value),
                     div({"fontSize": 24, "color": "#4b5563"}, label)])
                for value, label, fg, bg in (("128k", "visitors", "#2563eb", "#eff6ff"),
                                             ("4.2%", "conversion", "#16a34a", "#f0fdf4"),
                                             ("-12%", "churn", "#dc2626", "#fef2f2"))
            ]),
        ],
    )
    quote = div(
        {"display": "flex", "flexDirection": "column", "justifyContent": "center", "width": "100%", "height": "100%",
         "padding": "80px 120px", "backgroundColor": "#1e293b", "color": "#f8fafc"},
        [
            div({"fontSize": 120, "lineHeight": 1, "color": "#f59e0b"}, "\u201c"),
            div({"fontSize": 44, "lineHeight": 1.4, "fontStyle": "italic"},
                "Simplicity is prerequisite for reliability, and that is what this card is about."),
            div({"fontSize": 26, "color": "#94a3b8", "marginTop": 32, "textTransform": "uppercase",
                 "letterSpacing": 4}, "Edsger W. Dijkstra"),
        ],
    )
    return [
        case(c, "blog", "blog card: 135deg gradient, 3-line 64px bold title, round avatar, pill tag",
             ["linear-gradient", "wrapping", "img", "borderRadius", "border"], blog, size=CARD),
        case(c, "korean", "Korean title card with keep-all wrapping", ["korean", "wordBreak", "fonts"], korean,
             size=CARD, fonts=(NANUM, NANUM_BOLD)),
        case(c, "effects", "effects card: 50px shadow blur, rotated badge, dashed border, opacity",
             ["boxShadow", "transform", "dashed", "opacity"], effects, size=CARD),
        case(c, "hero", "dark hero with dotted radial background and an svg logo",
             ["radial-gradient", "backgroundSize", "svg"], hero, size=CARD),
        case(c, "stats", "three stat tiles in a row", ["layout", "border", "borderRadius"], stats, size=CARD),
        case(c, "quote", "a quote card with italic text and letter-spaced caps",
             ["fontStyle", "textTransform", "letterSpacing"], quote, size=CARD),
    ]
