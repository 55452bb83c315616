"""An eighth outsider's paint generator: cards as code assistants and template galleries write them
(``--generator neptunian``).

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator neptunian --seeds 0:200 --out /tmp/neptunian -j 1``). Written as the card an LLM emits when
asked for "a beautiful OG image for my blog post", or an OG-image template gallery ships: the other
generators draw values, structure or whole documents; this one draws the *long style objects* of those
templates, modern CSS in every spelling they use, and the CSS Satori ignores or reads partially mixed in:

- theme variables: ``--accent``/``--fg``/``--muted`` declared on the root and read as ``var(--x)``, with
  fallbacks (``var(--missing, #7c3aed)``), inside shadows and gradients;
- sizes the way assistants hedge them: ``clamp()``, ``min()``, ``calc()`` mixing units, ``inset: 0``
  beside or instead of ``top``/``left`` (Next ignores these; pureog too, with a warning);
- glass and glow: ``backdropFilter``, translucent fills, hairline borders, layered ``boxShadow`` with
  spread and ``inset`` rings, ``textShadow`` glows of several layers, ``filter: blur()`` decorative
  circles positioned absolutely with negative offsets, ``mixBlendMode``, ``opacity`` layers;
- gradient titles: ``backgroundImage`` + ``backgroundClip: text`` + ``WebkitBackgroundClip: 'text'`` +
  ``WebkitTextFillColor: 'transparent'`` (and ``color: transparent``);
- backgrounds: several ``radial-gradient`` "blobs" stacked over a base, grid and stripe patterns from
  ``linear-gradient`` stripes with ``backgroundSize``, dot patterns;
- text: ``fontWeight`` 800/900, ``letterSpacing: '-0.02em'``, ``lineHeight: 1.1``, ``textTransform``,
  arrows and bullets, an emoji now and then (with an ``emoji`` set);
- badges rotated a few degrees, pills, ``objectFit`` avatars with ``borderRadius: '50%'`` and rings as
  ``boxShadow: 0 0 0 4px``, ``borderImage`` and ``outline`` (ignored), and web-only properties
  (``transition``, ``cursor``, ``WebkitFontSmoothing``, ``boxSizing``, ``willChange``, ...).

A card (1200x630 or smaller; values written for 1200x630 and scaled) holds one template: a backdrop and
one to three components, so a mismatch points at one feature. Spellings ``spec/differences.md`` lists are
not drawn (space-syntax colours, ``var()`` of an undefined variable without fallback, dotted borders in
shorthands, box shadows with the colour first, one bare length as a gradient's ``backgroundSize``, a
function in ``padding``), but for the gradient-border trick written as a ``background`` shorthand with
``padding-box``/``border-box`` after each layer, tagged ``L:background-box-layers``. React-shaped trees reach
the oracle as written (the driver's ``RAW_GENERATORS``).

Run: ``python -m conformance.paintgen --generator neptunian --seeds 0:200 --out /tmp/neptunian -j 1``; the
committed slice is ``--slice --seeds 0:16`` (small canvases). Imports only the standard library.
"""

from __future__ import annotations

import random
from typing import Any

from conformance.paintgen.generate import Generated, el

CANVASES = ((1200, 630), (800, 420), (600, 315), (480, 252))
SMALL_CANVASES = ((240, 126), (200, 105), (300, 158))

# Theme palettes as assistants pick them: a dark or light base, an accent, a second accent for gradients.
THEMES = (
    ("#0b1020", "#f8fafc", "#94a3b8", "#7c3aed", "#06b6d4"),
    ("#09090b", "#fafafa", "#a1a1aa", "#f97316", "#ec4899"),
    ("#0f172a", "#e2e8f0", "#64748b", "#22c55e", "#3b82f6"),
    ("#ffffff", "#0f172a", "#475569", "#6366f1", "#a855f7"),
    ("#fdf6e3", "#1f2937", "#6b7280", "#e11d48", "#f59e0b"),
    ("#111827", "#f9fafb", "#9ca3af", "#facc15", "#fb7185"),
)
TITLES = ("Building a Renderer in Pure Python", "Ship faster with Edge Functions",
          "How we cut our bundle size by 60%", "The Complete Guide to OG Images", "Hello, world",
          "Design systems that scale", "Why I switched to Rust")
SUBTITLES = ("A deep dive into layout, text shaping and pixels", "Read more →", "5 min read · Dec 6, 2026",
             "Everything you need to know", "→ blog.example.com", "Part 2 of 3 • Engineering")
BADGES = ("NEW", "Featured", "v2.0", "Beta", "Tutorial", "★ Popular", "Open Source")
EMOJI_TEXT = ("🚀 Launch week", "✨ New post", "🔥 Trending", "👋 Hello")
WEB_ONLY = {"transition": "all 0.2s ease", "cursor": "pointer", "WebkitFontSmoothing": "antialiased",
            "MozOsxFontSmoothing": "grayscale", "boxSizing": "border-box", "willChange": "transform",
            "userSelect": "none", "pointerEvents": "none", "textRendering": "optimizeLegibility",
            "animation": "pulse 2s infinite"}


class _Neptunian:
    def __init__(self, seed: int, w: int, h: int, assets: str) -> None:
        self.r = random.Random(f"neptunian-{seed}")
        self.s = w / 1200
        self.w, self.h = w, h
        self.assets = assets
        self.features: set[str] = set()
        self.theme = self.r.choice(THEMES)
        self.emoji = False

    def f(self, name: str) -> None:
        self.features.add(name)

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    def px(self, n: float) -> int:
        """A length written for 1200x630, scaled to this canvas (at least 1 where ``n`` is not 0)."""
        v = round(n * self.s)
        return v if v or not n else (1 if n > 0 else -1)

    def length(self, n: float, math: bool = True) -> Any:
        """A length in one of the spellings assistants use: number, ``"Npx"`` or (``math``) a hedged function.

        Next throws on a function in ``padding``/``margin`` (css-to-react-native, Yoga's setters), and pureog
        refuses it too, so those take ``math=False``."""
        v = self.px(n)
        pick = self.r.random()
        if pick < 0.55 or (not math and pick >= 0.8):
            return v
        if pick < 0.8:
            return f"{v}px"
        self.f("css-math")
        return self.r.choice((f"clamp({max(v // 2, 1)}px, 5vw, {v}px)", f"min({v}px, 10vw)",
                              f"calc({v}px + 0.5rem)", f"calc(100% - {v}px)", f"max({v}px, 1em)"))

    def accent(self) -> str:
        """The accent colour, mostly through the theme variables."""
        pick = self.r.random()
        if pick < 0.45:
            self.f("var")
            return "var(--accent)"
        if pick < 0.65:
            self.f("var-fallback")
            return f"var(--brand, {self.theme[3]})"
        return self.theme[3]

    def sprinkle(self, style: dict[str, Any]) -> None:
        """Web-only properties assistants leave in (Satori ignores them)."""
        if self.p(0.35):
            key = self.r.choice(sorted(WEB_ONLY))
            style[key] = WEB_ONLY[key]
            self.f("web-only")

    # --- backdrops -------------------------------------------------------------------------------------
    def backdrop(self, style: dict[str, Any]) -> list[dict[str, Any]]:
        """The root's background and decorative layers behind the content."""
        bg, _, _, a1, a2 = self.theme
        layers: list[dict[str, Any]] = []
        kind = self.r.choice(("blobs", "grid", "dots", "stripes", "circles", "plain", "mesh", "spotlight", "photo"))
        self.f("bg-" + kind)
        if kind == "blobs":
            n = self.r.randint(2, 4)
            blobs = [f"radial-gradient(circle at {self.r.randint(0, 100)}% {self.r.randint(0, 100)}%, "
                     f"{self.r.choice((a1, a2))}{self.r.choice(('55', '33', '80'))} 0%, transparent "
                     f"{self.r.choice((40, 50, 60))}%)" for _ in range(n)]
            style["backgroundImage"] = ", ".join(blobs)
            style["backgroundColor"] = bg
        elif kind == "mesh":
            style["background"] = (f"radial-gradient(at 0% 0%, {a1} 0px, transparent 50%), "
                                   f"radial-gradient(at 100% 100%, {a2} 0px, transparent 50%), {bg}")
        elif kind == "spotlight":
            # The radial "spotlight" of landing-page templates: an ellipse sized in percentages above the top,
            # or a size written before the shape.
            style["backgroundImage"] = self.r.choice((
                "radial-gradient(ellipse 80% 50% at 50% -20%, rgba(120,119,198,0.3), transparent)",
                f"radial-gradient(600px circle at 0% 0%, {a1}40, transparent 40%)",
                f"radial-gradient(ellipse at top, {a1}, transparent 70%)",
                f"radial-gradient(circle farthest-side at 100% 0%, {a2}66, transparent), "
                f"linear-gradient(to bottom right, {bg}, {a1}22)"))
            style["backgroundColor"] = bg
        elif kind == "photo":
            # A cover photo under a scrim: a url() layer below a gradient layer, or an absolutely placed <img>.
            photo = f"{self.assets}/{self.r.choice(('photo.jpg', 'texture.jpg', 'photo.png'))}"
            if self.p(0.5):
                style["backgroundImage"] = f"linear-gradient(to top, {bg} 10%, {bg}00 90%), url({photo})"
                style["backgroundSize"] = self.r.choice(("100% 100%, cover", "cover", "auto, cover"))
                style["backgroundPosition"] = "center"
                style["backgroundColor"] = bg
            else:
                style["backgroundColor"] = bg
                img_style: dict[str, Any] = {"position": "absolute", "top": 0, "left": 0, "width": "100%",
                                             "height": "100%", "objectFit": "cover",
                                             "opacity": self.r.choice((0.3, 0.4, 1))}
                if self.p(0.5):
                    img_style["filter"] = self.r.choice(("brightness(0.5)", "grayscale(100%) contrast(1.2)",
                                                         "saturate(1.5) brightness(0.7)", f"blur({self.px(8)}px)"))
                    self.f("photo-filter")
                if self.p(0.4):
                    img_style["maskImage"] = "linear-gradient(to bottom, black 40%, transparent)"
                    if self.p(0.5):
                        img_style["WebkitMaskImage"] = img_style["maskImage"]
                    self.f("photo-mask")
                layers.append(el("img", img_style, src=photo, width=self.w, height=self.h))
        elif kind == "grid":
            cell = self.px(self.r.choice((40, 48, 60)))
            line = "rgba(255,255,255,0.06)" if bg[1] in "01" else "rgba(15,23,42,0.08)"  # dark or light base
            style["backgroundImage"] = (f"linear-gradient({line} 1px, transparent 1px), "
                                        f"linear-gradient(90deg, {line} 1px, transparent 1px)")
            style["backgroundSize"] = f"{cell}px {cell}px"  # one length alone: Next throws (listed)
            style["backgroundColor"] = bg
        elif kind == "dots":
            cell = self.px(self.r.choice((24, 32)))
            style["backgroundImage"] = f"radial-gradient(circle, {a1}40 1px, transparent 1px)"
            style["backgroundSize"] = f"{cell}px {cell}px"
            style["backgroundColor"] = bg
        elif kind == "stripes":
            style["backgroundImage"] = (f"repeating-linear-gradient(45deg, {a1}14 0px, {a1}14 "
                                        f"{self.px(10)}px, transparent {self.px(10)}px, transparent {self.px(20)}px)")
            style["backgroundColor"] = bg
        elif kind == "circles":
            style["backgroundColor"] = bg
            for i in range(self.r.randint(1, 3)):
                size = self.px(self.r.choice((300, 400, 500)))
                circle: dict[str, Any] = {"position": "absolute", "width": size, "height": size,
                                          "borderRadius": self.r.choice(("50%", "9999px", 9999)),
                                          "background": self.r.choice((a1, a2, f"linear-gradient(135deg, {a1}, {a2})")),
                                          "opacity": self.r.choice((0.3, 0.4, 0.5, 0.6))}
                side = self.r.choice((("top", "left"), ("top", "right"), ("bottom", "right"), ("bottom", "left")))
                circle[side[0]] = -self.px(self.r.choice((80, 120, 150)))
                circle[side[1]] = -self.px(self.r.choice((60, 100, 140)))
                if self.p(0.7):
                    circle["filter"] = f"blur({self.px(self.r.choice((40, 60, 80, 100)))}px)"
                    self.f("blur-circle")
                if self.p(0.3):
                    circle["mixBlendMode"] = self.r.choice(("screen", "multiply", "overlay"))
                    self.f("blend")
                del i
                layers.append(el("div", circle))
        else:
            style["backgroundColor"] = bg if self.p(0.7) else "var(--bg)"
        if self.p(0.2):
            layers.append(el("div", {"position": "absolute", "inset": 0, "top": 0, "left": 0, "width": "100%",
                                     "height": "100%", "background": "linear-gradient(to bottom, transparent, "
                                     f"{bg})", "opacity": 0.6}))
            self.f("scrim-inset")
        return layers

    # --- components ------------------------------------------------------------------------------------
    def title(self) -> dict[str, Any]:
        fg, a1, a2 = self.theme[1], self.theme[3], self.theme[4]
        style: dict[str, Any] = {"fontSize": self.length(self.r.choice((56, 64, 72, 80))),
                                 "fontWeight": self.r.choice((700, 800, 900, "800", "bold")),
                                 "lineHeight": self.r.choice((1.1, 1.05, 1.2, "1.1")),
                                 "letterSpacing": self.r.choice(("-0.02em", "-0.03em", "-1px", "-0.025em", 0)),
                                 "color": self.r.choice((fg, "var(--fg)"))}
        if self.p(0.4):
            self.f("gradient-title")
            style["backgroundImage"] = self.r.choice((f"linear-gradient(90deg, {a1}, {a2})",
                                                      f"linear-gradient(135deg, {a1} 0%, {a2} 100%)",
                                                      f"linear-gradient(to right, #fff, {a1})"))
            style["backgroundClip"] = "text"
            if self.p(0.7):
                style["WebkitBackgroundClip"] = "text"
            if self.p(0.7):
                style["WebkitTextFillColor"] = "transparent"
            style["color"] = "transparent"
        if self.p(0.35):
            self.f("text-glow")
            glow = self.r.choice((f"0 0 {self.px(20)}px {a1}", f"0 0 {self.px(10)}px {a1}, 0 0 {self.px(40)}px {a2}",
                                  f"0 {self.px(2)}px {self.px(4)}px rgba(0,0,0,0.3)",
                                  f"0 0 {self.px(30)}px rgba(124, 58, 237, 0.5)"))
            style["textShadow"] = glow
        if self.p(0.12):
            style["WebkitTextStroke"] = f"{self.px(2) or 1}px {a1}"
            self.f("text-stroke")
        if self.p(0.12):
            style["fontStyle"] = "italic"
            self.f("italic")
        if self.p(0.15):
            style["fontSize"] = f"{round(self.r.choice((3.5, 4, 4.5)) * self.s, 2)}rem"
            self.f("rem")
        if self.p(0.15):
            style["color"] = "var(--title, var(--fg, #fff))"
            self.f("var-nested")
        if self.p(0.2):
            style["textTransform"] = self.r.choice(("uppercase", "capitalize"))
            self.f("text-transform")
        if self.p(0.2):
            style["maxWidth"] = self.r.choice(("80%", self.px(900), "min(900px, 90%)"))
        self.sprinkle(style)
        self.f("title")
        text = self.r.choice(TITLES)
        return el("div", style, text)

    def subtitle(self) -> dict[str, Any]:
        style: dict[str, Any] = {"fontSize": self.length(self.r.choice((24, 28, 32))),
                                 "color": self.r.choice((self.theme[2], "var(--muted)", "var(--muted, #94a3b8)")),
                                 "marginTop": self.px(self.r.choice((12, 16, 24))),
                                 "fontWeight": self.r.choice((400, 500))}
        if self.p(0.3):
            style["opacity"] = self.r.choice((0.8, 0.7, 0.9))
        self.f("subtitle")
        text = self.r.choice(SUBTITLES)
        if self.p(0.1):
            text = self.r.choice(EMOJI_TEXT)
            self.emoji = True
        return el("div", style, text)

    def badge(self) -> dict[str, Any]:
        a1 = self.accent()
        style: dict[str, Any] = {"display": "flex", "alignItems": "center",
                                 "padding": f"{self.px(6)}px {self.px(16)}px",
                                 "borderRadius": self.r.choice((9999, "9999px", "999px", self.px(8))),
                                 "fontSize": self.px(20), "fontWeight": 600,
                                 "letterSpacing": self.r.choice(("0.05em", "0.1em", "1px")),
                                 "textTransform": "uppercase"}
        look = self.r.choice(("solid", "soft", "outline"))
        self.f("badge-" + look)
        if look == "solid":
            style["background"] = a1
            style["color"] = "#fff"
        elif look == "soft":
            style["backgroundColor"] = "rgba(255, 255, 255, 0.1)"
            style["border"] = f"1px solid {self.r.choice(('rgba(255,255,255,0.2)', self.theme[3] + '66'))}"
            style["color"] = self.theme[1]
        else:
            style["border"] = f"{self.px(2)}px solid {a1}"
            style["color"] = a1
        if self.p(0.4):
            style["transform"] = f"rotate({self.r.choice((-6, -3, 3, 5, 12))}deg)"
            self.f("badge-rotated")
        if self.p(0.25):
            style["boxShadow"] = f"0 {self.px(4)}px {self.px(14)}px rgba(0, 0, 0, 0.25)"
        if self.p(0.15):
            style["outline"] = f"2px solid {self.theme[4]}"
            style["outlineOffset"] = "2px"
            self.f("outline")
        self.sprinkle(style)
        return el("div", style, self.r.choice(BADGES))

    def author(self) -> dict[str, Any]:
        size = self.px(self.r.choice((56, 64, 72)))
        ring_w = self.px(4)
        img_style: dict[str, Any] = {"width": size, "height": size,
                                     "borderRadius": self.r.choice(("50%", "9999px", size)),
                                     "objectFit": self.r.choice(("cover", "cover", "contain"))}
        ring = self.r.choice(("none", "ring", "ring2", "border"))
        self.f("avatar-" + ring)
        if ring == "ring":
            img_style["boxShadow"] = f"0 0 0 {ring_w}px {self.accent()}"
        elif ring == "ring2":
            img_style["boxShadow"] = f"0 0 0 {ring_w}px {self.theme[0]}, 0 0 0 {ring_w * 2}px {self.theme[3]}"
        elif ring == "border":
            img_style["border"] = f"{ring_w}px solid {self.theme[1]}"
        img = el("img", img_style, src=f"{self.assets}/{self.r.choice(('avatar.png', 'photo.jpg'))}",
                 width=size, height=size)
        name = el("div", {"display": "flex", "flexDirection": "column", "marginLeft": self.px(16)},
                  [el("div", {"fontSize": self.px(24), "fontWeight": 700, "color": "var(--fg)"}, "Jane Doe"),
                   el("div", {"fontSize": self.px(18), "color": "var(--muted)"}, "@janedoe")])
        self.f("var")
        return el("div", {"display": "flex", "alignItems": "center"}, [img, name])

    def glass(self, children: list[dict[str, Any]]) -> dict[str, Any]:
        """A glass panel holding the content, as every "modern" template has one."""
        style: dict[str, Any] = {"display": "flex", "flexDirection": "column",
                                 "padding": self.length(self.r.choice((40, 48, 56)), math=False),
                                 "borderRadius": self.px(self.r.choice((16, 24, 32))),
                                 "background": self.r.choice(("rgba(255, 255, 255, 0.05)", "rgba(255,255,255,0.08)",
                                                              "rgba(15, 23, 42, 0.6)", "#ffffff14"))}
        if self.p(0.6):
            style["border"] = f"1px solid {self.r.choice(('rgba(255,255,255,0.1)', 'rgba(255, 255, 255, 0.18)'))}"
        if self.p(0.6):
            style["backdropFilter"] = f"blur({self.px(self.r.choice((10, 12, 20)))}px)"
            self.f("backdrop-filter")
            if self.p(0.5):
                style["WebkitBackdropFilter"] = style["backdropFilter"]
        shadows = self.r.choice((
            f"0 {self.px(25)}px {self.px(50)}px -{self.px(12)}px rgba(0, 0, 0, 0.5)",
            f"0 0 0 1px rgba(255,255,255,0.1), 0 {self.px(20)}px {self.px(40)}px rgba(0,0,0,0.4)",
            f"inset 0 1px 0 rgba(255, 255, 255, 0.1), 0 {self.px(10)}px {self.px(30)}px rgba(0,0,0,0.3)",
            f"0 {self.px(4)}px {self.px(6)}px -1px rgba(0,0,0,0.1), "
            f"0 {self.px(2)}px {self.px(4)}px -2px rgba(0,0,0,0.1)",
            f"0 0 {self.px(60)}px {self.px(10)}px {self.theme[3]}33",
            f"inset 0 0 {self.px(20)}px {self.theme[3]}40",
            f"0 0 0 1px var(--accent), 0 {self.px(8)}px {self.px(32)}px var(--glow, rgba(0,0,0,0.35))"))
        if self.p(0.75):
            style["boxShadow"] = shadows
            self.f("layered-shadow" if "," in shadows else "shadow")
            if "inset" in shadows:
                self.f("shadow-inset")
        if self.p(0.25):
            # The gradient-border trick: a transparent border and two background layers clipped to
            # padding-box and border-box.
            style["border"] = f"{self.px(2) or 1}px solid transparent"
            inner, ring = f"linear-gradient({self.theme[0]}, {self.theme[0]})", \
                f"linear-gradient(135deg, {self.theme[3]}, {self.theme[4]})"
            if self.p(0.85):
                style["backgroundImage"] = f"{inner}, {ring}"
                style["backgroundOrigin"] = "border-box"
                style["backgroundClip"] = "padding-box, border-box"
                self.f("gradient-border")
            else:
                # The shorthand with a box after a layer: css-background-parser moves the text after a
                # layer's ')' into the next layer, and Next throws (listed).
                style["background"] = f"{inner} padding-box, {ring} border-box"
                self.f("L:background-box-layers")
        if self.p(0.15):
            style["borderImage"] = f"linear-gradient(90deg, {self.theme[3]}, {self.theme[4]}) 1"
            self.f("border-image")
        if self.p(0.2):
            style["maxWidth"] = self.r.choice(("90%", "calc(100% - 80px)"))
        self.sprinkle(style)
        self.f("glass")
        return el("div", style, children)

    def footer(self) -> dict[str, Any]:
        line = el("div", {"width": self.px(self.r.choice((64, 80, 120))), "height": self.px(4),
                          "borderRadius": 9999,
                          "background": f"linear-gradient(90deg, {self.accent()}, {self.theme[4]})"})
        label = el("div", {"fontSize": self.px(22), "color": self.theme[2], "marginLeft": self.px(16),
                           "letterSpacing": "0.02em"}, self.r.choice(("example.com", "→ Read the post", "● Live")))
        self.f("footer")
        return el("div", {"display": "flex", "alignItems": "center", "marginTop": "auto"}, [line, label])

    def mark(self) -> dict[str, Any]:
        """A logo mark pinned to a corner or centred with ``translate(-50%, -50%)``."""
        size = self.px(self.r.choice((48, 64, 96)))
        style: dict[str, Any] = {"position": "absolute", "width": size, "height": size, "display": "flex",
                                 "alignItems": "center", "justifyContent": "center",
                                 "borderRadius": self.r.choice(("50%", self.px(16),
                                                                "30% 70% 70% 30% / 30% 30% 70% 70%")),
                                 "background": f"linear-gradient(135deg, var(--accent), {self.theme[4]})",
                                 "color": "#fff", "fontSize": self.px(32), "fontWeight": 900}
        where = self.r.choice(("corner", "centre", "edge"))
        self.f("mark-" + where)
        if where == "corner":
            style["top"] = self.px(40)
            style["right"] = self.px(40)
        elif where == "centre":
            style["top"] = "50%"
            style["left"] = "50%"
            style["transform"] = self.r.choice(("translate(-50%, -50%)", "translate(-50%, -50%) rotate(12deg)",
                                                "translateX(-50%) translateY(-50%) scale(1.2)"))
        else:
            style["bottom"] = -size // 3
            style["right"] = "10%"
            style["transform"] = "rotate(-12deg)"
        if self.p(0.4):
            style["boxShadow"] = f"0 0 0 {self.px(6)}px rgba(255,255,255,0.1), 0 0 {self.px(40)}px var(--accent)"
        return el("div", style, self.r.choice(("N", "→", "◆", "▲", "✦")))

    def card(self) -> dict[str, Any]:
        bg, fg, muted, a1, _ = self.theme
        root: dict[str, Any] = {"display": "flex", "flexDirection": "column", "width": "100%", "height": "100%",
                                "position": "relative", "overflow": "hidden", "color": fg,
                                "--bg": bg, "--fg": fg, "--muted": muted, "--accent": a1,
                                "padding": self.length(self.r.choice((60, 64, 80)), math=False),
                                "fontFamily": self.r.choice(("Inter, sans-serif", "sans-serif",
                                                             "'Geist', system-ui, -apple-system, sans-serif"))}
        layout = self.r.choice(("left", "center", "split"))
        self.f("layout-" + layout)
        if layout == "center":
            root["alignItems"] = "center"
            root["justifyContent"] = "center"
            root["textAlign"] = "center"
        elif layout == "split":
            root["justifyContent"] = "space-between"
        layers = self.backdrop(root)
        self.sprinkle(root)
        content: list[dict[str, Any]] = []
        if self.p(0.5):
            content.append(self.badge())
        content.append(self.title())
        if self.p(0.6):
            content.append(self.subtitle())
        if self.p(0.35):
            content.append(self.author())
        if self.p(0.3):
            body: list[dict[str, Any]] = [self.glass(content)]
        else:
            wrapper: dict[str, Any] = {"display": "flex", "flexDirection": "column", "gap": self.px(16)}
            if layout == "center":
                wrapper["alignItems"] = "center"
            body = [el("div", wrapper, content)]
        if layout == "split" and self.p(0.7):
            body.append(self.footer())
        if self.p(0.2):
            body.append(self.mark())
        return el("div", root, [*layers, *body])


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the avatar pictures)."""
    r = random.Random(f"neptunian-size-{seed}")
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g = _Neptunian(seed, w, h, assets)
    doc: dict[str, Any] = {"width": w, "height": h, "element": g.card()}
    if g.emoji:
        doc["emoji"] = "twemoji"
        g.f("emoji")
    return Generated(seed, doc, tuple(sorted(g.features)))
