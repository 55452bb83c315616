"""A ``tw`` class list -> one style object, as Satori 0.29's twrnc combines the classes.

Steps (twrnc's ``style()``): split on white space and drop repeats; read each class's prefixes
(``md:``, ``landscape:``, ``web:``, ``min-w-[500px]:``); parse it (:mod:`.utilities`); merge the finished
styles in class order, then the prefixed ones by prefix order (``sm`` < ``md`` < ...), then let the
waiting ones (opacity, em tracking, relative leading) finish against the result.

Breakpoints compare with the *canvas* width (Satori passes it as the window), and a breakpoint holds
when the width is *greater than* its minimum (``lg:`` does not apply at exactly 1024 px).

twrnc caches every class it parsed, and a prefixed class whose bare form is cached is taken from the
cache *without* its prefix order (``p-4 md:p-4 p-8`` ends with ``p-8``). Next.js keeps that cache
for the whole process; :class:`ClassListResolver` keeps it for one render, which is what a fresh
process gives (the first render after a start).

Input -> output: class text -> :class:`Resolved` (the style plus twrnc's warnings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pureog.jsnum import JS_SPACE
from pureog.records import field, mutable_record, record
from pureog.style.tailwind import _theme as theme
from pureog.style.tailwind.colors import OPACITY_PREFIX
from pureog.style.tailwind.ir import Complete, Dependent, Ir, Ordered, Style
from pureog.style.tailwind.units import Unit, Viewport, parse_unit, screen_px
from pureog.style.tailwind.utilities import UNKNOWN_SUFFIX, UtilityParser

_SPACES = re.compile(f"[{re.escape(JS_SPACE)}]+")
_PLATFORMS = ("ios", "android", "windows", "macos", "web")
_ARBITRARY_BREAKPOINT = re.compile(r"^(min|max)-(w|h)-\[([^\]]+)\]$")


def _screens(screens: Mapping[str, str]) -> dict[str, tuple[float, float, int]]:
    """Theme breakpoints -> (min px, max px, order), ordered by their minimum."""
    ranges = {name: (screen_px(text) or 0.0, float("inf")) for name, text in screens.items()}
    ordered = sorted(ranges.items(), key=lambda item: item[1][0])
    return {name: (low, high, i) for i, (name, (low, high)) in enumerate(ordered)}


_SCREENS = _screens(theme.SCREENS)
_STATIC: dict[str, Ir | None] = {name: Complete(style) for name, style in theme.STATIC.items()}


def _font_variant(variant: str) -> Dependent:
    def complete(style: Style) -> str | None:
        current = style.get("fontVariant")
        style["fontVariant"] = [*current, variant] if isinstance(current, list) else [variant]
        return None

    return Dependent(complete)


_STATIC.update({name: _font_variant(variant) for name, variant in theme.STATIC_FONT_VARIANTS.items()})


@record
class Resolved:
    """twrnc's style for a class list, what twrnc logged, and the classes it ignored as unknown."""

    style: Mapping[str, object]
    log: tuple[str, ...] = ()
    """twrnc's console warnings, word for word."""
    unknown: tuple[str, ...] = ()
    """Classes with a utility or a prefix twrnc does not know (it ignores them)."""

    @property
    def warnings(self) -> tuple[str, ...]:
        """The logged problems other than unknown classes (those are in ``unknown``)."""
        return tuple(line for line in self.log if not line.endswith(UNKNOWN_SUFFIX))


@mutable_record
class _Parsed:
    ir: Ir | Ordered | None
    log: list[str] = field(default_factory=list)
    unknown: bool = False


_MAX_TEXTS = 4_096
"""Class lists kept as written per render (the strings are the document's own)."""


def split_classes(text: str) -> list[str]:
    """Classes in order, white-space separated, repeats dropped (the first one stays)."""
    seen: dict[str, None] = {}
    for name in _SPACES.split(text.strip(JS_SPACE)):
        if name:
            seen.setdefault(name, None)
    return list(seen)


class ClassListResolver:
    """Satori's ``tw`` function for one canvas size, with twrnc's caches (one per render)."""

    def __init__(self, width: float, height: float) -> None:
        self.viewport = Viewport(float(width), float(height))
        self._ir: dict[str, _Parsed] = {}
        self._styles: dict[str, Resolved] = {}
        self._texts: dict[str, Resolved] = {}  # by the class list as written

    def resolve(self, text: str) -> Resolved:
        known = self._texts.get(text)  # elements sharing a class list (a YAML alias of 300,000 classes
        if known is not None:  # in 1,500 elements was split again for each: minutes)
            return known
        result = self._resolve(text)
        if len(self._texts) < _MAX_TEXTS:
            self._texts[text] = result
        return result

    def _resolve(self, text: str) -> Resolved:
        classes = split_classes(text)
        key = " ".join(classes)
        cached = self._styles.get(key)
        if cached is not None:
            return cached
        style: Style = {}
        log: list[str] = []
        unknown: list[str] = []
        dependents: list[Dependent] = []
        ordered: list[Ordered] = []
        for name in classes:
            parsed = self._parse(name)
            log += parsed.log
            if parsed.unknown:
                unknown.append(name)
            ir = parsed.ir
            if isinstance(ir, Complete):
                style.update(ir.style)
                self._ir[name] = parsed
            elif isinstance(ir, Dependent):
                dependents.append(ir)
            elif isinstance(ir, Ordered):
                ordered.append(ir)
            else:
                self._ir[name] = parsed
        for item in sorted(ordered, key=lambda o: o.order):  # stable, like Array.prototype.sort
            if isinstance(item.ir, Complete):
                style.update(item.ir.style)
            else:
                dependents.append(item.ir)
        if dependents:
            for dependent in dependents:
                problem = dependent.complete(style)
                if problem:
                    log.append(problem)
            for name in [k for k in style if k.startswith(OPACITY_PREFIX)]:
                del style[name]
        result = Resolved(style, tuple(log), tuple(unknown))
        if key:
            self._styles[key] = result
        return result

    def _parse(self, name: str) -> _Parsed:
        """One class: its prefixes, then the cache or the utility parser (twrnc's ``ClassParser``)."""
        parts = name.split(":")
        text, prefixes = (name, []) if len(parts) == 1 else (parts[-1], parts[:-1])
        order: int | None = None
        null = unknown_prefix = False
        log: list[str] = []
        width, height = self.viewport.width, self.viewport.height
        for prefix in prefixes:
            if prefix in _SCREENS:
                low, high, rank = _SCREENS[prefix]
                order = (order or 0) + rank
                if width <= low or width > high:
                    null = True
            elif prefix in _PLATFORMS:
                null = prefix != "web"  # an assignment in twrnc: a later platform prefix can undo a miss
            elif prefix in ("portrait", "landscape"):
                if ("landscape" if width > height else "portrait") != prefix:
                    null = True
                else:
                    order = (order or 0) + 1
            elif prefix in ("retina", "dark"):
                null = True  # Satori sets neither a pixel density nor a colour scheme
            else:
                match = _ARBITRARY_BREAKPOINT.match(prefix) if prefix[:1] == "m" else None
                if match is None:
                    null = unknown_prefix = True
                    continue
                parsed = parse_unit(match.group(3))
                if parsed is None:
                    null = True
                    continue
                bound, unit = parsed
                if unit is not Unit.PX:
                    null = True  # and yet the order below still counts, as in twrnc
                side = width if match.group(2) == "w" else height
                holds = side >= bound if match.group(1) == "min" else side <= bound  # inclusive, unlike screens
                if holds:
                    order = (order or 0) + 1
                else:
                    null = True
        if null:
            return _Parsed(None, log, unknown=unknown_prefix)
        cached = self._ir.get(text)
        if cached is not None and cached.ir is not None:
            return _Parsed(cached.ir)  # cached without its prefix order, as in twrnc
        static = _STATIC.get(text)
        if static is not None:
            return _Parsed(static)
        if cached is not None:
            return _Parsed(None, unknown=cached.unknown)  # twrnc returns the cached null, logging nothing
        ir = UtilityParser(text, self.viewport, log).parse()
        if ir is None:
            return _Parsed(None, log, unknown=True)
        return _Parsed(ir if order is None else Ordered(order, ir), log)
