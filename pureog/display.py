"""The display list: the contract between painting and rasterizing.

No CSS survives into it: only paths in CSS px, paints, fill rules, transforms, clips, opacity and SVG
filter primitives (blur, drop shadows, colour matrices, component transfers) and whole SVG filter
graphs (:class:`FilterGraph`: an SVG ``<filter>`` element's primitives wired by their inputs).
Text arrives here already as glyph outlines. The rasterizer (:mod:`pureog.raster`) needs nothing but
this module, :mod:`pureog.path`, :mod:`pureog.geometry` and :mod:`pureog.color`.

Semantics, in the order a renderer applies them to a :class:`Group`:
``transform`` maps the group's local coordinates to its parent's; ``clip`` (in local coordinates) limits
where children may paint; children paint in order (source-over) into an isolated layer when
``opacity`` < 1, which is then composited with that opacity. A group's filters (``blur``, ``shadow``,
``filter``, ``svg_filters``) replace its children's layer by their result before its clip, mask and
opacity apply to it (resvg's order: filter, clip-path, mask, opacity).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from pureog.color import Color
from pureog.geometry import IDENTITY, Affine, Rect
from pureog.path import Path
from pureog.records import field, record

if TYPE_CHECKING:  # (3D layers' maps: matrix3d loads where 3D transforms are painted or drawn)
    from pureog.matrix3d import Projective


class FillRule(StrEnum):
    NONZERO = "nonzero"
    EVENODD = "evenodd"


class SpreadMethod(StrEnum):
    PAD = "pad"
    REPEAT = "repeat"
    REFLECT = "reflect"


@record
class SolidPaint:
    color: Color


@record
class GradientStop:
    offset: float  # 0..1 along the gradient
    color: Color


@record
class LinearGradientPaint:
    """Colour varies along the line (x1, y1) -> (x2, y2), in the coordinates of the filled path."""

    x1: float
    y1: float
    x2: float
    y2: float
    stops: tuple[GradientStop, ...]
    spread: SpreadMethod = SpreadMethod.PAD
    transform: Affine = IDENTITY


@record
class RadialGradientPaint:
    """Colour varies with distance from (cx, cy); ``transform`` makes circles into ellipses."""

    cx: float
    cy: float
    r: float
    stops: tuple[GradientStop, ...]
    spread: SpreadMethod = SpreadMethod.PAD
    transform: Affine = IDENTITY
    focal: tuple[float, float] | None = None
    """SVG's focal point (fx, fy) when it is not the centre: t runs from 0 there to 1 on the circle
    (a two-point conical gradient whose start radius is 0)."""
    start_radius: float = 0.0
    """The radius of the start circle about ``focal`` (or the centre): a general two-point conical
    gradient, as COLR v1's PaintRadialGradient (SVG 2's ``fr``)."""


@record
class ConicGradientPaint:
    """Colour varies with the angle around (cx, cy): 0 points up, clockwise, starting at
    ``start_deg``. ``stops`` hold offsets in turns after CSS's colour-stop fixup (they may reach past
    0..1); ``repeating`` repeats them with the period ``last - first``. Interpolated in premultiplied
    sRGB, as Chrome draws CSS gradients (Next.js has no conic gradient)."""

    cx: float
    cy: float
    start_deg: float
    stops: tuple[GradientStop, ...]
    repeating: bool = False
    transform: Affine = IDENTITY

    def premultiplied_at(self, turn: float) -> tuple[float, float, float, float]:
        """(r*a, g*a, b*a, a*255) at ``turn`` (0..1 from the start angle), 0..255 floats."""
        stops = self.stops
        first, last = stops[0].offset, stops[-1].offset
        if self.repeating:
            period = last - first
            turn = last if period <= 0 else first + (turn - first) % period  # a zero period: the last colour
        if turn <= first:
            return _premultiplied(stops[0].color)
        for left, right in zip(stops, stops[1:], strict=False):
            if turn < right.offset:
                span = right.offset - left.offset
                w = (turn - left.offset) / span if span > 0 else 1.0
                p, q = _premultiplied(left.color), _premultiplied(right.color)
                return (p[0] + (q[0] - p[0]) * w, p[1] + (q[1] - p[1]) * w, p[2] + (q[2] - p[2]) * w,
                        p[3] + (q[3] - p[3]) * w)
        return _premultiplied(stops[-1].color)


def _premultiplied(c: Color) -> tuple[float, float, float, float]:
    a = max(0.0, min(1.0, c.a))
    return (c.r * a, c.g * a, c.b * a, a * 255.0)


@record
class Image:
    """Decoded pixels: premultiplied RGBA8, row-major, ``width * height * 4`` bytes."""

    width: int
    height: int
    data: bytes


class FilterQuality(StrEnum):
    """How an image is resampled (tiny-skia's FilterQuality; resvg draws ``<image>`` with BICUBIC)."""

    NEAREST = "nearest"
    BILINEAR = "bilinear"
    BICUBIC = "bicubic"


@record
class ImagePaint:
    """An image mapped into path space by ``transform`` (image pixel (0,0) -> transform origin).

    Outside the image, edge pixels repeat (pad) unless ``repeat_x``/``repeat_y`` tile it."""

    image: Image
    transform: Affine = IDENTITY
    repeat_x: bool = False
    repeat_y: bool = False
    quality: FilterQuality = FilterQuality.BICUBIC


@record
class PatternPaint:
    """A tile repeated over the plane in both directions (an SVG ``<pattern>``, drawn as resvg does).

    ``content`` paints in tile coordinates (origin at the tile's top-left). The tile is rendered once
    into a pixmap of ``round(width * sx) x round(height * sy)`` device pixels (sx, sy: the scale of
    the device transform), so its period snaps to whole pixels, then placed with its origin at
    (``x``, ``y``) in the filled path's coordinates, mapped by ``transform``.
    """

    x: float
    y: float
    width: float
    height: float
    content: tuple[Node, ...]
    transform: Affine = IDENTITY
    device: Affine | None = None
    """The filled path's coordinates -> device transform as resvg composes it (single precision; see
    :attr:`FilterGraph.device`): when the path is drawn with (nearly) this transform, the tile's pixel
    size is computed from it, as resvg rounds it."""
    opacity: float = 1.0
    """The SVG fill's or stroke's ``*-opacity``: tiny-skia's shader opacity, which its anti-aliased
    blitter overwrites with each edge pixel's coverage (:func:`pureog.raster.blend.pattern_coverage`)."""


Paint = SolidPaint | LinearGradientPaint | RadialGradientPaint | ConicGradientPaint | ImagePaint | PatternPaint


@record
class FillPath:
    """Fill ``path`` with ``paint`` using ``fill_rule``; without ``anti_alias`` a pixel is either in
    (its centre inside the path) or out, as resvg fills a transformed raster image."""

    path: Path
    paint: Paint
    fill_rule: FillRule = FillRule.NONZERO
    anti_alias: bool = True
    # A glyph of text whose reference is Chromium (browser-laid-out text): drawn with Skia's glyph
    # positions, FreeType's area coverage and Skia's gamma (raster/chrome_glyph.py), not as resvg.
    chrome_text: bool = False
    # A shape Chromium's Skia draws with analytic anti-aliasing (a colour glyph's layers): exact-area
    # coverage of AAA's edges (raster/area_scan.py), without the glyph's hinting, position or gamma.
    analytic: bool = False


@record
class Clip:
    """A clip region: the inside of ``path`` under ``fill_rule``, anti-aliased. With ``parts`` (an SVG
    clipPath's shapes), the union of each part's inside under its own rule instead, each anti-aliased on
    its own as resvg clears them one by one (``path`` is then their outlines together, for bounds)."""

    path: Path
    fill_rule: FillRule = FillRule.NONZERO
    parts: tuple[tuple[Path, FillRule], ...] = ()
    moved: bool = False
    """Satori writes the shape with a transform (a moved element's overflow clip): usvg keeps a group
    for it even when it drops the shape, so the clip-path is not empty (paint/clip.py: shapeless)."""


BLUR_SIGMA_CANVASES = 2.0
"""A blur's deviation is capped at this many times the canvas's larger side. resvg blurs a deviation
of 2 or more with three box passes that repeat the region's edge pixels; a box that wide already
spans the whole canvas, so the picture does not change, while the blur's margins stay bounded (an
uncapped 1e6 px shadow would exhaust memory). Half the canvas was visibly too little on small ones."""


@record
class Blur:
    """Gaussian blur of the group's layer, standard deviation in local px (x and y).

    ``region`` (local coordinates) is the SVG filter region: only paint inside it is blurred, with
    transparent padding outside, and the result is cut to it (resvg crops to the region's whole pixels).
    ``invert`` (single-colour content only) keeps the colour where the blurred paint is *not*, inside
    the region: ``feFlood`` + ``feComposite operator="out"``, the inset box-shadow.
    """

    std_dev_x: float
    std_dev_y: float
    region: Rect | None = None
    invert: bool = False
    cutout: Path | None = None
    """Satori's outer box-shadow: the clips of the group's ancestors cut the blur's *source* (Satori
    puts the element's clip-path on the shadow's shape, inside the filter), not its result; the result
    is then hidden inside ``cutout`` (local coordinates) where those clips let it through (Satori's
    "everything but the box" mask, whose box carries the same clip-path)."""
    cutout_clips: tuple[Clip, ...] = ()
    """The clips Satori writes on the cut-out box (canvas coordinates), each anti-aliased on its own:
    the element's clip-path, as on the shadow's shape, and the overflow mask of the nearest clipping
    ancestor. Along an edge they share with the box (a box that fills its clipping parent) the
    coverages multiply, so a box edge across a pixel hides less of the shadow there."""
    cutout_mask: tuple[Node, ...] | None = None
    """The element's own maskImage on the cut-out box (a luminance mask, as :attr:`Group.mask`)."""
    flood_linear: bool = False
    """Single-colour content is coloured as SVG's ``feFlood`` + ``feComposite in`` do it in linear RGB
    (Satori's box-shadow filter): resvg's 8-bit conversions to linear RGB and back lift dark,
    translucent colours (``hsla(242, 91%, 34%, 0.54)`` over a light ground: 9/255 lighter)."""


@record
class DropShadow:
    """One shadow of a :class:`ShadowFilter`: offset and standard deviation in local px, flood colour."""

    dx: float
    dy: float
    std_dev: float
    color: Color


@record
class ShadowFilter:
    """Drop shadows made from the group's own paint (Satori's text-shadow: ``feDropShadow`` per shadow,
    merged with ``feMerge``), computed inside ``region`` (local coordinates) and cut to it.

    The first shadow paints on top. ``keep_source``: each shadow's result holds the group's paint drawn
    over the shadow (feDropShadow); False: shadows only (the group's paint is not drawn).
    ``linear_rgb``: the filter works in 8-bit linear RGB (SVG's default color-interpolation-filters).
    """

    shadows: tuple[DropShadow, ...]
    region: Rect
    keep_source: bool = True
    linear_rgb: bool = True


@record
class ColorMatrix:
    """``feColorMatrix``: ``values`` are 20 numbers, a 4x5 matrix row by row, applied to each pixel's
    straight-alpha (r, g, b, a, 1) scaled to 0..1; every result is clamped to 0..1."""

    values: tuple[float, ...]


@record
class LinearTransfer:
    """``feFunc type="linear"``: ``slope * c + intercept`` on a channel scaled to 0..1."""

    slope: float
    intercept: float


@record
class TableTransfer:
    """``feFunc type="table"``: piecewise-linear through ``values`` spread evenly over 0..1."""

    values: tuple[float, ...]


Transfer = LinearTransfer | TableTransfer


@record
class ComponentTransfer:
    """``feComponentTransfer``: ``rgb`` on each colour channel, ``alpha`` on alpha (None: unchanged),
    on straight-alpha channels; results clamped to 0..1."""

    rgb: Transfer | None = None
    alpha: Transfer | None = None


@record
class Filter:
    """One single-primitive SVG filter on the group's layer, in sRGB (CSS filter functions as resvg
    runs them): ``op`` is computed over the device pixels of ``region`` and the result is cut to them.

    ``region`` is in local coordinates. Its device pixels are computed as resvg does: the bounding box
    of the mapped rectangle, x and y truncated, width and height rounded; a box starting left of (or
    above) the canvas is moved to 0 *without* being shortened (resvg's ``fit_to_rect``), then cut at the
    canvas's right and bottom. A :class:`DropShadow` here is ``feDropShadow`` in sRGB: the blurred,
    offset flood, with resvg's conversion of the flood colour from linear RGB to sRGB (which lightens
    mid-tones), under the group's paint.
    """

    op: ColorMatrix | ComponentTransfer | DropShadow
    region: Rect


# ---------------------------------------------------------------------------------------------------
# SVG filter graphs (``Group.svg_filters``): an SVG ``<filter>`` element's primitives, as resvg runs them.
#
# Inputs name an image: ``"SourceGraphic"`` (the group's layer), ``"SourceAlpha"`` (its alpha, colour
# black), or the ``result`` of an earlier primitive (the last one of that name). The builder resolves
# SVG's defaults and fallbacks (a missing ``in`` is the previous result, or SourceGraphic first), so the
# rasterizer only looks names up. Lengths (deviations, offsets, radii) are in the group's local units;
# the rasterizer scales them by the device transform's scale per axis, as resvg does.


class BlendMode(StrEnum):
    """``feBlend`` modes (tiny-skia's blend modes, as resvg maps them)."""

    NORMAL = "normal"
    MULTIPLY = "multiply"
    SCREEN = "screen"
    OVERLAY = "overlay"
    DARKEN = "darken"
    LIGHTEN = "lighten"
    COLOR_DODGE = "color-dodge"
    COLOR_BURN = "color-burn"
    HARD_LIGHT = "hard-light"
    SOFT_LIGHT = "soft-light"
    DIFFERENCE = "difference"
    EXCLUSION = "exclusion"
    HUE = "hue"
    SATURATION = "saturation"
    COLOR = "color"
    LUMINOSITY = "luminosity"


class CompositeOperator(StrEnum):
    OVER = "over"
    IN = "in"
    OUT = "out"
    ATOP = "atop"
    XOR = "xor"
    ARITHMETIC = "arithmetic"


@record
class FeFlood:
    """The whole subregion in one colour (``flood-color`` with ``flood-opacity`` in its alpha)."""

    color: Color


@record
class FeGaussianBlur:
    input: str
    std_dev_x: float
    std_dev_y: float


@record
class FeOffset:
    input: str
    dx: float
    dy: float


@record
class FeDropShadow:
    """The input's alpha blurred, flooded with ``color``, moved by (dx, dy), under the input."""

    input: str
    dx: float
    dy: float
    std_dev_x: float
    std_dev_y: float
    color: Color


@record
class FeBlend:
    """``input1`` drawn over ``input2`` with ``mode``."""

    input1: str
    input2: str
    mode: BlendMode = BlendMode.NORMAL


@record
class FeComposite:
    """``input1`` composited onto ``input2`` (Porter-Duff), or ``k1*i1*i2 + k2*i1 + k3*i2 + k4`` per
    premultiplied channel (``arithmetic``; colour clamped to the result's alpha)."""

    input1: str
    input2: str
    operator: CompositeOperator = CompositeOperator.OVER
    k1: float = 0.0
    k2: float = 0.0
    k3: float = 0.0
    k4: float = 0.0


@record
class FeMerge:
    """The inputs drawn over each other in order (source-over)."""

    inputs: tuple[str, ...]


class ColorMatrixKind(StrEnum):
    MATRIX = "matrix"
    SATURATE = "saturate"
    HUE_ROTATE = "hueRotate"
    LUMINANCE_TO_ALPHA = "luminanceToAlpha"


@record
class FeColorMatrix:
    """``values``: 20 numbers for ``matrix`` (as :class:`ColorMatrix`), one for ``saturate`` (0..1) and
    ``hueRotate`` (degrees), none for ``luminanceToAlpha``; on straight-alpha channels."""

    input: str
    kind: ColorMatrixKind
    values: tuple[float, ...] = ()


@record
class DiscreteTransfer:
    """``feFunc type="discrete"``: a step function through ``values``."""

    values: tuple[float, ...]


@record
class GammaTransfer:
    """``feFunc type="gamma"``: ``amplitude * c ** exponent + offset``."""

    amplitude: float
    exponent: float
    offset: float


SvgTransfer = LinearTransfer | TableTransfer | DiscreteTransfer | GammaTransfer


@record
class FeComponentTransfer:
    """A transfer function per channel (None: unchanged), on straight-alpha channels."""

    input: str
    red: SvgTransfer | None = None
    green: SvgTransfer | None = None
    blue: SvgTransfer | None = None
    alpha: SvgTransfer | None = None


@record
class FeMorphology:
    """Each channel's minimum (erode) or maximum (dilate) over a window of radius (rx, ry)."""

    input: str
    dilate: bool
    radius_x: float
    radius_y: float


@record
class FeTile:
    """The input's subregion repeated over the filter region."""

    input: str


@record
class FeTurbulence:
    """Perlin noise over the whole filter region (``fractal_noise`` or turbulence), attributes as usvg
    resolved them; it reads no input."""

    base_frequency_x: float
    base_frequency_y: float
    num_octaves: int
    seed: int
    stitch_tiles: bool
    fractal_noise: bool


@record
class FeConvolveMatrix:
    """Each pixel the sum of its ``columns`` x ``rows`` neighbourhood (target at ``target_x``,
    ``target_y``) weighted by ``kernel`` (row-major, applied flipped), divided by ``divisor``, plus
    ``bias``; ``edge_mode`` "duplicate", "wrap" or "none" for taps outside the image; with
    ``preserve_alpha`` only the colour of straight-alpha pixels is convolved."""

    input: str
    columns: int
    rows: int
    target_x: int
    target_y: int
    kernel: tuple[float, ...]
    divisor: float
    bias: float
    edge_mode: str
    preserve_alpha: bool


@record
class FeDisplacementMap:
    """``input1``'s pixels moved by ``input2``'s channels: pixel (x, y) takes the pixel at
    (x + scale_x * (C_x / 255 - 0.5), y + scale_y * (C_y / 255 - 0.5)), rounded; channels "R", "G", "B", "A"."""

    input1: str
    input2: str
    scale_x: float
    scale_y: float
    x_channel: str
    y_channel: str


@record
class DistantLight:
    """A light at infinity: ``azimuth`` (clockwise from the x axis) and ``elevation``, in degrees."""

    azimuth: float
    elevation: float


@record
class PointLight:
    """A light at (x, y, z) in user units."""

    x: float
    y: float
    z: float


@record
class SpotLight:
    """A point light aimed at ``points_at``, falling off with ``specular_exponent`` and cut outside
    ``limiting_cone_angle`` (degrees; None: no cone)."""

    x: float
    y: float
    z: float
    points_at_x: float
    points_at_y: float
    points_at_z: float
    specular_exponent: float
    limiting_cone_angle: float | None


LightSource = DistantLight | PointLight | SpotLight


@record
class FeLighting:
    """``feDiffuseLighting`` (``specular_exponent`` None) or ``feSpecularLighting``: the input's alpha
    read as a height map (``surface_scale``) lit by ``light`` in ``color`` (opaque RGB), scaled by
    ``constant`` (the diffuse or specular constant)."""

    input: str
    surface_scale: float
    constant: float
    specular_exponent: float | None
    color: tuple[int, int, int]
    light: LightSource


@record
class FeImage:
    """feImage (sRGB, reads no input): ``nodes`` drawn into the filter region's pixels. ``element``: an
    element's display nodes (its parent's user units), drawn as resvg 0.29 draws them, under the device
    transform's scale only, from the region's top-left pixel (the translation is lost). Otherwise a
    picture drawn in ``0..width`` x ``0..height`` (its natural size), fitted into the primitive's
    subregion (device pixels) by ``align``/``slice`` (preserveAspectRatio), cut to it when slicing."""

    nodes: tuple[Node, ...]
    element: bool
    width: float = 0.0
    height: float = 0.0
    align: str = "xMidYMid"
    slice: bool = False


FilterOp = (FeFlood | FeGaussianBlur | FeOffset | FeDropShadow | FeBlend | FeComposite | FeMerge | FeColorMatrix
            | FeComponentTransfer | FeMorphology | FeTile | FeTurbulence | FeConvolveMatrix | FeDisplacementMap
            | FeLighting | FeImage)


@record
class FilterPrimitive:
    """One filter primitive: ``op`` computed in linear RGB (``linear_rgb``, SVG's default
    ``color-interpolation-filters``) or sRGB, its image named ``result`` and cut to its subregion.

    The subregion is x/y/width/height, each None when not given (the filter region's then). In user
    units, mapped by the device transform's translation and scale (resvg ignores rotation and skew
    there); when the filter graph has ``primitive_bbox`` (``primitiveUnits="objectBoundingBox"``) they
    are fractions (defaults 0, 0, 1, 1) applied as resvg applies them: the region's device rectangle
    scaled by width/height and moved by x/y (``x = region.x * width + x``), and for a flood, fractions of
    the box mapped by the transform's scale and translation."""

    op: FilterOp
    result: str
    linear_rgb: bool = True
    x: float | None = None
    y: float | None = None
    width: float | None = None
    height: float | None = None


@record
class FilterGraph:
    """An SVG ``<filter>``: ``primitives`` run in order over the device pixels of ``region`` (local
    coordinates; its device box as :class:`Filter`'s), each on the results named by its inputs; the
    last result, converted back to sRGB, replaces the group's layer (nothing survives outside the
    region). ``primitive_bbox``: the group's bounding box when primitiveUnits is objectBoundingBox."""

    region: Rect
    primitives: tuple[FilterPrimitive, ...]
    primitive_bbox: Rect | None = None
    device: Affine | None = None
    """The local -> device transform as resvg composes it for this group (single-precision products,
    whose truncated pixel edges can differ by one from the exact transform's); a rasterizer drawing the
    group with (nearly) this transform uses it for the region, subregions and scales, else ignores it."""


@record
class BackdropFilter:
    """CSS ``backdrop-filter``: what is painted below the group in its layer, cut to the device bounding
    box of ``shape`` (local coordinates), run through ``steps`` in order (a number is a Gaussian blur's
    standard deviation in local px, its edges mirrored; a colour operation works in sRGB), is drawn
    back inside ``shape`` before the group's children paint."""

    shape: Clip
    steps: tuple[float | ColorMatrix | ComponentTransfer, ...]


@record
class Projection:
    """A 3D-transformed element flattened into its parent's plane (``features: browser``): the group's
    children paint into a layer in their local coordinates, over ``bounds`` (local; what they reach,
    effects included), which is then drawn into the parent's coordinates under ``map``, a projective
    map, where its ``w`` is positive (points behind the eye are clipped), resampled bilinearly with
    anti-aliased edges, as Chromium's compositor draws a 3D layer."""

    map: Projective
    bounds: Rect
    polygon: tuple[tuple[float, float], ...] | None = None
    """Where the layer is drawn, in the parent's coordinates (after ``map``): one piece of a plane of a
    3D rendering context (:mod:`pureog.paint.context3d`); None: the whole layer rectangle."""


@record
class Group:
    children: tuple[Node, ...]
    transform: Affine = IDENTITY
    clip: Clip | None = None
    opacity: float = 1.0
    blur: Blur | None = None
    mask: tuple[Node, ...] | None = None
    """A luminance mask (local coordinates): where its paint's luminance x alpha is 0 the children are
    hidden, at 1 they show fully; applied like an anti-aliased clip, to each fill's coverage (Satori
    writes the mask on every shape) unless ``isolated``."""
    isolated: bool = False
    """The mask applies to the children's finished layer (one SVG element carrying the mask: an
    ``<image>``, a transformed element's ``<g>``), not to each fill: overlapping fills differ."""
    composite: bool = False
    """The children paint into one layer before the clips and masks in effect (an ancestor's) apply to
    it: a transformed element's own shapes, which Satori wraps in one ``<g clip-path>`` carrying the
    ancestor's clip (resvg clips that group's layer, not each shape at its anti-aliased edge)."""
    shadow: ShadowFilter | None = None
    """Drop shadows of the children's paint, replacing it by the filter's result (see ShadowFilter)."""
    filter: Filter | None = None
    """A colour operation or drop shadow on the children's paint, replacing it (see Filter)."""
    unclipped: bool = False
    """The clips and masks in effect from the ancestors do not apply to this group: it carries the ones
    that do itself. Satori's shadows of a moved element inside an ancestor's clip: that clip sits on
    the shadow's transformed shape, so resvg turns it with the shape, and the untransformed one (the
    ancestors' clip groups around the element) cuts nothing. It paints even where the clips around it
    leave nothing at all (disjoint clips: a moved text's decoration line still shows)."""
    svg_filters: tuple[FilterGraph, ...] = ()
    """SVG filter graphs run in order on the children's layer, each replacing it (see FilterGraph);
    the clips, masks and opacity in effect then apply to the result."""
    blend: BlendMode = BlendMode.NORMAL
    """CSS ``mix-blend-mode``: the group (with everything above, its clips and masks included) paints into a
    transparent layer, which is blended onto what is below it (W3C compositing: source-over of the
    blended colour)."""
    layer: bool = False
    """The group paints into a transparent layer composited as one: an isolated stacking context, whose
    blending descendants meet only its own paint."""
    backdrop: BackdropFilter | None = None
    """A backdrop filter run before the children paint (see BackdropFilter)."""
    porter_duff: str | None = None
    """A Porter-Duff operator (``source-in``, ``destination-out``, ``xor``, ``plus``, ...) compositing the
    group's layer onto what is below it, inside the nearest enclosing ``layer`` (COLR v1's
    PaintComposite); None: source-over (or ``blend``)."""
    projection: Projection | None = None
    """The children's layer is drawn under a projective map (see Projection), after the group's
    ``transform`` (parent @ transform @ map); its clip and other effects are the layer content's (local
    coordinates), applied inside the layer."""
    svg_mask: bool = False
    """The ``clip`` stands for an SVG ``<mask>`` whose region holds the children's paint (the shape of
    Satori's radial gradient): resvg draws the group into a layer trimmed to its paint, and tiny-skia
    0.8.3 leaves the region's clip of a trimmed layer 8,192 px or more a side empty, so the group then
    paints nothing (raster/mask_region.py)."""
    picture: bool = False
    """The children are an SVG image's content (an emoji's ``<image>``), which resvg draws into a pixmap
    of its own and then onto the canvas: the rasterizer may draw them once into a layer kept per
    content, scale and sub-pixel phase and composite that wherever it lands (raster/picture.py)."""


Node = FillPath | Group


def single_fill(g: Group) -> bool:
    """Whether ``g`` holds exactly one fill (through plain groups): masking it per fill is then exact,
    so a layered clip or mask needs no layer (the rasterizer and the SVG writer decide alike)."""
    found = 0
    stack: list[Group] = [g]
    while stack:
        for child in stack.pop().children:
            if isinstance(child, Group):
                if child.shadow is not None or child.blur is not None or child.filter is not None \
                        or child.svg_filters:
                    return False  # an effect paints beyond its fill: mask its result, not the fill
                stack.append(child)
                continue
            found += 1
            if found > 1:
                return False
    return found == 1


def uniform_color(g: Group, alphas: bool = False) -> tuple[int, int, int, int] | None:
    """The straight RGBA8 colour of every fill under ``g`` when there is exactly one and no opacity,
    blur, shadow, filter or non-solid paint on the way (a shadow's shape), else None: such a group
    blurs as coverage, then takes its colour. ``alphas``: fills of one RGB may differ in alpha (a
    hairline's coverage levels beside the shape they ring); the colour is then the most opaque one,
    and each fill's coverage counts its alpha over that one's (the renderer's ``override_alpha``)."""
    found: tuple[int, int, int, int] | None = None
    stack: list[Group] = [g]
    while stack:
        group = stack.pop()
        for child in group.children:
            if isinstance(child, Group):
                if child.opacity < 1.0 or child.blur is not None or child.shadow is not None:
                    return None
                if child.filter is not None or child.svg_filters:  # its colours change: not one colour
                    return None
                stack.append(child)
                continue
            if not isinstance(child.paint, SolidPaint):
                return None
            rgba = child.paint.color.rgba8()
            if found is None:
                found = rgba
            elif rgba != found:
                if not alphas or rgba[:3] != found[:3]:
                    return None
                if rgba[3] > found[3]:
                    found = rgba
    return found


@record
class DisplayList:
    """A whole picture: ``width`` x ``height`` device pixels, transparent where nothing paints."""

    width: int
    height: int
    root: Group
    trims_layers: bool = False
    """Draw as resvg does, which trims a group's layer to its content with a scan that loses the bottom
    row's paint past the other rows' right edge (:mod:`pureog.raster.trim`): Next.js documents."""
    sources: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    """The element path each element's top-level nodes were painted for, keyed by the node's ``id()``
    (the list holds the nodes, so the ids stay theirs): a limit the rasterizer hits (the blur budget,
    a shape's points) names the innermost element it was drawing (spec/limits.md)."""
