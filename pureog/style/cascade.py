"""The cascade: an :class:`Element` tree with author declarations -> a :class:`StyledNode` tree.

For each element: custom properties (``--x``, inherited), then the tag's preset and the author's style
(author wins), ``var()`` substitution, shorthand expansion, then every longhand parsed by its entry in
:mod:`pureog.style.properties`. Inherited fields start from the parent's computed style; the rest
start from :class:`ComputedStyle`'s defaults, which are Satori's (flex, flexShrink 0, relative,
border-box, 16px serif black, ...). The root element is an ordinary element here.

Satori rules reproduced on purpose (see ``spec/css.md``):
- each declaration block (preset, author) resolves ``em`` against the font size *that block* sets, or
  the parent's size when it sets none (``handler/expand.ts`` expands the blocks separately);
- an element with a text child and no explicit ``flexShrink`` gets ``flex_shrink = 1``;
- a border side with a width but no style is solid; a side whose colour was never set is transparent
  (Satori emits no stroke colour, so nothing shows); only width declarations give a side a width
  (a style alone gives none, style ``none`` keeps it), and a ``none`` side is not drawn.
We do not reproduce Satori's ``div`` error (a div with several children and no explicit display): such a
div whose children are text and inline elements forms an inline formatting context (``StyledNode.inline_context``,
:mod:`pureog.style.inline`, spec/inline.md), any other lays out as flex.
Must not import layout, text, paint, raster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pureog import caches
from pureog.color import BLACK, TRANSPARENT, UNREADABLE
from pureog.document.model import Element, Text
from pureog.errors import LimitError, StyleError, tolerate, tolerated_count
from pureog.limits import MAX_STYLE_TEXT_READ, MAX_VARIABLES_CARRIED
from pureog.records import fields as dataclass_fields
from pureog.records import replace
from pureog.style.absent import ZERO_UNSET, dropped_by_react, erase, skipped_by_satori
from pureog.style.color import UnreadColor
from pureog.style.computed import ComputedStyle, StyledChild, StyledNode, StyledText, weighed
from pureog.style.computed_fixups import browser_background_geometry, fix_borders, written_auto, yoga_gap
from pureog.style.css_wide import SIDE_COLOURS, css_wide, keyword_read_as_text, side_colour_keyword
from pureog.style.element_attributes import dir_declaration, lang_attribute
from pureog.style.inline import forms_inline_context, inline_level
from pureog.style.lost_em import NAN_EM, NAN_EM_FIELDS, nan_to_initial, satori_size_unknown
from pureog.style.parse import (
    COLOR_FUNCTION,
    BrowserValue,
    RawValue,
    ShorthandFallback,
    ShorthandReadable,
    StyleFallback,
    ValueContext,
    missing_variable,
    note_color_function,
    passed_down_variables,
    raw_text,
    substitute_vars,
)
from pureog.style.presets import preset_for
from pureog.style.properties import (
    FIELD_TO_PROPERTY,
    HANDED_DOWN_FIELDS,
    PROPERTIES,
    Invalid,
    Property,
    Support,
    lookup,
    unknown_property_hint,
)
from pureog.style.property_parsers import non_finite_yoga_length
from pureog.style.purify import purify, reads_as_zero
from pureog.style.shorthands import SHORTHAND_LONGHANDS, SIDES
from pureog.style.text_values import parse_font_size, satori_loses_font_size
from pureog.style.values import (
    CHROME_BORDER_STYLES,
    WRITTEN_BORDER_STYLES,
    BorderStyle,
    Display,
    Overflow,
    TextOverflow,
    WhiteSpace,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from pureog.style.tailwind.element import TailwindStyles

_PRESET, _AUTHOR = 0, 1
_DEFAULTS: dict[str, object] = {f.name: f.default for f in dataclass_fields(ComputedStyle)}
_ROOT_PARENT = ComputedStyle()

_Longhands = tuple[tuple[str, "RawValue"], ...]
_EXPANSIONS: caches.Budgeted[tuple[str, type, object], _Longhands | None] = caches.budgeted(
    "style.expansions", 4 << 20, max_entries=4096)
"""Memo of :meth:`_Cascade._expand` for declarations without ``var()``: (property, raw value) ->
its longhands (``None``: an ignored property). Expansion is a pure function of the pair, and cards
repeat the same declarations on many elements. Errors are never memoized (they re-raise each time).
Charged by :func:`_weight`: 4,096 values of up to 4 MB each were kept (spec/limits.md, round nineteen)."""

_STYLED: dict[tuple[object, ...], tuple[ComputedStyle, ComputedStyle, frozenset[str], str | None]] = {}
"""Memo of an element's computed style across renders: (parent style's id, tag, declarations, inherited
variables, has text, viewport, browser) -> (parent, style, sizes written ``auto``, display as written).
The cascade of one element is a pure function of those; a server or a batch renders the same template
again and again, so the same declarations meet the same parent styles (the memo hands back the same
style objects, so the children's keys meet again too): the stat grid's 93 elements took ~5 ms a warm
render. An element whose cascade reported anything is never memoized (see :meth:`_Cascade._memo_key`)."""
_STYLED_MAX = 1024

_PARSED: dict[tuple[object, ...], dict[tuple[object, ...], object]] = {}
"""Memo of parsed longhand values: (currentColor, viewport) -> (property, raw value, em base) ->
value, filled only when the parse did not read the parent style (see :class:`_ParentProbe`) and the
value is hashable (immutable). Cards repeat the same declarations on many elements. Two levels so
that the colour (a dataclass, slow to hash) is hashed once per element, not once per declaration."""
_PARSED_MAX = 8 << 20  # bytes: 8 a raw value's character (a family list: ~7 a character parsed), 200 an entry
_parsed_count = 0


class _ParentProbe:
    """Stands in for the parent style while a value is parsed once, to learn whether the parse read
    it (``bolder``, ``currentColor`` of ... do): such values depend on more than the memo key."""

    __slots__ = ("_style", "used")

    def __init__(self, style: ComputedStyle) -> None:
        self._style = style
        self.used = False

    def __getattr__(self, name: str) -> object:
        self.used = True
        return getattr(self._style, name)


class _Declared:
    """One winning longhand declaration: its raw value, block, the property the author wrote (a shorthand's
    name when it came from one) and whether that shorthand throws in the reference on a part it cannot read."""

    __slots__ = ("raw", "origin", "source", "throws", "yoga_raw", "shadowed", "react_drops")

    def __init__(self, raw: RawValue, origin: int, source: str, throws: bool = False, drops: bool = False) -> None:
        self.raw = raw
        self.origin = origin
        self.source = source
        self.throws = throws
        self.react_drops = drops  # written '', null or false: dropped where Next.js throws (absent.py)
        self.yoga_raw: RawValue | None = None
        """The whole value of a ``gap`` declaration, which Yoga reads itself when it has two values."""
        self.shadowed: _Declared | None = None
        """The declaration this one replaced, for shorthands that may not apply (``placeItems`` outside a grid)."""


def _author_display(author: list[tuple[str, RawValue]]) -> str | None:
    """The author's last ``display`` as written (lower case), None without one: the inline formatting
    context rule reads it (:mod:`pureog.style.inline`), as Next.js's explicit-display check does."""
    found = None
    for name, raw in author:
        if name == "display" and isinstance(raw, str):
            found = raw.strip().lower()
    return found


def cascade(root: Element, *, width: float, height: float, browser: bool = False) -> StyledNode:
    """Compute the style of every element under ``root``; ``width``/``height`` are the viewport.
    ``browser``: the properties Next.js ignores and a browser draws (``Support.BROWSER``: zIndex,
    mixBlendMode, ...) take part; otherwise they are dropped with a warning, as Next.js drops them."""
    return _Cascade(float(width), float(height), browser).element(root, _ROOT_PARENT, {})


class _Cascade:
    def __init__(self, viewport_width: float, viewport_height: float, browser: bool = False) -> None:
        self.vw = viewport_width
        self.vh = viewport_height
        self.browser = browser
        self.svg_depth = 0
        """>0 while styling an inline <svg>'s content (:meth:`_svg_content`)."""
        self._tailwind: TailwindStyles | None = None
        """The ``tw`` props' styles, one twrnc cache per render (made for the first ``tw`` element)."""
        self.tolerated = 0
        """How many declarations were tolerated so far: a parse that tolerated one is not memoized,
        so that the next element (or render, maybe strict) reports it again."""
        self.variables_carried = 0
        """Custom properties in scope, summed over the elements styled so far (spec/limits.md)."""
        self.text_read = 0
        """Characters of declaration values read so far (memo misses, after ``var()``; spec/limits.md)."""

    def _tolerate(self, message: str, path: str) -> None:
        self.tolerated += 1
        if not self.svg_depth:  # an <svg>'s content: its SVG properties are not CSS mistakes
            tolerate(message, path=path)

    def tailwind(self) -> TailwindStyles:
        """The render's Tailwind styles; the tailwind modules load only for a document with ``tw`` props."""
        if self._tailwind is None:
            from pureog.style.tailwind.element import TailwindStyles  # noqa: PLC0415

            self._tailwind = TailwindStyles(self.vw, self.vh, self.browser)
        return self._tailwind

    def element(self, element: Element, parent: ComputedStyle, parent_vars: dict[str, str]) -> StyledNode:
        # each element copies and keys its memo by every custom property in scope: 80,000 declared at
        # the root of 1,500 elements took 18 s (a 16 MB document could declare a million)
        self.variables_carried += len(parent_vars)
        if self.variables_carried > MAX_VARIABLES_CARRIED:
            raise LimitError(f"custom properties in scope, summed over the elements, pass "
                             f"{MAX_VARIABLES_CARRIED:,} (spec/limits.md)", path=element.style_path)
        variables = dict(parent_vars)
        author: list[tuple[str, RawValue]] = []
        for name, raw in element.style if element.tw is None else self.tailwind().declarations(element):
            if name.startswith("--"):
                try:
                    # Satori keeps a custom property's text as written (String(value), untrimmed), so the
                    # spaces around it reach the readers that split at single spaces (css-box-shadow);
                    # CSS trims it (features: browser)
                    variables[name] = raw_text(raw) if not isinstance(raw, str) else raw.strip() if self.browser \
                        else raw
                except StyleError as err:
                    raise StyleError(err.message, path=f"{element.style_path}.{name}") from None
            else:
                author.append((name, raw))  # type: ignore[arg-type]
        note_color_function(author, variables, element.style_path)
        has_text = any(isinstance(child, Text) for child in element.children)
        key = self._memo_key(element, parent, author, variables, has_text)
        hit = _STYLED.get(key) if key is not None else None
        if hit is not None and hit[0] is parent:
            style, auto_sizes, shown = hit[1], hit[2], hit[3]
        else:
            tolerated = self.tolerated, tolerated_count()
            style = weighed(self._style(element, parent, author, variables, has_text), parent,
                            (*(raw for _, raw in author), *variables.values()))
            auto_sizes = written_auto(author, style)
            shown = _author_display(author)
            if key is not None and (self.tolerated, tolerated_count()) == tolerated and not style.held:
                if len(_STYLED) >= _STYLED_MAX:
                    _STYLED.clear()
                # the parent is kept with the entry: while it lives, no other object can take its id
                _STYLED[key] = (parent, style, auto_sizes, shown)
        if element.type == "svg":
            return StyledNode(element, style, self._svg_content(element, style, variables), auto_sizes=auto_sizes)
        children: list[StyledChild] = []
        passed = variables
        if len(variables) > (COLOR_FUNCTION in variables) and not self.browser:
            # Satori converts its length variables to px numbers before the children inherit them
            passed = passed_down_variables(variables, ValueContext(style.font_size, self.vw, self.vh, style.color,
                                                                   style))
        # features: browser filters the element's whole group (paint/css_filter.py): its text has none
        text_style = replace(style, filter=()) if self.browser and style.filter else style
        for child in element.children:
            if isinstance(child, Text):
                children.append(StyledText(child.text, text_style, child.path))
            else:
                children.append(self.element(child, style, passed))
        clamped = style.display is Display.BLOCK and (
            (style.line_clamp is not None and style.line_clamp[0] >= 1)
            or (style.text_overflow is TextOverflow.ELLIPSIS and style.overflow is Overflow.HIDDEN
                and style.white_space in (WhiteSpace.NOWRAP, WhiteSpace.PRE)))
        return StyledNode(element, style, tuple(children), inline_level(element.type, shown),
                          forms_inline_context(element.type, shown, tuple(children), self.browser, clamped),
                          auto_sizes)

    def _memo_key(self, element: Element, parent: ComputedStyle, author: list[tuple[str, RawValue]],
                  variables: dict[str, str], has_text: bool) -> tuple[object, ...] | None:
        """The key of an element's computed style in :data:`_STYLED` (``author``: its declarations, the
        ``tw`` classes' merged under the style prop's; custom properties are in ``variables``), None when
        it is not memoized: an element inside an inline ``<svg>`` (errors there are dropped quietly,
        uncounted), with ``dir="auto"`` (which reads the text), a float zero (-0.0 == 0.0 as a key, but
        the sign is kept) or an unhashable value (an object, a list)."""
        if self.svg_depth:
            return None
        attributes = None
        if element.attributes:
            direction = element.attribute("dir")
            if isinstance(direction, str) and direction.strip().lower() == "auto":
                return None
            attributes = (direction, element.attribute("lang"))
        declarations = []
        for name, raw in author:
            kind = raw.__class__
            if kind is float and raw == 0.0:
                return None
            declarations.append((name, kind, raw))  # the class too: 1, 1.0 and True are equal keys
        # (whether there is a style prop or tw classes at all decides whether the preset's colour applies)
        key = (id(parent), element.type, tuple(declarations), bool(element.style) or element.tw is not None,
               attributes, tuple(variables.items()), has_text, self.vw, self.vh, self.browser)
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def _style(self, element: Element, parent: ComputedStyle, author: list[tuple[str, RawValue]],
               variables: dict[str, str], has_text: bool) -> ComputedStyle:
        """The element's computed style: the tag's preset and the author's declarations over ``parent``."""
        declared: dict[str, _Declared] = {}
        block_font_size: dict[int, _Declared] = {}
        preset = preset_for(element.type)
        if element.attributes and element.attribute("dir") is not None:
            preset = preset + dir_declaration(element)
        for origin, block in ((_PRESET, preset), (_AUTHOR, tuple(author))):
            for name, raw in block:
                try:
                    self._declare(element, origin, name, raw, variables, declared, block_font_size)
                except StyleError:
                    if not self.svg_depth:
                        raise

        self._drop_grid_only_alignment(element, declared, parent)
        # Satori expands the style prop only when there is one (tw classes count), and that expansion
        # always writes a colour: the author's, else the inherited one, over the preset's
        has_author = bool(element.style) or element.tw is not None
        return self._compute(element, parent, declared, block_font_size, has_text, has_author,
                             variables.get(COLOR_FUNCTION, ""))

    def _svg_content(self, element: Element, style: ComputedStyle,
                     variables: dict[str, str]) -> tuple[StyledChild, ...]:
        """An inline <svg>'s children as Satori also treats them: besides serializing them into the SVG
        image (resvg reads `style="fill: red"` as presentation attributes), its layout walks them as
        elements (layout.ts recurses into every child): Yoga boxes from their CSS, reported as nodes,
        painted as boxes. Their SVG properties raise no warnings, and a value the reference would refuse
        is dropped quietly. A string or number child (JSX's ``{count && <path/>}`` leaves a ``0``) is a
        text node of that layout like any element's, drawn as CSS text in the svg's box (Satori's
        serializer drops a ``0`` and resvg ignores other character data outside ``<text>``)."""
        self.svg_depth += 1
        try:
            return tuple(StyledText(child.text, style, child.path) if isinstance(child, Text)
                         else self.element(child, style, variables) for child in element.children)
        finally:
            self.svg_depth -= 1

    def _drop_grid_only_alignment(self, element: Element, declared: dict[str, _Declared],
                                  parent: ComputedStyle) -> None:  # fmt: skip
        """``placeItems`` / ``placeSelf`` are grid shorthands Satori does not know: outside a grid their
        align-items / align-self never reach Yoga (``placeContent`` does: css-to-react-native expands it)."""
        display = declared.get("display")
        grid = display is not None and raw_text(display.raw).strip().lower() in ("grid", "inline-grid")
        in_grid = parent.display in (Display.GRID, Display.INLINE_GRID)
        for longhand, shorthand, applies in (("alignItems", "placeItems", grid), ("alignSelf", "placeSelf", in_grid)):
            entry = declared.get(longhand)
            if entry is not None and entry.source == shorthand and not applies:
                if entry.shadowed is not None:
                    declared[longhand] = entry.shadowed  # what Satori sees: the declaration before
                else:
                    del declared[longhand]
                self._tolerate(f"{shorthand!r} is ignored outside a grid, as Next.js ignores it",
                               f"{element.style_path}.{shorthand}")

    # ----------------------------------------------------------------------- declarations

    def _declare(
        self,
        element: Element,
        origin: int,
        name: str,
        raw: object,
        variables: dict[str, str],
        declared: dict[str, _Declared],
        block_font_size: dict[int, _Declared],
    ) -> None:
        if not self._known(element, name):
            return
        if self._unset(element, name, raw):
            erase(name, raw, declared)
            return
        if isinstance(raw, str) and "var(" in raw.lower():
            # Satori substitutes the variables first and then reads the text as it reads a literal one
            # (purify's Number(): `width: var(--x)` with --x ` 0x10 ` is 16 px; css-to-react-native)
            try:
                raw = substitute_vars(raw, variables, missing=missing_variable(name))
            except LimitError as err:
                raise LimitError(err.message, path=err.path or f"{element.style_path}.{name}") from None
            if self._unset(element, name, raw):  # a variable of blank text: as blank text written
                erase(name, raw, declared)
                return
        react_drops = dropped_by_react(raw)
        raw = purify(name, raw, f"{element.style_path}.{name}")
        if name in ZERO_UNSET and reads_as_zero(raw):
            self._tolerate(f"{raw!r} is ignored (Next.js reads it as 0, no value)", f"{element.style_path}.{name}")
            erase(name, raw, declared)
            if (raw := ZERO_UNSET[name]) is None:
                return
        if name == "fontWeight" and isinstance(raw, str) and not raw.strip():
            # Satori hands blank text to css-to-react-native's fontWeight parser, which wants a word or
            # a number: Next.js throws ("Failed to parse declaration")
            if react_drops:
                self._drop_as_react("Failed to parse declaration", f"{element.style_path}.{name}")
                return
            raise StyleError("expected a font weight, got blank text (Next.js throws on it)",
                             path=f"{element.style_path}.{name}")
        if name == "textShadow" and not self.browser and isinstance(raw, str) and "none" in raw.lower():
            from pureog.style.shadow import satori_text_shadow_nones  # noqa: PLC0415

            raw = satori_text_shadow_nones(raw)
        if name in _SIDE_STYLES and isinstance(raw, str) and raw.strip() in CHROME_BORDER_STYLES:
            # Satori keeps the longhand's word: the side stroked solid, grouped apart from solid neighbours
            self._tolerate(f"{raw!r} is " + ("ignored (the border shorthands draw it)" if self.browser else
                           "drawn solid, as Next.js draws it in a longhand"), f"{element.style_path}.{name}")
            if self.browser:
                return
            raw = WRITTEN_BORDER_STYLES[BorderStyle(raw.strip())].value
        if name in _YOGA_LENGTHS and isinstance(raw, str) and raw.strip().lower() == "inherit":
            # Satori hands the word to Yoga's setter, which reads no length: the property's initial value
            self._tolerate("'inherit' is read as the initial value, as Next.js reads it",
                           f"{element.style_path}.{name}")
            raw = PROPERTIES[name].initial
        try:
            longhands = self._longhands(element, name, raw, variables)
        except StyleError as err:
            if not react_drops or isinstance(err, LimitError):
                raise
            self._drop_as_react(err.message, f"{element.style_path}.{name}")
            return
        if longhands is None:
            return
        # A shorthand that hands its whole value (after var()) to one longhand (`background: linear-...`)
        # is read by that longhand's parser in the reference too, so the longhand's rules apply.
        throws = _throwing_shorthand(name) and not (len(longhands) == 1 and longhands[0][1] == raw)
        for longhand, longhand_value in longhands:
            if name == "gap" and longhand in declared and declared[longhand].source != "gap" \
                    and declared[longhand].origin == origin and not self._unset_gap(declared[longhand].raw):
                continue  # Satori sets Yoga's gap before rowGap and columnGap: the longhands win
            if name in _WEBKIT_MASK_TWINS and longhand in declared and declared[longhand].source == longhand:
                continue  # Satori reads `maskX || WebkitMaskX`: the unprefixed one wins wherever it stands
            if name in ("rowGap", "columnGap") and self._unset_gap(longhand_value) and longhand in declared \
                    and declared[longhand].source == "gap" and declared[longhand].origin == origin:
                continue  # a non-finite longhand is unset in Yoga, which then takes the `gap`'s value
            entry = _Declared(longhand_value, origin, name, throws, react_drops)
            if name == "gap":  # the text Yoga reads is the substituted one (`gap: var(--g)`, --g `0 8%`: 0 px)
                entry.yoga_raw = raw  # type: ignore[assignment]
            if name in ("placeItems", "placeSelf"):
                entry.shadowed = declared.get(longhand)
            declared[longhand] = entry
            if longhand == "fontSize":
                block_font_size[origin] = entry

    def _unset_gap(self, raw: object) -> bool:
        """A rowGap/columnGap Yoga stores as unset (``NaN``, ``Infinity``): Next.js only."""
        return not self.browser and non_finite_yoga_length(raw)

    def _unset(self, element: Element, name: str, raw: object) -> bool:
        """Whether Next.js takes the raw value as no declaration (:func:`absent.skipped_by_satori`)."""
        if skipped_by_satori(name, raw):
            self._tolerate(f"{raw!r} is ignored", f"{element.style_path}.{name}")
            return True
        return False

    def _longhands(self, element: Element, name: str, raw: object, variables: dict[str, str]) -> _Longhands | None:
        """The declaration's longhands (memoized), or ``None`` when the reference ignores a value it
        cannot read; raises where the reference throws. Tolerated values are never memoized, so that
        each element (and each render, maybe strict) reports them."""
        key = (name, raw.__class__, raw)  # the class too: 1, 1.0 and True are equal dict keys
        try:
            if raw.__class__ is float and raw == 0.0:
                raise KeyError  # -0.0 == 0.0 as a dict key, but the sign is kept: no memo
            return _EXPANSIONS[key]
        except (KeyError, TypeError):  # not seen yet, or an unhashable value (an error below)
            pass
        path = f"{element.style_path}.{name}"
        try:
            longhands = _expand(name, raw, variables, self._read)
        except StyleFallback as fallback:
            self._tolerate(fallback.message, path)
            return tuple(fallback.value)  # type: ignore[arg-type]
        except LimitError as err:  # a var() bomb, or a value too long to read: the element path added
            raise LimitError(err.message, path=err.path or path) from None
        except StyleError as err:
            if err.path is not None:
                raise
            if PROPERTIES[name].invalid is Invalid.THROW or not isinstance(raw, (str, int, float)):
                raise StyleError(err.message, path=path) from None  # Next throws on objects and lists too
            self._tolerate(f"{err.message}; ignored, as Next.js ignores it", path)
            return None
        if (isinstance(raw, (int, float)) and raw != 0.0) or "var(" not in raw_text(raw).lower():
            _EXPANSIONS.keep(key, longhands, _weight(raw))
        return longhands

    def _read(self, text: str) -> None:
        """Count a declaration's text about to be expanded or parsed (a tolerated value, or one with
        ``var()``, is read again at each element: a YAML alias or a variable of 100,000 characters in 150
        properties of 2,000 elements is 30 billion characters); :class:`LimitError` past
        ``MAX_STYLE_TEXT_READ``."""
        self.text_read += len(text)
        if self.text_read > MAX_STYLE_TEXT_READ:
            raise LimitError(f"the style values of this document are more than {MAX_STYLE_TEXT_READ:,} characters "
                             "to read, each element's counted again (spec/limits.md)")

    def _known(self, element: Element, name: str) -> bool:
        """Whether a declaration of ``name`` takes part; unknown and ignored properties are dropped
        with a warning, as Next.js drops them (it throws only for names starting with ``_``)."""
        prop = PROPERTIES.get(name)
        if prop is not None and (prop.support is Support.YES or (prop.support is Support.BROWSER and self.browser)):
            return True
        path = f"{element.style_path}.{name}"
        if name.startswith("_"):
            raise StyleError(f"invalid style property {name!r} (Next.js rejects names starting with '_')",
                             path=path)
        if prop is None:
            self._tolerate(f"unknown CSS property {name!r}{unknown_property_hint(name)}; ignored, as Next.js "
                           "ignores it", path)
        elif prop.support is Support.BROWSER:
            self._tolerate(f"{name!r} is ignored, as Next.js ignores it; features: browser draws it", path)
        else:
            self._tolerate(f"{name!r} is ignored, as Next.js ignores it ({prop.note})", path)
        return False

    # ----------------------------------------------------------------------- computing

    def _compute(
        self,
        element: Element,
        parent: ComputedStyle,
        declared: dict[str, _Declared],
        block_font_size: dict[int, _Declared],
        has_text: bool,
        has_author: bool = False,
        color_function: str = "",
    ) -> ComputedStyle:
        values: dict[str, object] = {name: getattr(parent, name) for name in HANDED_DOWN_FIELDS}
        if self.browser:
            values["filter"] = ()  # not inherited in CSS (Satori hands it down: each shape is filtered)
        values["locale"], values["lang"] = parent.locale, parent.lang
        if element.attributes and element.attribute("lang") is not None:
            values["locale"], values["lang"] = lang_attribute(element)
        probe = ValueContext(parent.font_size, self.vw, self.vh, parent.color, parent, self.browser)

        # 1. font size, per block (each block's em base, as Satori expands blocks separately)
        em_base = {_PRESET: parent.font_size, _AUTHOR: parent.font_size}
        for origin, entry in block_font_size.items():
            em_base[origin] = self._font_size(element, entry, parent, probe)
        if "fontSize" in declared:
            values["font_size"] = em_base[declared["fontSize"].origin]
            lost = None if self.browser else satori_loses_font_size(declared["fontSize"].raw)  # (None: the parent's)
            values["font_size_lost"] = parent.font_size_lost if lost is None else lost
        # each block's em base as Satori has it: undefined or NaN under a lost size (style/lost_em.py)
        unknown = {origin: not self.browser and (parent.font_size_nan if origin not in block_font_size else
                                                 satori_size_unknown(block_font_size[origin].raw, parent.font_size_nan))
                   for origin in em_base}
        if "fontSize" in declared:
            values["font_size_nan"] = unknown[declared["fontSize"].origin]

        # 2. colour (currentColor inside `color` means the parent's colour). Satori expands the preset
        # and the author's style separately, each resolving currentColor against its own colour or
        # the parent's: a `u` underlines in the parent's colour whatever colour the author gives it,
        # and an author style without a colour gives `mark` the parent's colour instead of black.
        block_color = {_PRESET: parent.color, _AUTHOR: parent.color}
        if "color" in declared:
            entry = declared["color"]
            value = self._parse(element, "color", entry, parent, probe)
            if value is not _DROPPED and not (entry.origin == _PRESET and has_author):
                values["color"] = value
                block_color[entry.origin] = value  # type: ignore[assignment]
        color = values["color"]

        # 3. everything else
        contexts = {
            origin: ValueContext(size, self.vw, self.vh, block_color[origin], parent, self.browser,
                                 bool(color_function), color_function)
            for origin, size in em_base.items()
        }
        em_contexts = contexts if not any(unknown.values()) else {
            origin: replace(ctx, font_size=NAN_EM) if unknown[origin] else ctx for origin, ctx in contexts.items()}
        try:
            bucket = (color, self.vw, self.vh, self.browser, color_function)
            parsed: dict[tuple[object, ...], object] | None = _PARSED.setdefault(bucket, {})
        except TypeError:  # an unhashable colour: no memo
            parsed = None
        dropped: list[str] = []
        for name, entry in declared.items():
            if name in ("fontSize", "color"):
                continue
            prop = lookup(name)
            assert prop.field is not None
            ctx = (em_contexts if prop.field in NAN_EM_FIELDS else contexts)[entry.origin]
            raw = entry.raw
            if parsed is None or (raw.__class__ is float and raw == 0.0) or ctx.font_size == 0.0:
                # -0.0 == 0.0 as a dict key, but the sign can reach the output: no memo
                value = self._parse(element, name, entry, parent, ctx)
            else:
                # (a shorthand's value may read otherwise than the same longhand: BrowserValue)
                key: tuple[object, ...] = (name, raw.__class__, raw, ctx.font_size, entry.throws)
                if ctx.current_color is not color:  # the preset block's own currentColor (step 2)
                    key += (ctx.current_color,)
                try:
                    value = parsed[key]
                except KeyError:
                    value = self._parse_and_memoize(element, name, entry, parent, ctx, parsed, key)
                except TypeError:  # an unhashable raw value: no memo
                    value = self._parse(element, name, entry, parent, ctx)
            if ctx.font_size is NAN_EM:
                value = nan_to_initial(value, _DEFAULTS[prop.field])
            if value is _DROPPED:  # (found by fuzzing: a dropped value must never reach the style)
                dropped.append(name)
                values.pop(prop.field, None)
                if prop.inherited:
                    values[prop.field] = getattr(parent, prop.field)
                continue
            values[prop.field] = value
        for name in dropped:
            del declared[name]

        fix_borders(values, declared)
        if (shown := yoga_gap(values, declared)) is not None:
            self._tolerate(f"a two-value gap on a flex container is read as {shown} for both gaps, as Yoga reads "
                           "it", f"{element.style_path}.gap")
        if self.browser:
            browser_background_geometry(values)
        if has_text and "flexShrink" not in declared:
            values["flex_shrink"] = 1.0  # Satori text/index.ts: parent.setFlexShrink(1)
        if getattr(values.get("clip_path"), "kind", None) == "unread":  # style/clip.py's UNREAD
            # a clipPath Satori reads no shape from is no clip, but an image (an inline <svg> is one
            # in Satori) keeps the clip its overflow writes in the shape's place (paint/effects.py)
            values["clip_path"] = None
            values["clip_path_unread"] = element.type in ("img", "svg")
        # direction is inherited: a browser lays out every flex container inside a right-to-left
        # element right to left; Next.js never does (Satori hands Yoga no direction)
        values["rtl_flex"] = self.browser and values.get("direction") == "rtl"
        return ComputedStyle(**values)  # type: ignore[arg-type]

    def _font_size(self, element: Element, entry: _Declared, parent: ComputedStyle, ctx: ValueContext) -> float:
        keyword = css_wide(entry.raw)
        if keyword == "initial" and self.browser:
            return float(_DEFAULTS["font_size"])  # type: ignore[arg-type]
        if keyword is not None:
            # Next.js reads `initial` as any other word it cannot read as a size: the parent's size stays
            # (`inherit` and `unset` mean that too); see css_wide.keyword_read_as_text
            return parent.font_size
        path = f"{element.style_path}.{entry.source}"
        try:
            return parse_font_size(entry.raw, parent.font_size, ctx)
        except LimitError as err:  # limits: the element path added
            raise LimitError(err.message, path=path) from None
        except StyleFallback as fallback:
            self._tolerate(fallback.message, path)
            return float(fallback.value)  # type: ignore[arg-type]
        except StyleError as err:
            self._tolerate(f"{err.message}; ignored, as Next.js ignores it", path)
            return parent.font_size

    def _parse_and_memoize(
        self,
        element: Element,
        name: str,
        entry: _Declared,
        parent: ComputedStyle,
        ctx: ValueContext,
        memo: dict[tuple[object, ...], object],
        key: tuple[object, ...],
    ) -> object:
        if css_wide(entry.raw) is not None:  # inherit / unset read the parent: never memoized
            return self._parse(element, name, entry, parent, ctx)
        probe = _ParentProbe(parent)
        probe_ctx = ValueContext(ctx.font_size, ctx.viewport_width, ctx.viewport_height, ctx.current_color,
                                 probe, ctx.browser, ctx.current_color_function,  # type: ignore[arg-type]
                                 ctx.current_color_text)
        tolerated = self.tolerated, tolerated_count()  # (parsers that warn themselves count in the second)
        value = self._parse(element, name, entry, parent, probe_ctx)
        if probe.used or (self.tolerated, tolerated_count()) != tolerated:
            return value
        try:
            hash(value)
        except TypeError:  # mutable: never shared between elements
            return value
        global _parsed_count
        if _parsed_count >= _PARSED_MAX:
            _PARSED.clear()  # the caller's ``memo`` lives on for this element only
            _parsed_count = 0
        _parsed_count += 4 * _weight(entry.raw)
        memo[key] = value
        return value

    def _parse(self, element: Element, name: str, entry: _Declared, parent: ComputedStyle, ctx: ValueContext) -> object:
        prop: Property = lookup(name)
        assert prop.field is not None and prop.parse is not None
        keyword = css_wide(entry.raw)
        if keyword is not None and not self.browser and not entry.throws and keyword_read_as_text(prop):
            keyword = None  # Next.js reads it as any other word the property cannot read: so does its parser
        if keyword is not None and name in SIDE_COLOURS:  # CSS's currentcolor, which Next.js throws on here
            return side_colour_keyword(keyword, getattr(parent, prop.field), ctx.current_color)
        if keyword == "inherit" or (keyword == "unset" and prop.inherited):
            return getattr(parent, prop.field)
        if keyword is not None:
            return _DEFAULTS[prop.field]
        path = f"{element.style_path}.{entry.source}"
        try:
            if entry.raw.__class__ is str:
                self._read(entry.raw)
            return prop.parse(entry.raw, ctx)
        except LimitError as err:  # limits: the element path added
            raise LimitError(err.message, path=path) from None
        except StyleFallback as fallback:
            if entry.throws and isinstance(fallback, BrowserValue):
                return fallback.css_value  # Next.js throws on the shorthand: no drawing of its own to keep
            if entry.throws and not isinstance(fallback, ShorthandFallback):
                if entry.react_drops:
                    return self._drop_as_react(fallback.problem, path)
                raise StyleError(fallback.problem, path=path) from None
            self._tolerate(fallback.message, path)
            return fallback.value
        except StyleError as err:
            if entry.react_drops and (prop.invalid is Invalid.THROW or entry.throws):
                return self._drop_as_react(err.message, path)
            if entry.throws and not isinstance(err, (UnreadColor, ShorthandReadable)):  # the shorthand read it
                raise StyleError(err.message, path=path) from None
            if prop.invalid is Invalid.UNREADABLE and _satori_refines_hsl(entry.raw):
                # Satori hands every `color` that starts with "hsl" to parse-css-color and reads the
                # result's `values`: one it cannot read throws in Next (no drawing to follow), so the
                # declaration is dropped as CSS drops it and the colour is inherited (spec/differences.md)
                self._tolerate(f"{err.message}; ignored as CSS ignores it (the inherited colour): Next.js "
                               "throws on an hsl() colour it cannot read", path)
                return getattr(parent, prop.field)
            return self._invalid(prop, err, path)

    def _drop_as_react(self, problem: str, path: str) -> object:
        """A value written ``''``, null or false that Next.js throws on: dropped, as React DOM drops it."""
        self._tolerate(f"an empty value is ignored, as React DOM drops it (Next.js throws: {problem})", path)
        return _DROPPED

    def _invalid(self, prop: Property, err: StyleError, path: str) -> object:
        """A value that does not parse: an error where the reference throws, else its fallback
        (``_DROPPED`` when it ignores the declaration), with a warning."""
        if prop.invalid is Invalid.THROW and not self.svg_depth:
            raise StyleError(err.message, path=path) from None
        if prop.invalid is Invalid.BLACK:
            self._tolerate(f"{err.message}; painted black, as Next.js paints an invalid colour", path)
            return BLACK
        if prop.invalid is Invalid.UNREADABLE:
            self._tolerate(f"{err.message}; text painted black without decoration lines or currentColor "
                           "borders, as Next.js paints an unreadable colour", path)
            return UNREADABLE
        if prop.invalid is Invalid.TRANSPARENT:
            self._tolerate(f"{err.message}; not painted, as Next.js does not paint an invalid colour", path)
            return TRANSPARENT
        self._tolerate(f"{err.message}; ignored, as Next.js ignores it", path)
        return _DROPPED


_SIDE_STYLES = frozenset(f"border{side}Style" for side in SIDES)

_WEBKIT_MASK_TWINS = frozenset(f"WebkitMask{p}" for p in ("Image", "Position", "Size", "Repeat"))
"""Aliases Satori reads only where the unprefixed longhand is absent (``maskSize || WebkitMaskSize``), not by
their place in the style object; an empty ``maskImage`` is absent (:meth:`_Cascade._unset`)."""

_DROPPED = object()
"""A declaration the reference ignores: the property keeps its inherited or initial value."""

# Lengths Satori hands to Yoga's setters as written: ``inherit`` is no length there (the initial value).
_YOGA_LENGTHS = frozenset((
    "width", "height", "minWidth", "minHeight", "maxWidth", "maxHeight", "flexBasis", "top", "right", "bottom", "left",
    *(f"margin{side}" for side in ("Top", "Right", "Bottom", "Left")),  # setPadding throws: CSS's inherit
    *(f"border{side}Width" for side in ("Top", "Right", "Bottom", "Left")),
))


def _throwing_shorthand(name: str) -> bool:
    """Whether ``name`` is a shorthand whose parser in the reference throws on any bad part (margin,
    padding, border, flex, font, ...): then a longhand's fallback does not apply."""
    prop = PROPERTIES[name]
    return prop.is_shorthand and prop.invalid is Invalid.THROW


def _expand(name: str, raw: object, variables: dict[str, str], read: Callable[[str], None]) -> _Longhands:
    """One declaration's longhands (``var()`` substituted, shorthands expanded), validated; ``read``
    is told the text about to be read."""
    prop = PROPERTIES[name]
    text = raw_text(raw)  # validates the type
    value: RawValue
    if isinstance(raw, (int, float)):
        value = raw  # keep numbers as numbers: unitless means px
    else:
        value = substitute_vars(text, variables, missing=missing_variable(name)) if "var(" in text.lower() else text
        read(value)
    if prop.expand is None:
        return ((name, value),)
    if (keyword := css_wide(value)) is not None:
        return tuple((lh, keyword) for lh in SHORTHAND_LONGHANDS[name])
    return tuple(prop.expand(value))


def _satori_refines_hsl(raw: RawValue) -> bool:
    """Whether Satori's ``refineHSL`` reads this ``color``: a string that starts with ``hsl`` as written
    (case and leading spaces matter: ``startsWith('hsl')``)."""
    return raw.__class__ is str and raw.startswith("hsl")


def _weight(raw: object) -> int:  # a memo entry keyed by ``raw``: its characters twice (key, value), and 100
    return 2 * len(raw) + 100 if isinstance(raw, str) else 100


def _forget() -> None:
    global _parsed_count
    for table in (_STYLED, _PARSED):
        table.clear()
    _parsed_count = 0


caches.register("style.cascade", _STYLED, _PARSED, clear=_forget)

__all__ = ["cascade", "FIELD_TO_PROPERTY"]
