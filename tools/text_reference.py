"""Reference PNGs for text Next.js draws wrongly: headless Chromium's drawing of the same cards.

Reads ``tests/text/fixtures/shaping/cases.json`` (pureog documents: a React-shaped element tree, the
canvas size, families named in ``fonts``), writes each card as an HTML page (every ``div`` a
``display: flex`` border-box, as Satori's defaults; the same font files through ``@font-face`` under
private family names, so no system font can stand in) and screenshots it with headless Chromium at
device scale factor 1 into ``<case>.png`` beside the cases. ``tests/text/test_shaping_chromium.py``
scores pureog's renders against them.

``--subset`` first rebuilds the committed font subsets from Debian's ``fonts-noto-core`` (every
character of the cases, their mirrored forms, the ellipsis and the dotted circle; all layout features
kept), so the fixtures stay small.

Needs Debian's ``chromium`` and ``chromedriver`` and ``selenium`` (dev only)::

    python tools/text_reference.py --subset        # fonts + references
    python tools/text_reference.py arabic-rtl-wrap # one case
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "text" / "fixtures" / "shaping"
NOTO = Path("/usr/share/fonts/truetype/noto")
SOURCES = {
    "NotoSans-subset.ttf": "NotoSans-Regular.ttf",
    "NotoSansArabic-subset.ttf": "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-subset.ttf": "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-subset.ttf": "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-subset.ttf": "NotoSansDevanagari-Regular.ttf",
    "NotoSansSinhala-subset.ttf": "NotoSansSinhala-Regular.ttf",
    "NotoSansJavanese-subset.ttf": "NotoSansJavanese-Regular.ttf",
    "NotoSerifTibetan-subset.ttf": "NotoSerifTibetan-Regular.ttf",
}
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none")  # fmt: skip
_SHAPER_DECOMPOSITIONS = {"\u0e33": "\u0e4d\u0e32", "\u0eb3": "\u0ecd\u0eb2"}
"""SARA AM / Lao AM: the Thai shaper draws them as NIKHAHIT + SARA AA (HarfBuzz, pureog.text.ot)."""
_UNITLESS = frozenset(("lineHeight", "fontWeight", "flexGrow", "flexShrink", "opacity", "zIndex", "lineClamp",
                       "WebkitLineClamp"))  # fmt: skip


def load_cases() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))
    return data


def texts(node: Any) -> list[str]:
    """Every text child of an element tree."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [t for child in node for t in texts(child)]
    if isinstance(node, dict):
        return texts(node.get("props", {}).get("children", []))
    return []


def subset_fonts(cases: dict[str, Any]) -> None:
    from fontTools import subset  # noqa: PLC0415

    from pureog.text.bidi import mirror  # noqa: PLC0415

    chars = set(" \u2026\u25cc0123456789.,()")
    for case in cases["cases"]:
        for t in texts(case["element"]):
            chars.update(t)
    for ch in list(chars):
        chars.update(unicodedata.normalize("NFD", ch))
        chars.update(_SHAPER_DECOMPOSITIONS.get(ch, ""))
        m = mirror(ord(ch))
        if m is not None:
            chars.add(chr(m))
    for out, source in SOURCES.items():
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        font = subset.load_font(str(NOTO / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(sorted(chars)))
        subsetter.subset(font)
        subset.save_font(font, str(FIXTURES / out), options)
        print(f"{out}: {(FIXTURES / out).stat().st_size} bytes")


def _css_value(name: str, value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value) if name in _UNITLESS else f"{value}px"
    if name == "fontFamily":
        return ", ".join(f'"ref-{f.strip()}"' for f in str(value).split(","))
    return str(value)


def _kebab(name: str) -> str:
    out = "".join("-" + c.lower() if c.isupper() else c for c in name)
    return "-" + out if name.startswith("Webkit") else out


def element_html(node: Any) -> str:
    if isinstance(node, str):
        return html.escape(node)
    if isinstance(node, list):
        return "".join(element_html(child) for child in node)
    props = node.get("props", {})
    style = ";".join(f"{_kebab(k)}:{_css_value(k, v)}" for k, v in props.get("style", {}).items())
    attrs = f' dir="{html.escape(props["dir"])}"' if "dir" in props else ""
    return f'<div{attrs} style="{html.escape(style)}">{element_html(props.get("children", []))}</div>'


def page(cases: dict[str, Any], case: dict[str, Any]) -> str:
    faces = "".join(
        f'@font-face{{font-family:"ref-{name}";src:url("{(FIXTURES / file).as_uri()}")}}'
        for name, file in cases["fonts"].items()
    )
    base = ("html,body{margin:0;padding:0;background:#fff}"
            "div{display:flex;box-sizing:border-box;position:relative;flex-shrink:0;min-width:0;min-height:0}"
            f"#canvas{{width:{case['width']}px;height:{case['height']}px;overflow:hidden;align-items:flex-start}}")
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>{faces}{base}</style></head>"
            f"<body><div id='canvas'>{element_html(case['element'])}</div></body></html>")


def screenshot(cases: dict[str, Any], names: list[str]) -> None:
    from selenium import webdriver  # noqa: PLC0415
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            for case in cases["cases"]:
                if names and case["name"] not in names:
                    continue
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": case["width"], "height": case["height"], "deviceScaleFactor": 1, "mobile": False})
                with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
                    f.write(page(cases, case))
                driver.get(Path(f.name).as_uri())
                driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => "
                                            "requestAnimationFrame(() => requestAnimationFrame(done)));")
                png = driver.get_screenshot_as_png()
                (FIXTURES / f"{case['name']}.png").write_bytes(png)
                Path(f.name).unlink()
                print(f"{case['name']}.png")
        finally:
            driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="cases to draw (default: all)")
    parser.add_argument("--subset", action="store_true", help="rebuild the font subsets first")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    cases = load_cases()
    if args.subset:
        subset_fonts(cases)
    screenshot(cases, args.names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
