"""An element's ``tw`` prop -> declarations merged with its ``style``, as Satori 0.29 does it.

Satori asks twrnc for the classes' style, then adjusts two things (``getTwStyles``): a px line
height becomes a multiple of the font size (the classes' own ``fontSize``, else the style prop's,
else 16), and a shadow colour (``shadow-red-500``) replaces the first ``rgb()`` of the box shadow.
Then ``Object.assign(twStyles, style)``: the ``style`` prop wins, and its new keys come after the
classes' keys. The result goes through the normal cascade like any author style, so values are
parsed (and tolerated or rejected) by the one property table.

Classes twrnc does not know are ignored by Next.js; here each one is reported with
:func:`pureog.errors.tolerate` (a warning, or an error in strict mode), and so are the React Native
styles some classes give (``tabular-nums``, ``shadow-offset-*``, ``elevation-*``, ...).

Input -> output: :class:`Element` -> ``(camelCase name, raw value)`` pairs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from pureog.document.model import Element
from pureog.errors import tolerate, warnings_left
from pureog.jsnum import js_divide, js_number
from pureog.style.properties import PROPERTIES, Support
from pureog.style.tailwind.ir import Style
from pureog.style.tailwind.resolve import ClassListResolver

Declarations = tuple[tuple[str, object], ...]
_RGB = re.compile(r"rgba?\([^)]+\)")


def tw_path(element: Element) -> str:
    """Where the element's ``tw`` prop came from (next to its ``style``)."""
    return element.style_path.removesuffix(".style") + ".tw"


class TailwindStyles:
    """``tw`` for the elements of one render (one canvas size, one twrnc cache)."""

    def __init__(self, width: float, height: float, browser: bool = False) -> None:
        self._resolver = ClassListResolver(width, height)
        self._browser = browser
        """``features: browser``: twrnc's ``fontVariant`` lists are drawn (as the ``fontVariant`` shorthand)."""

    def declarations(self, element: Element) -> Declarations:
        """The element's ``tw`` classes merged under its ``style`` (style wins)."""
        if not element.tw:
            return element.style
        path = tw_path(element)
        resolved = self._resolver.resolve(element.tw)
        for name in resolved.unknown:
            tolerate(f"tw class {name!r} is not supported by Satori's Tailwind (twrnc); ignored, as Next.js "
                     "ignores it", path=path)
            if not warnings_left():  # (100,000 unknown classes in each of 2,000 elements)
                break
        for message in resolved.warnings:
            tolerate(f"tw: {message}; ignored, as Next.js ignores it", path=path)
            if not warnings_left():
                break
        style = dict(resolved.style)
        _adjust_like_satori(style, element.style, path)
        _drop_native_only(style, path, self._browser)
        # Satori's Object.assign(twStyle, style): a key the classes set keeps their place (and takes the
        # style's value); any other, a kebab-case twin of theirs too, comes after them in the style's order
        merged = {name: (name, value) for name, value in style.items()}
        keys = element.style_keys or tuple(name for name, _ in element.style)
        for key, declaration in zip(keys, element.style, strict=True):
            merged[key] = declaration
        return tuple(merged.values())


def _adjust_like_satori(style: Style, author: Iterable[tuple[str, object]], path: str) -> None:
    """Satori's two touches to twrnc's output (see the module docstring)."""
    line_height = style.get("lineHeight")
    if isinstance(line_height, int | float) and not isinstance(line_height, bool):
        ratio = js_divide(float(line_height), _font_size_divisor(style.get("fontSize"), author))
        if math.isnan(ratio):
            # Satori draws no text at all with a NaN line height; keep the text and say why it differs.
            tolerate("tw: a line height in px needs a numeric fontSize to become a multiple (the style's "
                     "fontSize is not a number: Next.js draws no text); line height ignored", path=path)
            del style["lineHeight"]
        else:
            style["lineHeight"] = ratio
    shadow_color, box_shadow = style.get("shadowColor"), style.get("boxShadow")
    if isinstance(shadow_color, str) and shadow_color and isinstance(box_shadow, str) and box_shadow:
        style["boxShadow"] = _RGB.sub(lambda _: shadow_color, box_shadow, count=1)
        del style["shadowColor"]  # used up; Satori ignores the leftover key


def _drop_native_only(style: Style, path: str, browser: bool = False) -> None:
    """twrnc also writes React Native styles (``shadowOffset`` objects, ``fontVariant`` lists,
    ``elevation``, its internal ``__opacity_*`` left over by a lone ``bg-opacity-*``): Satori ignores
    some and throws on others; here each is dropped with a warning at the ``tw`` path (an error when
    strict), rather than reported as a ``style`` property the author never wrote. With ``features:
    browser`` a ``fontVariant`` list (``small-caps``, ``tabular-nums``, ...: Next.js throws on it) is
    the ``fontVariant`` shorthand of its words, as Tailwind CSS's classes set them."""
    for name in list(style):
        value = style[name]
        if browser and name == "fontVariant" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            style[name] = " ".join(value)
            continue
        scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        prop = PROPERTIES.get(name)
        if scalar and prop is not None and prop.support is Support.YES:
            continue
        throws = not scalar or name.startswith("_")  # Satori's css-to-react-native or its validation throws
        tolerate(f"tw gives {name!r} = {value!r}, a style Satori cannot use (Next.js "
                 f"{'throws' if throws else 'ignores it'}); ignored", path=path)
        del style[name]


def _font_size_divisor(tw_size: object, author: Iterable[tuple[str, object]]) -> float:
    """JavaScript's ``+tw.fontSize || style.fontSize || 16`` (a string style size divides as Number())."""
    size = _js_plus(tw_size)
    if size and not math.isnan(size):
        return size
    author_size: object = None
    for name, value in author:
        if name == "fontSize":
            author_size = value
    if not author_size or (isinstance(author_size, float) and math.isnan(author_size)):
        return 16.0
    return _js_plus(author_size)


def _js_plus(value: object) -> float:
    """JavaScript's unary ``+``: numbers stay, text is read with Number(), anything else is NaN."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        return js_number(value)
    return math.nan
