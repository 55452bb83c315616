"""A design-system paint generator (``--generator vesta``): cards styled through a theme's tokens.

Role: ``document(seed) -> Generated`` for the pixel-differential driver (``python -m conformance.paintgen
--generator vesta --seeds 0:200 --out /tmp/vesta -j 1``). The other generators write literal values or a
few root variables; this one ports a site's theme into an OG card, as people do: one design system a
document, its custom properties declared where a theme provider puts them, and every paint value of the
card read through them:

- shadcn/ui: HSL channel triples (``--primary: 222.2 47.4% 11.2%``) read as ``hsl(var(--primary))`` and
  ``hsl(var(--primary) / 0.8)``, ``--radius: 0.5rem`` and ``calc(var(--radius) - 2px)``;
- Tailwind v4: ``--color-zinc-900`` palettes (``oklch()`` as shipped, or the hex people convert to),
  ``--radius-lg``, ``--shadow-md``, ``--text-2xl``;
- Tailwind v3's generated compositions: ``rgb(var(--tw-color) / var(--tw-bg-opacity))``, the
  ``--tw-ring-offset-shadow, --tw-ring-shadow, --tw-shadow`` box shadow and ``--tw-gradient-stops``
  (with the position variables declared, empty or left out);
- Radix Colors scales (``var(--slate-12)``, alpha steps as 8-digit hex, ``color(display-p3 ...)``);
- Material 3 system tokens (``--md-sys-color-*``, shape corners, elevation levels, type scale);
- Open Props (``var(--shadow-3)`` with its ``hsl(var(--shadow-color) / ...)`` layers, ``var(--gradient-5)``,
  ``var(--radius-3)``, ``--size-*``);
- Chakra and Mantine: theme objects spread into style objects as literal values (rem radii, rgba shadow
  lists), and their CSS variables (``--chakra-colors-*``, ``--mantine-radius-md: calc(0.5rem * ...)``).

Across systems: light and dark themes, a panel that overrides tokens below the root (a dark section in a
light card), tokens declared on the root, on an ancestor (the card, a provider wrapper) or on the element
that reads them, tokens in ``em``/``rem``, tokens that read other tokens (resolved where they are used, as
Satori resolves them), ``var()`` fallbacks (``var(--x, var(--y, #000))``), missing tokens, and ``calc()``
on tokens. Feature tags name the system (``sys-*``), the placement (``at-*``) and each usage form.
Spellings Next draws broken or throws on (CSS Color 4 functions, listed in spec/differences.md) are drawn
only in documents tagged ``L:<row>``.

Found on first use (2026-12-07, seeds 0:200, Next drew 145 of the first version's): a ``boxShadow`` spread written
as ``calc()`` (Tailwind v3's ring) made pureog drop the whole list, where Next keeps it and draws that layer half
a pixel wide (``box-shadow/spread-calc-text``); probing the token forms found the same for Mantine's ``calc()``
offsets and blurs and for an inset ring (``box-shadow/offset-calc-text``, ``blur-calc-text``,
``inset-spread-calc-text``), and Tailwind's own ``var(--tw-ring-inset)`` left undeclared (``initial`` as the x
offset: ``x-offset-text-ring-inset``, ``fifth-part-text-ring-inset``). Next throws on ``calc()`` in
``borderRadius``/``padding`` (listed, tagged ``L:calc-shorthand``). The committed version, seeds 0:200: Next drew
162, pureog matched 129 before the fixes (114 of 118 without ``L:``), 133 after (118 of 118).

React-shaped trees reach the oracle as written (the driver's ``RAW_GENERATORS``). Imports only the
standard library; never :mod:`pureog`.
"""

from __future__ import annotations

import colorsys
import random
from typing import Any

from conformance.paintgen.generate import Generated, el

CANVASES = ((1200, 630), (800, 418), (600, 315), (400, 300))
SMALL_CANVASES = ((240, 180), (320, 168), (200, 150))
SYSTEMS = ("shadcn", "tw4", "tw3", "radix", "material", "openprops", "chakra", "mantine")
PLACEMENTS = ("root", "provider", "card", "element")
FACES = (("Inter", "Geist-Regular.ttf", 400, "normal"), ("Inter", "Geist-Bold.ttf", 700, "normal"),
         ("Inter", "Geist-Medium.woff", 500, "normal"), ("Inter", "Geist-Light.ttf", 300, "normal"),
         ("Geist Mono", "GeistMono-Regular.ttf", 400, "normal"))
WORDS = ("Ship faster with tokens", "Design systems in production", "Theme once, render anywhere",
         "Release notes: v4.2", "Dark mode, finally", "Announcing the component library")

# -- the themes: (light, dark) custom properties each system ships (values as the projects publish them) --
SHADCN = ({"--background": "0 0% 100%", "--foreground": "222.2 84% 4.9%", "--card": "0 0% 100%",
           "--card-foreground": "222.2 84% 4.9%", "--primary": "222.2 47.4% 11.2%",
           "--primary-foreground": "210 40% 98%", "--muted": "210 40% 96.1%", "--muted-foreground": "215.4 16.3% 46.9%",
           "--accent": "210 40% 96.1%", "--border": "214.3 31.8% 91.4%", "--ring": "222.2 84% 4.9%",
           "--destructive": "0 84.2% 60.2%"},
          {"--background": "222.2 84% 4.9%", "--foreground": "210 40% 98%", "--card": "222.2 84% 4.9%",
           "--card-foreground": "210 40% 98%", "--primary": "210 40% 98%", "--primary-foreground": "222.2 47.4% 11.2%",
           "--muted": "217.2 32.6% 17.5%", "--muted-foreground": "215 20.2% 65.1%", "--accent": "217.2 32.6% 17.5%",
           "--border": "217.2 32.6% 17.5%", "--ring": "212.7 26.8% 83.9%", "--destructive": "0 62.8% 30.6%"})
TW4_HEX = {"--color-zinc-50": "#fafafa", "--color-zinc-100": "#f4f4f5", "--color-zinc-400": "#9f9fa9",
           "--color-zinc-500": "#71717b", "--color-zinc-800": "#27272a", "--color-zinc-900": "#18181b",
           "--color-zinc-950": "#09090b", "--color-indigo-500": "#625fff", "--color-pink-500": "#f6339a",
           "--color-emerald-400": "#00d294"}
TW4_OKLCH = {"--color-zinc-50": "oklch(0.985 0 0)", "--color-zinc-100": "oklch(0.967 0.001 286.375)",
             "--color-zinc-400": "oklch(0.705 0.015 286.067)", "--color-zinc-500": "oklch(0.552 0.016 285.938)",
             "--color-zinc-800": "oklch(0.274 0.006 286.033)", "--color-zinc-900": "oklch(0.21 0.006 285.885)",
             "--color-zinc-950": "oklch(0.141 0.005 285.823)", "--color-indigo-500": "oklch(0.585 0.233 277.117)",
             "--color-pink-500": "oklch(0.656 0.241 354.308)", "--color-emerald-400": "oklch(0.765 0.177 163.223)"}
TW3_RGB = {"slate-900": "15 23 42", "slate-50": "248 250 252", "slate-400": "148 163 184", "indigo-500": "99 102 241",
           "pink-500": "236 72 153", "white": "255 255 255", "slate-800": "30 41 59", "emerald-400": "52 211 153"}
RADIX = ({"--slate-1": "#fcfcfd", "--slate-3": "#f0f0f3", "--slate-6": "#d9d9e0", "--slate-11": "#60646c",
          "--slate-12": "#1c2024", "--blue-9": "#0090ff", "--blue-11": "#0d74ce", "--blue-a3": "#008ff519",
          "--blue-a5": "#0088f841", "--black-a3": "#00000026"},
         {"--slate-1": "#111113", "--slate-3": "#212225", "--slate-6": "#363a3f", "--slate-11": "#b0b4ba",
          "--slate-12": "#edeef0", "--blue-9": "#0090ff", "--blue-11": "#70b8ff", "--blue-a3": "#0077ff3a",
          "--blue-a5": "#0081fd6b", "--black-a3": "#00000026"})
RADIX_P3 = {"--blue-9": "color(display-p3 0.247 0.556 0.969)", "--blue-11": "color(display-p3 0.15 0.44 0.84)",
            "--slate-12": "color(display-p3 0.11 0.125 0.141)"}
MATERIAL = ({"--md-sys-color-primary": "#6750A4", "--md-sys-color-on-primary": "#FFFFFF",
             "--md-sys-color-surface": "#FEF7FF", "--md-sys-color-on-surface": "#1D1B20",
             "--md-sys-color-on-surface-variant": "#49454F", "--md-sys-color-surface-container": "#F3EDF7",
             "--md-sys-color-outline-variant": "#CAC4D0", "--md-sys-color-tertiary": "#7D5260"},
            {"--md-sys-color-primary": "#D0BCFF", "--md-sys-color-on-primary": "#381E72",
             "--md-sys-color-surface": "#141218", "--md-sys-color-on-surface": "#E6E0E9",
             "--md-sys-color-on-surface-variant": "#CAC4D0", "--md-sys-color-surface-container": "#211F26",
             "--md-sys-color-outline-variant": "#49454F", "--md-sys-color-tertiary": "#EFB8C8"})
OPEN_PROPS = {"--gray-0": "#f8f9fa", "--gray-2": "#e9ecef", "--gray-6": "#868e96", "--gray-9": "#212529",
              "--gray-12": "#030507", "--indigo-6": "#4c6ef5", "--pink-6": "#e64980", "--teal-4": "#38d9a9"}
CHAKRA = {"--chakra-colors-gray-50": "#F7FAFC", "--chakra-colors-gray-600": "#4A5568",
          "--chakra-colors-gray-800": "#1A202C", "--chakra-colors-teal-500": "#319795",
          "--chakra-colors-white": "#FFFFFF", "--chakra-radii-md": "0.375rem", "--chakra-space-4": "1rem",
          "--chakra-shadows-md": "0 4px 6px -1px rgba(0, 0, 0, 0.1), 0 2px 4px -1px rgba(0, 0, 0, 0.06)"}
MANTINE = {"--mantine-scale": "1", "--mantine-color-blue-6": "#228be6",
           "--mantine-color-blue-filled": "var(--mantine-color-blue-6)", "--mantine-color-dark-7": "#1a1b1e",
           "--mantine-color-dark-0": "#c9c9c9", "--mantine-color-gray-0": "#f8f9fa",
           "--mantine-color-text": "#000", "--mantine-radius-md": "calc(0.5rem * var(--mantine-scale))",
           "--mantine-radius-default": "0.5rem", "--mantine-spacing-md": "1rem",
           "--mantine-shadow-md": "0 calc(0.0625rem * var(--mantine-scale)) calc(0.1875rem * var(--mantine-scale)) "
           "rgba(0, 0, 0, 0.05), 0 calc(1.25rem * var(--mantine-scale)) calc(1.5625rem * var(--mantine-scale)) "
           "calc(-0.3125rem * var(--mantine-scale)) rgba(0, 0, 0, 0.05), 0 calc(0.625rem * var(--mantine-scale)) "
           "calc(0.625rem * var(--mantine-scale)) calc(-0.3125rem * var(--mantine-scale)) rgba(0, 0, 0, 0.04)"}


def _hsl_hex(channels: str) -> str:
    """A shadcn/ui channel triple (``222.2 84% 4.9%``) as the hex colour a port writes for it."""
    h, sat, light = (float(v.rstrip("%")) for v in channels.split())
    rgb = colorsys.hls_to_rgb(h / 360, light / 100, sat / 100)
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


class _Vesta:
    """One document's draws: the system, its mode, where the theme is declared and the features seen."""

    def __init__(self, seed: int, w: int, h: int) -> None:
        self.r = random.Random(f"vesta-{seed}")
        self.w, self.h = w, h
        self.k = min(w / 600, h / 315)
        self.system = self.r.choice(SYSTEMS)
        self.dark = self.r.random() < 0.45
        self.place = self.r.choice(PLACEMENTS)
        self.features: set[str] = {f"sys-{self.system}", f"at-{self.place}", "dark" if self.dark else "light"}
        # shadcn/ui's tokens as it ships them (channel triples) or converted to colours by the port
        self.channels = self.system == "shadcn" and self.r.random() < 0.5
        self.theme: dict[str, Any] = {}  # every token the document declares (values as written)
        self.override: dict[str, Any] = {}  # the inverted panel's tokens
        self.aliases: dict[str, str] = {}  # role -> a semantic token declared as var() of the system's

    def f(self, name: str) -> None:
        self.features.add(name)

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    def calc_shorthand(self) -> None:
        """A ``calc()`` on tokens in a shorthand (``borderRadius``, ``padding``): Next throws there
        ("Failed to parse declaration"), pureog ignores it as it ignores ``calc()`` elsewhere."""
        self.f("calc-token")
        self.f("L:calc-shorthand")

    def px(self, v: float) -> int:
        return max(1, round(v * self.k))

    # ---- token reads: the spellings a port writes ----

    def use(self, name: str, wrap: str = "{}") -> str:
        """``var(name)`` in one of the forms themes write: bare, with a literal fallback, behind a missing
        token, or a fallback chain; ``wrap`` puts it in a function (``hsl({})``)."""
        literal = str(self.theme.get(name, "#888"))
        if "var(" in literal or "calc(" in literal:
            literal = "#888"
        roll = self.r.random()
        if roll < 0.06:
            self.f("var-spacing")  # minified or pretty-printed stylesheets
            ref = self.r.choice((f"var( {name} )", f"var({name},{literal})", f"var({name} , {literal})"))
        elif roll < 0.6:
            ref = f"var({name})"
        elif roll < 0.75:
            self.f("fallback-literal")
            ref = f"var({name}, {literal})"
        elif roll < 0.9:
            self.f("fallback-missing")
            ref = f"var(--brand-{name[2:]}, var({name}))"
        else:
            self.f("fallback-chain")
            ref = f"var(--x-{name[2:]}, var(--y-{name[2:]}, {literal}))"
        return wrap.format(ref)

    # ---- the systems: declarations and the roles a card reads ----

    def declare(self) -> dict[str, Any]:
        """The theme's custom properties, as the system ships them (light or dark)."""
        s, d, r = self.system, int(self.dark), self.r
        if s == "shadcn":
            out = dict(SHADCN[d])
            if not self.channels:  # a port that converted the channel triples to the colours they name
                out = {k: _hsl_hex(v) for k, v in out.items()}
            out["--radius"] = r.choice(("0.5rem", "0.75rem", "0.3rem", "1rem", "8px"))
        elif s == "tw4":
            oklch = self.p(0.25)
            if oklch:
                self.f("L:css4-functions")
            out = dict(TW4_OKLCH if oklch else TW4_HEX)
            out.update({"--radius-lg": "0.5rem", "--radius-2xl": "1rem", "--spacing": "0.25rem",
                        "--text-2xl": "1.5rem", "--text-sm": "0.875rem", "--font-sans": "Inter, ui-sans-serif, "
                        "system-ui, sans-serif", "--shadow-md": "0 4px 6px -1px rgb(0 0 0 / 0.1), "
                        "0 2px 4px -2px rgb(0 0 0 / 0.1)"})
        elif s == "tw3":
            out = {"--tw-bg-opacity": "1", "--tw-text-opacity": "1", "--tw-ring-offset-width": "0px",
                   "--tw-ring-offset-color": "#fff", "--tw-ring-color": "rgb(99 102 241 / 0.5)",
                   "--tw-shadow-color": "rgb(0 0 0 / 0.1)"}
        elif s == "radix":
            out = dict(RADIX[d])
            if self.p(0.2):
                self.f("L:css4-functions")
                out.update(RADIX_P3)
            out.update({"--radius-3": "6px", "--radius-4": "8px", "--space-4": "16px", "--font-size-5": "20px",
                        "--shadow-4": "0 0 0 1px var(--black-a3), 0 8px 40px rgba(0, 0, 0, 0.05), "
                        "0 12px 32px -16px var(--black-a3)"})
        elif s == "material":
            out = dict(MATERIAL[d])
            out.update({"--md-sys-shape-corner-large": "16px", "--md-sys-shape-corner-full": "9999px",
                        "--md-sys-shape-corner-medium": "12px",
                        "--md-sys-elevation-level1": "0px 1px 2px 0px rgba(0, 0, 0, 0.3), 0px 1px 3px 1px "
                        "rgba(0, 0, 0, 0.15)", "--md-sys-typescale-title-large-size": "1.375rem",
                        "--md-sys-typescale-title-large-line-height": "1.75rem",
                        "--md-sys-typescale-title-large-weight": "400",
                        "--md-sys-typescale-body-medium-tracking": "0.015625rem"})
        elif s == "openprops":
            out = dict(OPEN_PROPS)
            out.update({"--shadow-color": "220 3% 15%" if not d else "220 40% 2%",
                        "--shadow-strength": "1%" if not d else "25%",
                        "--radius-2": "5px", "--radius-3": "1rem", "--radius-round": "1e5px", "--size-3": "1rem",
                        "--size-5": "1.5rem", "--font-size-5": "2rem", "--font-weight-7": "700",
                        "--gradient-5": "linear-gradient(to bottom right, #1f005c, #5b0060, #870160, #ac255e, "
                        "#ca485c, #e16b5c, #f39060, #ffb56b)",
                        "--gradient-15": "linear-gradient(to right, #ed6ea0, #ec8c69)"})
            # Open Props' shadows: layers of hsl(channels / calc(strength + n%)); a port keeps them or
            # bakes the alpha
            if self.p(0.5):
                self.f("op-calc-shadow")
                layer = "hsl(var(--shadow-color) / calc(var(--shadow-strength) + {}%))"
            else:
                layer = "hsl(var(--shadow-color) / {})"
            out["--shadow-3"] = (f"0 -1px 3px 0 {layer.format(2 if '{}%' in layer else 0.03)}, "
                                 f"0 1px 2px -5px {layer.format(2 if '{}%' in layer else 0.03)}, "
                                 f"0 2px 5px -5px {layer.format(4 if '{}%' in layer else 0.05)}, "
                                 f"0 4px 12px -5px {layer.format(5 if '{}%' in layer else 0.06)}")
        elif s == "chakra":
            out = dict(CHAKRA)
        else:
            out = dict(MANTINE)
        out["--state-disabled"] = "0.38"
        out["--text-glow"] = r.choice(("0 1px 2px rgba(0, 0, 0, 0.25)", "0 0 12px rgba(99, 102, 241, 0.6)",
                                       "0 2px 0 #0000001a"))
        if s in ("chakra", "mantine") and self.p(0.5):
            # a theme object mapped onto custom properties: its numbers reach the style as numbers
            self.f("numeric-tokens")
            out.update({"--state-disabled": 0.38, "--chakra-radii-md" if s == "chakra" else
                        "--mantine-radius-default": 6, "--font-weight-bold": 700})
        return out

    def role(self, what: str) -> Any:
        """The value of a paint role (``surface``, ``text``, ``muted``, ``primary``, ``on-primary``,
        ``border``, ``radius``, ``radius-inner``, ``shadow``, ``gradient``, ``subtle``, ``pad``) in the
        system's spelling."""
        s, r, d = self.system, self.r, self.dark
        if what in self.aliases and self.p(0.6):
            self.f("alias-read")
            return self.use(self.aliases[what])
        if s == "shadcn":
            names = {"surface": "--card", "text": "--card-foreground", "muted": "--muted-foreground",
                     "primary": "--primary", "on-primary": "--primary-foreground", "border": "--border",
                     "subtle": "--muted", "page": "--background"}
            if what in names:
                if not self.channels:
                    return self.use(names[what])
                # Next paints hsl() in space syntax black outside `color`, and inside it (converted to
                # commas) too where a channel is fractional, as shadcn/ui's are (spec/differences.md)
                self.f("L:hsl-space")
                if what in ("primary", "subtle", "muted") and self.p(0.4):
                    self.f("hsl-slash-alpha")
                    return self.use(names[what], "hsl({} / " + r.choice(("0.8", "0.9", "0.5", "0.15")) + ")")
                self.f("hsl-channels")
                return self.use(names[what], "hsl({})")
            if what == "radius":
                return self.use("--radius")
            if what == "radius-inner":
                if self.p(0.25):
                    self.calc_shorthand()
                    return r.choice(("calc(var(--radius) - 2px)", "calc(var(--radius) - 4px)"))
                return r.choice(("var(--radius)", "6px", "0.375rem"))
            if what == "shadow":
                return r.choice(("0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)",
                                 "0 1px 2px 0 rgb(0 0 0 / 0.05)"))
            if what == "gradient":
                if not self.channels:
                    return f"linear-gradient(to right, {self.use('--primary')}, var(--destructive))"
                self.f("L:hsl-space")
                return self.use("--primary", "linear-gradient(to right, hsl({}), hsl(var(--destructive)))")
            return "1.5rem"
        if s == "tw4":
            z = ("--color-zinc-900", "--color-zinc-50", "--color-zinc-400", "--color-zinc-800") if d else \
                ("--color-zinc-50", "--color-zinc-950", "--color-zinc-500", "--color-zinc-100")
            names = {"surface": z[0], "text": z[1], "muted": z[2], "subtle": z[3], "primary": "--color-indigo-500",
                     "on-primary": "--color-zinc-50", "border": z[3], "page": z[3]}
            if what in names:
                if what == "subtle" and self.p(0.3):
                    self.f("L:css4-functions")  # bg-indigo-500/10 as v4 writes it
                    return "color-mix(in oklab, var(--color-indigo-500) 10%, transparent)"
                return self.use(names[what])
            if what in ("radius", "radius-inner"):
                return self.use("--radius-2xl" if what == "radius" else "--radius-lg")
            if what == "shadow":
                return self.use("--shadow-md")
            if what == "gradient":
                return (f"linear-gradient(to right, {self.use('--color-indigo-500')}, "
                        f"{self.use('--color-pink-500')})")
            if self.p(0.3):
                self.calc_shorthand()
                return "calc(var(--spacing) * 6)"
            return "1.5rem"
        if s == "tw3":
            key = {"surface": "slate-900" if d else "white", "text": "slate-50" if d else "slate-900",
                   "muted": "slate-400", "primary": "indigo-500", "on-primary": "white",
                   "border": "slate-800" if d else "slate-400", "subtle": "slate-800" if d else "slate-50",
                   "page": "slate-800" if d else "slate-50"}
            if what in key:
                channels = TW3_RGB[key[what]]
                if what == "border":
                    return f"rgb({channels} / var(--tw-border-opacity, 1))"
                self.f("tw-opacity-var")
                var = "--tw-text-opacity" if what in ("text", "muted", "on-primary") else "--tw-bg-opacity"
                return f"rgb({channels} / var({var}))"
            if what in ("radius", "radius-inner"):
                return r.choice(("0.75rem", "0.5rem", "1rem", "9999px") if what == "radius" else
                                ("0.375rem", "0.25rem"))
            if what == "shadow":
                return "var(--tw-ring-offset-shadow, 0 0 #0000), var(--tw-ring-shadow, 0 0 #0000), var(--tw-shadow)"
            if what == "gradient":
                return "linear-gradient(to right, var(--tw-gradient-stops))"
            return "1.5rem"
        if s == "radix":
            names = {"surface": "--slate-1", "text": "--slate-12", "muted": "--slate-11", "primary": "--blue-9",
                     "on-primary": "--slate-1" if d else "--slate-1", "border": "--slate-6", "subtle": "--blue-a3",
                     "page": "--slate-3"}
            if what in names:
                return self.use(names[what])
            if what in ("radius", "radius-inner"):
                return self.use("--radius-4" if what == "radius" else "--radius-3")
            if what == "shadow":
                return self.use("--shadow-4")
            if what == "gradient":
                return f"linear-gradient(135deg, {self.use('--blue-9')}, {self.use('--blue-a5')})"
            return self.use("--space-4")
        if s == "material":
            names = {"surface": "--md-sys-color-surface-container", "text": "--md-sys-color-on-surface",
                     "muted": "--md-sys-color-on-surface-variant", "primary": "--md-sys-color-primary",
                     "on-primary": "--md-sys-color-on-primary", "border": "--md-sys-color-outline-variant",
                     "subtle": "--md-sys-color-surface", "page": "--md-sys-color-surface"}
            if what in names:
                return self.use(names[what])
            if what == "radius":
                return self.use("--md-sys-shape-corner-large")
            if what == "radius-inner":
                return self.use(r.choice(("--md-sys-shape-corner-full", "--md-sys-shape-corner-medium")))
            if what == "shadow":
                return self.use("--md-sys-elevation-level1")
            if what == "gradient":
                return (f"linear-gradient(90deg, {self.use('--md-sys-color-primary')}, "
                        f"{self.use('--md-sys-color-tertiary')})")
            return "24px"
        if s == "openprops":
            names = {"surface": "--gray-9" if d else "--gray-0", "text": "--gray-0" if d else "--gray-9",
                     "muted": "--gray-6", "primary": "--indigo-6", "on-primary": "--gray-0",
                     "border": "--gray-6" if d else "--gray-2", "subtle": "--gray-12" if d else "--gray-2",
                     "page": "--gray-12" if d else "--gray-2"}
            if what in names:
                return self.use(names[what])
            if what in ("radius", "radius-inner"):
                return self.use("--radius-3" if what == "radius" else r.choice(("--radius-2", "--radius-round")))
            if what == "shadow":
                self.f("L:hsl-space")  # its layers' hsl(<channels> / a) (spec/differences.md: black)
                return self.use("--shadow-3")
            if what == "gradient":
                return self.use(r.choice(("--gradient-5", "--gradient-15")))
            return self.use("--size-5")
        if s == "chakra":
            if self.p(0.5):  # the theme object spread: literal values
                self.f("theme-object")
                lit = {"surface": "#1A202C" if d else "#FFFFFF", "text": "#F7FAFC" if d else "#1A202C",
                       "muted": "#A0AEC0" if d else "#4A5568", "primary": "#319795", "on-primary": "#FFFFFF",
                       "border": "#2D3748" if d else "#E2E8F0", "subtle": "#2D3748" if d else "#EDF2F7",
                       "page": "#171923" if d else "#EDF2F7", "radius": "0.375rem", "radius-inner": "0.125rem",
                       "shadow": CHAKRA["--chakra-shadows-md"], "gradient": "linear-gradient(to right, #319795, "
                       "#3182CE)", "pad": "1rem"}
                return lit[what]
            names = {"surface": "--chakra-colors-gray-800" if d else "--chakra-colors-white",
                     "text": "--chakra-colors-gray-50" if d else "--chakra-colors-gray-800",
                     "muted": "--chakra-colors-gray-600", "primary": "--chakra-colors-teal-500",
                     "on-primary": "--chakra-colors-white", "border": "--chakra-colors-gray-600",
                     "subtle": "--chakra-colors-gray-50", "page": "--chakra-colors-gray-50",
                     "radius": "--chakra-radii-md", "radius-inner": "--chakra-radii-md",
                     "shadow": "--chakra-shadows-md", "pad": "--chakra-space-4"}
            if what == "gradient":
                return f"linear-gradient(to right, {self.use('--chakra-colors-teal-500')}, #3182CE)"
            return self.use(names[what])
        names = {"surface": "--mantine-color-dark-7" if d else "--mantine-color-gray-0",
                 "text": "--mantine-color-dark-0" if d else "--mantine-color-text",
                 "muted": "--mantine-color-dark-0", "primary": "--mantine-color-blue-filled",
                 "on-primary": "--mantine-color-gray-0", "border": "--mantine-color-blue-6",
                 "subtle": "--mantine-color-gray-0", "page": "--mantine-color-dark-7",
                 "radius": "--mantine-radius-md" if r.random() < 0.3 else "--mantine-radius-default",
                 "radius-inner": "--mantine-radius-default", "pad": "--mantine-spacing-md"}
        if what == "shadow":
            if self.p(0.5):  # Mantine's shadow tokens: offsets and blurs as calc() of the scale
                self.f("mantine-calc-shadow")
                return self.use("--mantine-shadow-md")
            return "0 1px 3px rgba(0, 0, 0, 0.05), 0 1px 2px rgba(0, 0, 0, 0.1)"
        if what == "gradient":
            return f"linear-gradient(45deg, {self.use('--mantine-color-blue-filled')}, #15aabf)"
        if names[what] == "--mantine-radius-md":
            self.calc_shorthand()
        if names[what] == "--mantine-color-blue-filled":
            self.f("token-of-token")
        return self.use(names[what])

    # ---- the tw3 compositions: the variables a utility class sets on its element ----

    def tw3_shadow_vars(self) -> dict[str, str]:
        r = self.r
        out = {"--tw-shadow": r.choice(("0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)",
                                        "0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1)",
                                        "0 25px 50px -12px rgb(0 0 0 / 0.25)"))}
        if self.p(0.5):  # ring-2 ring-offset-2: the ring's two compositions
            self.f("tw-ring")
            # Tailwind's own text starts each with var(--tw-ring-inset), which its base layer declares empty:
            # a port keeps it (" ", or undeclared: `initial` as the x offset) or drops it
            inset = "var(--tw-ring-inset) " if self.p(0.5) else ""
            if inset:
                self.f("tw-ring-inset-var")
            out["--tw-ring-offset-shadow"] = f"{inset}0 0 0 var(--tw-ring-offset-width) var(--tw-ring-offset-color)"
            out["--tw-ring-shadow"] = f"{inset}0 0 0 calc(2px + var(--tw-ring-offset-width)) var(--tw-ring-color)"
            if self.p(0.5):
                self.f("calc-token")
            else:  # a port that baked the calc
                out["--tw-ring-shadow"] = f"{inset}0 0 0 2px var(--tw-ring-color)"
        return out

    def tw3_filter_vars(self) -> dict[str, str]:
        """Tailwind v3's filter composition: the utility sets one function's variable; the base layer
        declares the others empty, a port keeps them as " " or leaves them out (``initial``)."""
        names = ("blur", "brightness", "contrast", "grayscale", "hue-rotate", "invert", "saturate", "sepia",
                 "drop-shadow")
        out = {"filter": " ".join(f"var(--tw-{n})" for n in names)}
        if self.p(0.5):
            self.f("tw-filter-empty")
            out.update({f"--tw-{n}": " " for n in names})
        set_ = self.r.choice((("--tw-blur", "blur(1px)"), ("--tw-grayscale", "grayscale(100%)"),
                              ("--tw-drop-shadow", "drop-shadow(0 4px 3px rgb(0 0 0 / 0.1)) "
                                                   "drop-shadow(0 2px 2px rgb(0 0 0 / 0.06))"),
                              ("--tw-brightness", "brightness(1.25)")))
        out[set_[0]] = set_[1]
        return out

    def tw3_gradient_vars(self) -> dict[str, str]:
        r = self.r
        a, b = r.sample(("99 102 241", "236 72 153", "52 211 153", "15 23 42"), 2)
        form = r.choice(("v3.0", "v3.3-declared", "v3.3-empty", "via"))
        self.f(f"tw-gradient-{form}")
        if form == "v3.0":
            return {"--tw-gradient-from": f"rgb({a})", "--tw-gradient-to": f"rgb({a} / 0)",
                    "--tw-gradient-stops": "var(--tw-gradient-from), var(--tw-gradient-to)"}
        if form == "via":
            return {"--tw-gradient-from": f"rgb({a})", "--tw-gradient-to": f"rgb({b})",
                    "--tw-gradient-stops": "var(--tw-gradient-from), #a855f7, var(--tw-gradient-to)"}
        out = {"--tw-gradient-from": f"rgb({a}) var(--tw-gradient-from-position)",
               "--tw-gradient-to": f"rgb({b}) var(--tw-gradient-to-position)",
               "--tw-gradient-stops": "var(--tw-gradient-from), var(--tw-gradient-to)"}
        if form == "v3.3-declared":
            out.update({"--tw-gradient-from-position": "0%", "--tw-gradient-to-position": "100%"})
        return out

    # ---- the card ----

    def placed(self, at: str, style: dict[str, Any]) -> dict[str, Any]:
        """``style`` with the theme's declarations first when the theme sits at ``at``."""
        if self.place != at:
            return style
        return {**self.theme, **style}

    def text_size(self, base: float) -> Any:
        """A font size in the units themes use (rem, em or a type-scale token)."""
        r = self.r
        roll = r.random()
        size = base * self.k
        if roll < 0.3:
            self.f("rem")
            return f"{round(size / 16, 3)}rem"
        if roll < 0.45:
            self.f("em")
            return f"{round(size / 16, 3)}em"
        if roll < 0.6 and self.system == "tw4" and base > 20:
            self.f("type-token")
            return "var(--text-2xl)" if self.k >= 0.9 else "var(--text-sm)"
        if roll < 0.6 and self.system == "material" and base > 20 and self.k >= 0.9:
            self.f("type-token")
            return self.use("--md-sys-typescale-title-large-size")
        if roll < 0.6 and self.system == "openprops" and base > 20 and self.k >= 1.2:
            self.f("type-token")
            return self.use("--font-size-5")
        return round(size)

    def badge(self) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "alignItems": "center", "backgroundColor": self.role("primary"),
                                 "color": self.role("on-primary"), "borderRadius": self.role("radius-inner"),
                                 "padding": f"{self.px(3)}px {self.px(9)}px", "fontSize": self.text_size(12)}
        if self.system == "tw3" and self.p(0.5):
            self.f("tw-bg-opacity-override")
            style["--tw-bg-opacity"] = self.r.choice(("0.8", "0.5", ".9"))
        if self.p(0.3):
            style["fontWeight"] = self.use("--font-weight-7") if self.system == "openprops" else 500
        label = self.r.choice(("New", "Beta", "v2.0", "Stable"))
        if self.p(0.4):
            style["gap"] = self.px(4)
            return el("div", style, [self.icon(), el("span", None, label)])
        return el("div", style, label)

    def icon(self) -> dict[str, Any]:
        """A Lucide-style icon: ``stroke="currentColor"`` under the badge's token colour, or its own
        ``style.color`` token; sometimes a ``var()`` in an attribute (which resvg cannot read)."""
        size = self.px(12)
        stroke = "currentColor"
        props: dict[str, Any] = {"width": size, "height": size, "viewBox": "0 0 24 24", "fill": "none",
                                 "strokeWidth": 2.5, "strokeLinecap": "round", "strokeLinejoin": "round"}
        roll = self.r.random()
        if roll < 0.3:
            self.f("icon-style-token")
            props["style"] = {"color": self.role("text")}
        elif roll < 0.45:
            self.f("icon-attr-var")
            stroke = "var(--icon-stroke, #f00)"
        self.f("icon")
        props["stroke"] = stroke
        style = props.pop("style", None)
        return el("svg", style, [el("path", d="M20 6 9 17l-5-5")], **props)

    def title(self) -> dict[str, Any]:
        style: dict[str, Any] = {"fontSize": self.text_size(34), "fontWeight": 700, "color": self.role("text")}
        if self.system == "material" and self.p(0.5):
            self.f("material-typescale")
            style["lineHeight"] = "var(--md-sys-typescale-title-large-line-height)"
            style["fontWeight"] = "var(--md-sys-typescale-title-large-weight)"
        if self.system == "tw3" and self.p(0.4):
            self.f("tw3-text-opacity")
            style["--tw-text-opacity"] = self.r.choice(("0.9", "1", "0.75"))
        if self.p(0.2):
            self.f("text-shadow-token")
            style["textShadow"] = self.use("--text-glow")
        if self.p(0.3):
            self.f("tracking")
            style["letterSpacing"] = self.r.choice(("-0.025em", "-0.05em", "0.01em"))
        if "--font-weight-bold" in self.theme and self.p(0.6):
            style["fontWeight"] = self.use("--font-weight-bold")
        if self.system == "material" and self.p(0.4):
            self.f("tracking-token")  # a rem token handed down as a bare number of px
            style["letterSpacing"] = self.use("--md-sys-typescale-body-medium-tracking")
        if self.system == "tw4" and self.p(0.3):
            self.f("font-token")
            style["fontFamily"] = "var(--font-sans)"
        if self.p(0.2):
            self.f("gradient-text")
            style.update({"backgroundImage": self.role("gradient"), "backgroundClip": "text", "color": "transparent"})
            if self.system == "tw3":
                style.update(self.tw3_gradient_vars())
        return el("div", style, self.r.choice(WORDS))

    def avatar(self) -> dict[str, Any]:
        size = self.px(44)
        style: dict[str, Any] = {"width": size, "height": size, "borderRadius": "9999px",
                                 "backgroundImage": self.role("gradient")}
        if self.system == "tw3":
            style.update(self.tw3_gradient_vars())
            if self.p(0.5):
                style.update(self.tw3_shadow_vars())
                style["boxShadow"] = self.role("shadow")
            if self.p(0.4):
                self.f("tw-filter")
                style.update(self.tw3_filter_vars())
        elif self.p(0.4):
            self.f("ring-token")
            style["boxShadow"] = (f"0 0 0 {self.px(2)}px {self.role('surface')}, "
                                  f"0 0 0 {self.px(4)}px {self.role('primary')}")
        return el("div", style)

    def chip(self, label: str) -> dict[str, Any]:
        style: dict[str, Any] = {"display": "flex", "padding": f"{self.px(4)}px {self.px(10)}px",
                                 "backgroundColor": self.role("subtle"), "color": self.role("muted"),
                                 "borderRadius": self.role("radius-inner"), "fontSize": self.text_size(13)}
        if self.p(0.4):
            self.f("border-token")
            style["border"] = f"1px solid {self.role('border')}"
        if self.p(0.2):
            self.f("chip-shadow")
            style["boxShadow"] = self.role("shadow")
            if self.system == "tw3":
                style.update(self.tw3_shadow_vars())
        if self.p(0.15):
            self.f("opacity-token")  # Material's disabled state, a number or a theme object's number
            style["opacity"] = self.use("--state-disabled")
        return el("div", style, label)

    def panel(self) -> dict[str, Any]:
        """A section that overrides tokens below the root (the inverse theme), with a button and a bar."""
        self.f("override")
        saved_dark, saved_theme = self.dark, self.theme
        self.dark = not self.dark
        inverse = self.declare()
        # only the colour tokens that differ are redeclared, as a `.dark` block does
        self.override = {k: v for k, v in inverse.items() if saved_theme.get(k) != v}
        self.theme = {**saved_theme, **inverse}
        pad = self.role("pad")
        if isinstance(pad, str) and pad.endswith("em") and not pad.endswith("rem"):
            self.f("em-token")
        style: dict[str, Any] = {**self.override, "display": "flex", "alignItems": "center", "gap": self.px(12),
                                 "backgroundColor": self.role("surface"), "color": self.role("text"),
                                 "borderRadius": self.role("radius-inner"), "padding": self.px(12)}
        if self.p(0.3):
            self.f("em-token")
            style["--pad"] = self.r.choice(("0.75em", "1em", "0.5rem"))
            style["fontSize"] = self.px(14)
            style["padding"] = "var(--pad)"
        button_style: dict[str, Any] = {"display": "flex", "backgroundColor": self.role("primary"),
                                        "color": self.role("on-primary"), "borderRadius": self.role("radius-inner"),
                                        "padding": f"{self.px(6)}px {self.px(14)}px", "fontSize": self.text_size(14)}
        if "--pad" in style and self.p(0.6):
            self.f("em-token-inherited")
            button_style["padding"] = "var(--pad)"
        bar: dict[str, Any] = {"flexGrow": 1, "height": self.px(8), "borderRadius": 9999,
                               "backgroundImage": self.role("gradient")}
        if self.p(0.3):
            self.f("background-shorthand-token")
            bar["background"] = bar.pop("backgroundImage")
        if self.p(0.25):
            self.f("mask-token")
            style["--fade"] = self.r.choice(("linear-gradient(to right, black 70%, transparent)",
                                             "linear-gradient(black, rgba(0, 0, 0, 0.4))"))
            style["maskImage"] = "var(--fade)"
        if self.system == "tw3":
            bar.update(self.tw3_gradient_vars())
        children = [el("div", button_style, self.r.choice(("Get started", "Read more", "Deploy"))), el("div", bar)]
        self.dark, self.theme = saved_dark, saved_theme
        return el("div", style, children)

    def card(self) -> dict[str, Any]:
        r = self.r
        self.theme = self.declare()
        if self.p(0.45):
            # a semantic layer over the palette (`--color-surface: var(--slate-1)`): Satori substitutes
            # where a token is read, so under the panel's override the alias reads the overridden token
            self.f("alias")
            names = {"surface": "--color-surface", "text": "--color-text", "primary": "--color-accent"}
            declared = {names[role]: self.role(role) for role in names}
            self.theme.update(declared)
            self.aliases = names
        if self.system == "tw3" and self.p(0.3):
            self.f("tw-ring-inset-empty")  # Tailwind's base layer declares it empty; a port keeps it
            self.theme["--tw-ring-inset"] = " "
        head = [self.badge(), self.title()] if r.random() < 0.7 else [self.title()]
        desc_style: dict[str, Any] = {"fontSize": self.text_size(16), "color": self.role("muted")}
        if r.random() < 0.3:
            self.f("line-height-token")
            desc_style["--leading"] = r.choice(("1.5", "1.625", "24px", "1.5rem"))
            desc_style["lineHeight"] = "var(--leading)"
        body: list[Any] = [el("div", {"display": "flex", "flexDirection": "column", "gap": self.px(6)}, head),
                           el("div", desc_style, "Tokens from the site's theme, carried into the card.")]
        if r.random() < 0.7:
            body.append(self.panel())
        if r.random() < 0.8:
            chips = [self.chip(t) for t in r.sample(("Design", "Tokens", "OKLCH", "Dark", "Radix"), r.randint(1, 3))]
            body.append(el("div", {"display": "flex", "alignItems": "center", "gap": self.px(8)},
                           [self.avatar(), *chips]))
        card_style: dict[str, Any] = {
            "display": "flex", "flexDirection": "column", "gap": self.px(14), "width": "86%",
            "backgroundColor": self.role("surface"), "color": self.role("text"), "padding": self.role("pad"),
            "borderRadius": self.role("radius")}
        if r.random() < 0.7:
            card_style["boxShadow"] = self.role("shadow")
            if self.system == "tw3":
                card_style.update(self.tw3_shadow_vars())
        if r.random() < 0.5:
            self.f("border-token")
            if r.random() < 0.5:
                card_style["border"] = f"1px solid {self.role('border')}"
            else:
                card_style.update({"borderWidth": 1, "borderStyle": "solid", "borderColor": self.role("border")})
        card = el("div", self.placed("card", card_style), body)
        if self.place == "element":
            # each element declares the tokens it reads: the card's children get the whole theme on the
            # card and redeclare a few (a component library's scoped variables)
            card["props"]["style"] = {**self.theme, **card_style}
            for child in body[1:]:
                if isinstance(child, dict) and r.random() < 0.5:
                    self.f("redeclared")
                    pick = r.sample(sorted(self.theme), min(3, len(self.theme)))
                    child["props"]["style"] = {**{k: self.theme[k] for k in pick}, **child["props"]["style"]}
        if self.place == "provider":
            card = el("div", {**self.theme, "display": "flex", "width": "100%", "justifyContent": "center"}, card)
        root_style: dict[str, Any] = {"display": "flex", "width": "100%", "height": "100%", "alignItems": "center",
                                      "justifyContent": "center", "backgroundColor": "#fff",
                                      "fontFamily": "Inter"}
        if self.place == "root":
            root_style = self.placed("root", root_style)
            root_style["backgroundColor"] = self.role("page")
        elif r.random() < 0.5:
            self.f("page-fallback")  # the page reads a token nobody declared at its level: the fallback
            root_style["backgroundColor"] = "var(--page-bg, #e5e7eb)" if not self.dark else "var(--page-bg, #0b0b0f)"
        return el("div", root_style, card)


def document(seed: int, assets: str = "../../assets", small: bool = False) -> Generated:
    """The document of ``seed`` (``assets`` locates the fonts, which sit beside the image assets)."""
    r = random.Random(f"vesta-size-{seed}")
    w, h = r.choice(SMALL_CANVASES if small else CANVASES)
    g = _Vesta(seed, w, h)
    fonts_dir = f"{assets.rstrip('/')}/../fonts"
    picked = [FACES[0]] + [f for f in FACES[1:] if r.random() < 0.6]
    fonts = [{"name": name, "path": f"{fonts_dir}/{file}", "weight": weight, "style": style}
             for name, file, weight, style in picked]
    doc: dict[str, Any] = {"width": w, "height": h, "fonts": fonts, "element": g.card()}
    return Generated(seed, doc, tuple(sorted(g.features)))
