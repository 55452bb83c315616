"""The output of the cascade: one :class:`ComputedStyle` per element, in a :class:`StyledNode` tree.

Every field is typed and resolved (em/rem/vw/vh -> px, colours parsed, ``currentColor`` replaced,
inheritance done, Satori's defaults applied); only percentages wait for the containing block. Consumers
(layout, text, paint) read these fields and never see CSS text. Field names are the CSS property names
in snake_case. Imports only :mod:`pureog.style.values`, :mod:`pureog.style.grid_values`, :mod:`pureog.color`,
:mod:`pureog.document`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pureog.color import BLACK, Color
from pureog.display import BlendMode  # mixBlendMode's values are the display list's modes
from pureog.document.model import Element
from pureog.records import field, record, replace
from pureog.style.grid_values import (
    AUTO_LINE,
    AUTO_TRACK,
    ROW_FLOW,
    GridAreas,
    GridAutoFlow,
    GridLine,
    ItemAlign,
    TrackList,
    TrackSize,
)
from pureog.style.values import (
    AUTO,
    Align,
    BorderStyle,
    BoxSizing,
    Display,
    FlexDirection,
    FlexWrap,
    FontStyle,
    Isolation,
    Justify,
    LengthPercentage,
    LengthPercentageAuto,
    MaxSize,
    Overflow,
    Percent,
    Position,
    TextAlign,
    TextOverflow,
    TextTransform,
    WhiteSpace,
    WordBreak,
)

if TYPE_CHECKING:  # runtime import would cycle (gradient -> parse -> computed)
    from pureog.style.background_values import BackgroundImage, BackgroundPosition, BackgroundRepeat, BackgroundSize
    from pureog.style.css_background import CssPosition, CssRepeat, CssSize

if TYPE_CHECKING:  # the effect value types import the parser, which imports this module
    from pureog.style.clip import ClipShape
    from pureog.style.filter import FilterFunction
    from pureog.style.shadow import BoxShadow, TextShadow
    from pureog.style.transform import AnyTransformOp, TransformOrigin

CornerRadius = tuple[LengthPercentage, LengthPercentage]
"""Horizontal and vertical radius of one corner."""


class RadiusPair(tuple[LengthPercentage, LengthPercentage]):
    """A corner's radii written as two values (``borderTopLeftRadius: '14px 14px'``, or the
    ``borderRadius`` shorthand with ``/``, which Satori's expand.ts writes as such a pair): Satori's
    ``resolveRadius`` takes a corner for a single value only when its text has no second word, and only
    a single value's two radii are made equal after the overlap scaling (paint/radius.py). Equal to
    the plain tuple of the same radii."""

    __slots__ = ()


@record
class ComputedStyle:
    # --- box and flex layout (not inherited) ---
    display: Display = Display.FLEX
    position: Position = Position.RELATIVE
    flex_direction: FlexDirection = FlexDirection.ROW
    flex_wrap: FlexWrap = FlexWrap.NOWRAP
    flex_grow: float = 0.0
    flex_shrink: float = 0.0  # Satori: 0, except text-holding nodes (see cascade)
    flex_basis: LengthPercentageAuto = AUTO
    justify_content: Justify = Justify.NORMAL  # flex-start for flex (layout/from_style.py), stretch in a grid
    align_items: Align = Align.STRETCH
    align_self: Align = Align.AUTO
    align_content: Align = Align.NORMAL  # flex-start for flex (Yoga's default), stretch in a grid
    width: LengthPercentageAuto = AUTO
    height: LengthPercentageAuto = AUTO
    min_width: LengthPercentageAuto = AUTO
    min_height: LengthPercentageAuto = AUTO
    max_width: MaxSize = None
    max_height: MaxSize = None
    margin_top: LengthPercentageAuto = 0.0
    margin_right: LengthPercentageAuto = 0.0
    margin_bottom: LengthPercentageAuto = 0.0
    margin_left: LengthPercentageAuto = 0.0
    padding_top: LengthPercentage = 0.0
    padding_right: LengthPercentage = 0.0
    padding_bottom: LengthPercentage = 0.0
    padding_left: LengthPercentage = 0.0
    border_top_width: float = 0.0  # Satori's: kept when the side's style is none (then not drawn)
    border_right_width: float = 0.0
    border_bottom_width: float = 0.0
    border_left_width: float = 0.0
    top: LengthPercentageAuto = AUTO
    right: LengthPercentageAuto = AUTO
    bottom: LengthPercentageAuto = AUTO
    left: LengthPercentageAuto = AUTO
    row_gap: LengthPercentage = 0.0
    column_gap: LengthPercentage = 0.0
    aspect_ratio: float | None = None
    overflow: Overflow = Overflow.VISIBLE
    box_sizing: BoxSizing = BoxSizing.BORDER_BOX

    # --- grid layout (not inherited; Satori has none: Chromium is the reference, spec/layout.md) ---
    grid_template_columns: TrackList | None = None  # None = none
    grid_template_rows: TrackList | None = None
    grid_template_areas: GridAreas | None = None
    grid_auto_columns: tuple[TrackSize, ...] = (AUTO_TRACK,)
    grid_auto_rows: tuple[TrackSize, ...] = (AUTO_TRACK,)
    grid_auto_flow: GridAutoFlow = ROW_FLOW
    grid_row_start: GridLine = AUTO_LINE
    grid_row_end: GridLine = AUTO_LINE
    grid_column_start: GridLine = AUTO_LINE
    grid_column_end: GridLine = AUTO_LINE
    justify_items: ItemAlign = ItemAlign.NORMAL
    justify_self: ItemAlign = ItemAlign.AUTO

    # --- paint (not inherited, except opacity which Satori multiplies down the tree) ---
    # outline (features: browser)
    outline_width: float = 3.0
    outline_style: BorderStyle = BorderStyle.NONE
    outline_color: Color | None = None
    """None: currentColor (the element's colour)."""
    outline_offset: float = 0.0
    # corner shapes (features: browser): superellipse curvatures, 2 = round (pureog/contour.py)
    corner_top_left_shape: float = 2.0
    corner_top_right_shape: float = 2.0
    corner_bottom_right_shape: float = 2.0
    corner_bottom_left_shape: float = 2.0
    background_color: Color | None = None
    """None when not declared. A declared colour, even transparent, is a background ``<rect>`` in Satori,
    which draws nothing but gives resvg's groups a bounding box (paint/effects.py)."""
    border_top_color: Color = BLACK
    border_right_color: Color = BLACK
    border_bottom_color: Color = BLACK
    border_left_color: Color = BLACK
    border_top_style: BorderStyle = BorderStyle.NONE
    border_right_style: BorderStyle = BorderStyle.NONE
    border_bottom_style: BorderStyle = BorderStyle.NONE
    border_left_style: BorderStyle = BorderStyle.NONE
    border_top_left_radius: CornerRadius = (0.0, 0.0)
    border_top_right_radius: CornerRadius = (0.0, 0.0)
    border_bottom_right_radius: CornerRadius = (0.0, 0.0)
    border_bottom_left_radius: CornerRadius = (0.0, 0.0)
    opacity: float = 1.0
    """The element's own opacity (not multiplied); paint nests groups, which multiplies it."""
    box_shadow: tuple[BoxShadow, ...] = ()
    transform: tuple[AnyTransformOp, ...] = ()
    """The element's own transform functions; paint composes them down the tree (Satori's inheritance)."""
    transform_origin: TransformOrigin | None = None  # None = the centre
    filter: tuple[FilterFunction, ...] = ()
    """Inherited, as in Satori: every descendant's own shapes get the filter, one by one."""
    clip_path: ClipShape | None = None
    clip_path_unread: bool = False
    """An ``<img>`` or ``<svg>`` (an image in Satori) whose clipPath Satori cannot read (``circle()``,
    ``ellipse()``): no shape, but its ``<g clip-path="url(#satori_cp-id)">`` stays (paint/effects.py)."""
    mask_image: tuple[BackgroundImage, ...] = ()  # first = top layer
    mask_size: tuple[BackgroundSize, ...] = ()  # () = Satori's mask default, 100% 100%
    mask_position: tuple[BackgroundPosition, ...] = ()
    mask_repeat: tuple[BackgroundRepeat, ...] = ()
    background_image: tuple[BackgroundImage, ...] = ()  # first = top layer
    # per layer, cycled; () = Satori's default. Css*: read as CSS reads them (style/css_background.py)
    background_size: tuple[BackgroundSize | CssSize, ...] = ()
    background_position: tuple[BackgroundPosition | CssPosition, ...] = ()
    background_repeat: tuple[BackgroundRepeat | CssRepeat, ...] = ()
    background_clip: str | tuple[str, ...] = "border-box"  # "border-box" | "text" (BackgroundClip), or CSS's
    # box per layer (features: browser, a background shorthand Next.js throws on)
    background_origin: tuple[str, ...] = ()  # CSS's box per layer (the same); () is padding-box
    object_fit: str = "fill"
    """``<img>``/``<svg>``: contain, cover, fill, scale-down, none ("none" stretches, as Satori)."""
    object_position: tuple[LengthPercentage, LengthPercentage] = (Percent(50.0), Percent(50.0))

    # --- browser features (features: browser; Next.js ignores them, spec/css.md) ---
    mix_blend_mode: BlendMode = BlendMode.NORMAL
    background_blend_mode: tuple[BlendMode, ...] = (BlendMode.NORMAL,)  # per background layer, cycled
    isolation: Isolation = Isolation.AUTO
    z_index: int | None = None  # None = auto
    backdrop_filter: tuple[FilterFunction, ...] = ()
    image_rendering: str = "auto"  # inherited (CSS)
    order: int = 0
    perspective: float | None = None  # px; None = none
    perspective_origin: TransformOrigin | None = None  # None = the centre
    transform_style: str = "flat"  # "preserve-3d" is read as flat (spec/css.md)
    backface_visibility: str = "visible"  # "visible" | "hidden"

    # --- text (inherited) ---
    color: Color = BLACK
    font_family: tuple[str, ...] = ("serif",)  # lower-cased, unquoted, in priority order
    font_size: float = 16.0
    font_size_lost: bool = False
    """Inherited: the element's font size is one Next.js loses (``10vw``, ``12pt``, ``50%``: any unit
    but px, em and rem; spec/text.md "Font sizes Satori loses"). Its text is then measured and drawn
    at opentype.js's default 72 px, its lines sized at Satori's engine default of 16 px, without
    letter spacing; ``font_size`` keeps the CSS size for everything else (paint lengths, decorations)."""
    font_size_nan: bool = False
    """Inherited: Satori's font size of the element is undefined or NaN (a lost size, or an ``em`` size
    under one): its ``em`` layout lengths are NaN there, which Yoga reads as their initial values
    (:mod:`pureog.style.lost_em`)."""
    font_weight: int = 400
    font_style: FontStyle = FontStyle.NORMAL
    line_height: float | None = None
    """Multiple of ``font_size``; ``None`` is ``normal`` (hhea ascender - descender)."""
    letter_spacing: float = 0.0
    text_align: TextAlign = TextAlign.START
    text_transform: TextTransform = TextTransform.NONE
    white_space: WhiteSpace = WhiteSpace.NORMAL
    word_break: WordBreak = WordBreak.NORMAL
    text_overflow: TextOverflow = TextOverflow.CLIP
    text_decoration_line: tuple[str, ...] = ()  # "underline", "overline", "line-through"
    text_decoration_color: Color | None = None  # None = currentColor
    text_decoration_style: str = "solid"  # solid, dashed, dotted, double, wavy
    text_decoration_thickness: float | Percent | str | None = None
    """None = auto; ``"from-font"``; px or a percentage of the font size (features: browser)."""
    text_underline_offset: float | Percent | None = None
    """None = auto; px or a percentage of the font size (features: browser)."""
    text_underline_position: str = "auto"  # auto, from-font, under (features: browser)
    tab_size: float = 8.0
    text_shadow: tuple[TextShadow, ...] = ()
    """A number of spaces (Satori turns lengths into a number of spaces too)."""
    text_indent: LengthPercentage = 0.0
    text_decoration_skip_ink: str = "auto"  # auto, none, all (all acts like auto, as in Satori)
    direction: str = "ltr"
    """``ltr`` / ``rtl``: the base direction of the element's paragraphs (the ``dir`` attribute sets it too)."""
    rtl_flex: bool = False
    """``features: browser`` and ``direction: rtl``: the element's flex and grid layout run right to left, as a
    browser's do (rows start at the right, grid column 1 is at the right;
    :func:`pureog.layout.from_style.rtl_flex_style`). Next.js
    (Yoga without a direction from Satori) lays every flex container out left to right."""
    locale: str | None = None
    """Satori's locale from the nearest ``lang`` prop (:func:`pureog.document.locales.normalize_locale`;
    an unknown tag is None): orders the fallback fonts registered with a ``lang``."""
    lang: str = ""
    """The nearest ``lang`` prop as written (BCP 47; "" unknown): the OpenType language system where
    pureog shapes the text itself (spec/text.md, "Languages")."""
    font_feature_settings: tuple[tuple[str, int], ...] = ()
    word_spacing: float | Percent = 0.0
    """Added to each space and no-break space (features: browser); a percentage of the font size."""
    font_kerning: str = "auto"  # auto, normal, none (features: browser)
    font_variant_caps: str = "normal"  # normal, small-caps, ... (features: browser; pureog/text/variants.py)
    font_variant_ligatures: tuple[tuple[str, int], ...] = ()
    """``fontVariantLigatures`` as feature settings (features: browser)."""
    font_variant_numeric: tuple[tuple[str, int], ...] = ()
    """``fontVariantNumeric`` as feature settings (features: browser)."""
    font_variant_east_asian: tuple[tuple[str, int], ...] = ()
    """``fontVariantEastAsian`` as feature settings (features: browser)."""
    font_variant_position: str = "normal"  # normal, sub, super (features: browser; text/variants.py)
    font_variant_emoji: str = "normal"  # normal, text, emoji, unicode (features: browser; text/emoji_variant.py)
    font_variation_settings: tuple[tuple[str, float], ...] = ()
    """Axis values for variable fonts (``fontVariationSettings``), applied over the ones pureog derives
    from weight, style and size."""
    """``font-feature-settings`` as (tag, value) pairs; any makes the text fully shaped (spec/text.md)."""
    webkit_text_stroke_width: float = 0.0
    webkit_text_stroke_color: Color | None = None
    """``None`` when never set: Satori then writes no ``stroke`` attribute, so nothing is stroked."""
    # Not inherited in Satori (text/processor.ts reads them from the text's own element):
    text_wrap: str = "wrap"  # wrap, nowrap, balance, pretty, stable (only balance/pretty act)
    line_clamp: tuple[float, str | None] | None = None
    """``lineClamp``: (line count, block-ellipsis string or None for '…'); acts with display: block."""
    webkit_line_clamp: float | None = None
    webkit_box_orient: str = "horizontal"
    vertical_align: str | LengthPercentage = "baseline"
    """A keyword, or px / a percentage of the line height; inline boxes only (spec/inline.md)."""
    held: int = field(default=0, compare=False, repr=False)
    """About how many characters of style text the style holds (its element's declarations and custom
    properties, and its parent's), set by the cascade when over :data:`HEAVY_STYLE_CHARS`; 0 below."""


ATTRIBUTE_FIELDS = ("locale", "lang")
"""The :class:`ComputedStyle` fields an element's props set (``lang``), not a CSS property."""

DERIVED_FIELDS = ("clip_path_unread", "rtl_flex", "font_size_lost", "font_size_nan", "held")
"""The :class:`ComputedStyle` fields the cascade derives from a property and the element's type (or
the render's features)."""


HEAVY_STYLE_CHARS = 16_384
"""A style holding more characters of style text than this (``held``) is kept by no cache across renders
(the cascade's memo, layout's flex styles, text's layouts and templates): those are bounded by entries,
a card's style holds tens to hundreds of characters, and a style may hold the whole document's 4,000,000
(a data URI of a background, a font family list of 200,000 names, inherited by every child). Round
nineteen: 40 renders each of one distinct 1.3 MB ``url(data:...)`` background held 160 MB in those caches
(218 MB resident); 200,000 family names ~15 MB a render (1,024 of them kept: 15 GB)."""


def weighed(style: ComputedStyle, parent: ComputedStyle, texts: Iterable[object]) -> ComputedStyle:
    """``style`` marked ``held`` when the characters of ``texts`` (its element's declared values and
    custom properties: strings counted, others not) and its parent's pass :data:`HEAVY_STYLE_CHARS`."""
    chars = parent.held + sum(len(text) for text in texts if isinstance(text, str))
    return replace(style, held=chars) if chars > HEAVY_STYLE_CHARS else style


def kept_across_renders(style: ComputedStyle) -> bool:
    """Whether a cache kept across renders may hold ``style`` (see :data:`HEAVY_STYLE_CHARS`)."""
    return not style.held


@record
class StyledText:
    """A text child. ``style`` is the style of the text's own box (Satori's text container node)."""

    text: str
    style: ComputedStyle
    path: str


@record
class StyledNode:
    element: Element
    style: ComputedStyle
    children: tuple[StyledChild, ...]
    inline_level: bool = False
    """An inline box when its parent forms an inline formatting context (:mod:`pureog.style.inline`)."""
    inline_context: bool = False
    """Its children are laid out as one paragraph of line boxes (an inline formatting context,
    :mod:`pureog.style.inline`, spec/inline.md) instead of as flex items."""
    auto_sizes: frozenset[str] = frozenset()
    """The sizes (``width``, ``height``) its style or ``tw`` classes (``w-auto``) set to the word ``auto``
    or to other text Yoga cannot read (``calc(...)``, ``fit-content``): Satori's replaced-element sizing
    reads the raw value, so such a string counts as set there."""

    @property
    def path(self) -> str:
        return self.element.path


StyledChild = StyledNode | StyledText
