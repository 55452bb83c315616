"""CSS Grid value parsers and shorthands: author values -> :mod:`pureog.style.grid_values` types.

Input: raw declaration values (``var()`` substituted) and a :class:`~pureog.style.parse.ValueContext`
for ``em``/``vw`` lengths. Output: :class:`TrackList` (``gridTemplateColumns``/``Rows``), track sizes
(``gridAutoColumns``/``Rows``), :class:`GridAutoFlow`, :class:`GridAreas` (``gridTemplateAreas``),
:class:`GridLine` (``gridRowStart`` ...), :class:`ItemAlign` (``justifyItems``/``justifySelf``); and
the shorthands ``gridRow``, ``gridColumn``, ``gridArea``, ``gridTemplate``, ``grid``, ``placeItems``,
``placeSelf`` as longhand declarations (raw text, parsed by the longhand parsers).

The grammar is CSS Grid Level 2's (without subgrid; ``calc()`` and the other math functions with
``features: browser``, as for every length). Satori has no grid at all, so the
reference for what is valid is Chromium: a value Chromium rejects raises :class:`StyleError` here, and
the property table marks these properties *ignored* on invalid values (the cascade warns, naming the
property; an error in strict mode), as a browser drops an invalid declaration. Line names are written
in brackets (``[a b] 100px [c]``), which the shared tokenizer does not know: they are rewritten to a
private function token first. Must not import layout, text, paint, raster.
"""

from __future__ import annotations

from collections.abc import Callable

from pureog.errors import StyleError
from pureog.style.grid_values import (
    AUTO_LINE,
    AUTO_TRACK,
    Breadth,
    Fr,
    GridArea,
    GridAreas,
    GridAutoFlow,
    GridLine,
    ItemAlign,
    LineKind,
    LineNames,
    RepeatKind,
    TrackKeyword,
    TrackList,
    TrackRepeat,
    TrackSize,
)
from pureog.style.parse import (
    RawValue,
    Token,
    ValueContext,
    describe,
    finite_number,
    raw_text,
    split_commas,
    token_length,
    tokenize,
)
from pureog.style.values import Calc, Percent

_NAMES_FN = "__grid_line_names"
_MAX_REPEAT = 10_000
"""Chromium clamps repetitions to its track limit; a repeat() count beyond this is an error here."""
_RESERVED_IDENTS = frozenset(("span", "auto", "inherit", "initial", "unset", "default"))

Decls = list[tuple[str, RawValue]]


# --------------------------------------------------------------------------- tokens


def _bracketed(text: str) -> str:
    """``[a b]`` -> ``__grid_line_names(a b)`` outside quoted strings, so :func:`tokenize` reads it."""
    out: list[str] = []
    quote = ""
    for ch in text:
        if quote:
            out.append(ch)
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            out.append(ch)
        elif ch == "[":
            out.append(f" {_NAMES_FN}(")
        elif ch == "]":
            out.append(") ")
        else:
            out.append(ch)
    return "".join(out)


def _tokens(raw: RawValue) -> tuple[Token, ...]:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return (Token("number", repr(raw), finite_number(raw)),)
    return tokenize(_bracketed(raw_text(raw)))


def _is_names(tok: Token) -> bool:
    return tok.kind == "function" and tok.name == _NAMES_FN


def _names(tok: Token, raw: RawValue) -> LineNames:
    names = []
    for arg in tok.args:
        if arg.kind != "ident" or arg.text.lower() in _RESERVED_IDENTS:
            raise StyleError(f"expected line names in [...], got {arg.text!r} in {describe(raw)}")
        names.append(arg.text)
    return tuple(names)


# --------------------------------------------------------------------------- track sizes


def _breadth(tok: Token, ctx: ValueContext, raw: RawValue, *, flexible: bool) -> Breadth:
    if tok.kind == "ident":
        word = tok.text.lower()
        for keyword in TrackKeyword:
            if word == keyword.value:
                return keyword
        raise StyleError(f"expected a track size, got {tok.text!r} in {describe(raw)}")
    if tok.kind == "dimension" and tok.unit == "fr":
        if not flexible:
            raise StyleError(f"a flexible size ({tok.text}) cannot be a minimum, in {describe(raw)}")
        if tok.value < 0:
            raise StyleError(f"expected a non-negative flexible size, got {tok.text!r} in {describe(raw)}")
        return Fr(tok.value)
    is_math = tok.kind == "function" and tok.name in ("calc", "min", "max", "clamp")
    if tok.kind in ("number", "dimension", "percent") or is_math:
        if is_math:
            # Next.js throws on a grid, so its tracks are read as Chromium reads them, math functions
            # included (elsewhere only with features: browser): px, or a Calc holding a percentage; a
            # negative result is 0, as CSS clamps a math function to the property's range
            from pureog.style.calc import math_value  # noqa: PLC0415  (loads on use)

            computed = math_value(tok.text, ctx)
            return computed if isinstance(computed, Calc) else max(0.0, computed)
        value = token_length(tok, ctx, raw=raw)
        if isinstance(value, float):
            if value < 0:
                raise StyleError(f"expected a non-negative track size, got {tok.text!r} in {describe(raw)}")
            return value
        if isinstance(value, Percent):
            if value.value < 0:
                raise StyleError(f"expected a non-negative track size, got {tok.text!r} in {describe(raw)}")
            return value
    raise StyleError(f"expected a track size, got {tok.text!r} in {describe(raw)}")


def _track_size(tok: Token, ctx: ValueContext, raw: RawValue) -> TrackSize:
    """One ``<track-size>``: a breadth, ``minmax(min, max)`` or ``fit-content(limit)``."""
    if tok.kind == "function" and tok.name == "minmax":
        parts = split_commas(tok.args)
        if len(parts) != 2 or any(len(p) != 1 for p in parts):
            raise StyleError(f"expected minmax(<min>, <max>), got {tok.text!r} in {describe(raw)}")
        low = _breadth(parts[0][0], ctx, raw, flexible=False)
        high = _breadth(parts[1][0], ctx, raw, flexible=True)
        return TrackSize(low, high)
    if tok.kind == "function" and tok.name == "fit-content":
        if len(tok.args) != 1:
            raise StyleError(f"expected fit-content(<length-percentage>), got {tok.text!r} in {describe(raw)}")
        limit = _breadth(tok.args[0], ctx, raw, flexible=False)
        if not isinstance(limit, (float, Percent, Calc)):
            raise StyleError(f"expected fit-content(<length-percentage>), got {tok.text!r} in {describe(raw)}")
        return TrackSize(TrackKeyword.AUTO, TrackKeyword.MAX_CONTENT, limit)
    breadth = _breadth(tok, ctx, raw, flexible=True)
    if isinstance(breadth, Fr):
        return TrackSize(TrackKeyword.AUTO, breadth)
    return TrackSize(breadth, breadth)


def is_fixed(size: TrackSize) -> bool:
    """CSS ``<fixed-size>``: one side is a length-percentage and the other is not flexible as a min."""
    fixed_min = isinstance(size.min, (float, Percent, Calc))
    fixed_max = isinstance(size.max, (float, Percent, Calc))
    return size.fit_content is None and (fixed_min or fixed_max)


def _names_and_sizes(
    tokens: tuple[Token, ...], ctx: ValueContext, raw: RawValue, *, allow_repeat: bool
) -> tuple[list[TrackSize | TrackRepeat], list[LineNames]]:
    """Alternating ``[names]`` and track sizes (and repeat()s): entries and the names around them."""
    entries: list[TrackSize | TrackRepeat] = []
    names: list[LineNames] = [()]
    for tok in tokens:
        if _is_names(tok):
            names[-1] = names[-1] + _names(tok, raw)
            continue
        if tok.kind == "function" and tok.name == "repeat":
            if not allow_repeat:
                raise StyleError(f"repeat() cannot be nested, in {describe(raw)}")
            entries.append(_repeat(tok, ctx, raw))
        else:
            entries.append(_track_size(tok, ctx, raw))
        names.append(())
    return entries, names


def _repeat(tok: Token, ctx: ValueContext, raw: RawValue) -> TrackRepeat:
    parts = split_commas(tok.args)
    if len(parts) != 2 or len(parts[0]) != 1 or not parts[1]:
        raise StyleError(f"expected repeat(<count>, <tracks>), got {tok.text!r} in {describe(raw)}")
    count_tok = parts[0][0]
    if count_tok.kind == "ident" and count_tok.text.lower() in ("auto-fill", "auto-fit"):
        kind = RepeatKind(count_tok.text.lower())
        count = 1
    elif count_tok.kind == "number" and count_tok.value == int(count_tok.value) and 1 <= count_tok.value:
        kind = RepeatKind.COUNT
        count = int(count_tok.value)
        if count > _MAX_REPEAT:
            raise StyleError(f"repeat() count {count} is over {_MAX_REPEAT}, in {describe(raw)}")
    else:
        raise StyleError(f"expected a positive integer, auto-fill or auto-fit in repeat(), got "
                         f"{count_tok.text!r} in {describe(raw)}")
    entries, names = _names_and_sizes(parts[1], ctx, raw, allow_repeat=False)
    if not entries:
        raise StyleError(f"repeat() needs at least one track size, in {describe(raw)}")
    tracks = tuple(e for e in entries if isinstance(e, TrackSize))
    if kind is not RepeatKind.COUNT and not all(is_fixed(t) for t in tracks):
        raise StyleError(f"repeat({kind.value}) needs fixed track sizes, in {describe(raw)}")
    return TrackRepeat(kind, count, tracks, tuple(names))


def parse_track_list(raw: RawValue, ctx: ValueContext) -> TrackList | None:
    """``gridTemplateColumns`` / ``gridTemplateRows``: ``none`` or a track list (names, sizes, repeat())."""
    tokens = _tokens(raw)
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "none":
        return None
    if not tokens:
        raise StyleError(f"expected a track list, got {describe(raw)}")
    entries, names = _names_and_sizes(tokens, ctx, raw, allow_repeat=True)
    if not entries:
        raise StyleError(f"expected at least one track size, got {describe(raw)}")
    autos = [e for e in entries if isinstance(e, TrackRepeat) and e.kind is not RepeatKind.COUNT]
    if len(autos) > 1:
        raise StyleError(f"only one repeat(auto-fill | auto-fit) is allowed, got {describe(raw)}")
    if autos:
        for entry in entries:
            sizes = entry.tracks if isinstance(entry, TrackRepeat) else (entry,)
            if not all(is_fixed(s) for s in sizes):
                raise StyleError(f"with repeat(auto-fill | auto-fit) every track size must be fixed, got "
                                 f"{describe(raw)}")
    return TrackList(tuple(entries), tuple(names))


def parse_auto_tracks(raw: RawValue, ctx: ValueContext) -> tuple[TrackSize, ...]:
    """``gridAutoColumns`` / ``gridAutoRows``: one or more track sizes (a cycle for implicit tracks)."""
    tokens = _tokens(raw)
    if not tokens:
        raise StyleError(f"expected one or more track sizes, got {describe(raw)}")
    sizes = tuple(_track_size(tok, ctx, raw) for tok in tokens)
    return sizes or (AUTO_TRACK,)


def parse_auto_flow(raw: RawValue, ctx: ValueContext) -> GridAutoFlow:
    """``gridAutoFlow``: ``[row | column] || dense``."""
    words = raw_text(raw).split()
    column = dense = False
    seen_axis = False
    if not 1 <= len(words) <= 2:
        raise StyleError(f"expected '[row | column] || dense', got {describe(raw)}")
    for word in words:
        if word in ("row", "column") and not seen_axis:
            column, seen_axis = word == "column", True
        elif word == "dense" and not dense:
            dense = True
        else:
            raise StyleError(f"expected '[row | column] || dense', got {describe(raw)}")
    return GridAutoFlow(column, dense)


def parse_areas(raw: RawValue, ctx: ValueContext) -> GridAreas | None:
    """``gridTemplateAreas``: ``none`` or one string per row; each named area must be a rectangle."""
    tokens = _tokens(raw)
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "none":
        return None
    if not tokens or any(t.kind != "string" for t in tokens):
        raise StyleError(f"expected 'none' or one quoted string per row, got {describe(raw)}")
    return areas_from_rows([t.text for t in tokens], raw)


def areas_from_rows(rows: list[str], raw: RawValue) -> GridAreas:
    grid = [_area_cells(row, raw) for row in rows]
    columns = len(grid[0])
    if columns == 0 or any(len(r) != columns for r in grid):
        raise StyleError(f"every row of gridTemplateAreas needs the same number of cells, got {describe(raw)}")
    bounds: dict[str, list[int]] = {}
    for r, row in enumerate(grid):
        for c, name in enumerate(row):
            if name is None:
                continue
            box = bounds.setdefault(name, [r, r, c, c])
            box[0], box[1] = min(box[0], r), max(box[1], r)
            box[2], box[3] = min(box[2], c), max(box[3], c)
    areas = []
    for name, (r0, r1, c0, c1) in bounds.items():
        cells = sum(1 for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if grid[r][c] == name)
        total = sum(row.count(name) for row in grid)
        if cells != (r1 - r0 + 1) * (c1 - c0 + 1) or cells != total:
            raise StyleError(f"area {name!r} of gridTemplateAreas is not a rectangle, in {describe(raw)}")
        areas.append(GridArea(name, r0 + 1, r1 + 2, c0 + 1, c1 + 2))
    return GridAreas(len(grid), columns, tuple(areas))


def _area_cells(row: str, raw: RawValue) -> list[str | None]:
    """The cells of one row: names, ``None`` for null cells (a run of ``.``)."""
    cells: list[str | None] = []
    index = 0
    while index < len(row):
        ch = row[index]
        if ch.isspace():
            index += 1
        elif ch == ".":
            while index < len(row) and row[index] == ".":
                index += 1
            cells.append(None)
        elif ch.isalnum() or ch in "-_" or ord(ch) > 127:
            start = index
            while index < len(row) and (row[index].isalnum() or row[index] in "-_" or ord(row[index]) > 127):
                index += 1
            cells.append(row[start:index])
        else:
            raise StyleError(f"unexpected {ch!r} in gridTemplateAreas row {row!r}, in {describe(raw)}")
    return cells


# --------------------------------------------------------------------------- placement


def parse_line(raw: RawValue, ctx: ValueContext) -> GridLine:
    """``gridRowStart`` and the like: ``auto`` | ``<integer> [<name>]`` | ``<name> [<integer>]`` |
    ``span [<integer> || <name>]``."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if raw != int(raw) or raw == 0:
            raise StyleError(f"expected a non-zero integer line, got {describe(raw)}")
        return GridLine(LineKind.LINE, int(raw))
    tokens = tokenize(raw_text(raw))
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "auto":
        return AUTO_LINE
    span = False
    integer: int | None = None
    name: str | None = None
    for tok in tokens:
        if tok.kind == "ident" and tok.text.lower() == "span" and not span:
            span = True
        elif tok.kind == "number" and integer is None and tok.value == int(tok.value):
            integer = int(tok.value)
        elif tok.kind == "ident" and name is None and tok.text.lower() not in _RESERVED_IDENTS:
            name = tok.text
        else:
            raise StyleError(f"expected 'auto', a line number, a line name or 'span N', got {describe(raw)}")
    if integer is None and name is None:
        raise StyleError(f"expected a line number or name, got {describe(raw)}")
    if span:
        if integer is not None and integer < 1:
            raise StyleError(f"expected a positive span, got {describe(raw)}")
        return GridLine(LineKind.SPAN, integer or 0, name)
    if integer == 0:
        raise StyleError(f"expected a non-zero integer line, got {describe(raw)}")
    return GridLine(LineKind.LINE, integer or 0, name)


def _line_text(raw: RawValue) -> list[str]:
    text = raw_text(raw)
    parts = [p.strip() for p in text.split("/")]
    if any(not p for p in parts):
        raise StyleError(f"expected lines separated by '/', got {describe(raw)}")
    return parts


def _is_ident(text: str) -> bool:
    tokens = tokenize(text)
    return len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() not in _RESERVED_IDENTS


def _line_pair(prefix: str) -> Callable[[RawValue], Decls]:
    def expand(raw: RawValue) -> Decls:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return [(f"{prefix}Start", raw), (f"{prefix}End", "auto")]
        parts = _line_text(raw)
        if len(parts) > 2:
            raise StyleError(f"expected '<start> [/ <end>]', got {describe(raw)}")
        start = parts[0]
        end = parts[1] if len(parts) == 2 else (start if _is_ident(start) else "auto")
        return [(f"{prefix}Start", start), (f"{prefix}End", end)]

    return expand


expand_grid_row = _line_pair("gridRow")
expand_grid_column = _line_pair("gridColumn")


def expand_grid_area(raw: RawValue) -> Decls:
    """``gridArea``: 1-4 lines (row-start / column-start / row-end / column-end); a missing line is the
    name of its counterpart when that is a name, else ``auto``."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        parts = [repr(raw) if isinstance(raw, float) else str(raw)]
    else:
        parts = _line_text(raw)
    if len(parts) > 4:
        raise StyleError(f"expected 1 to 4 lines separated by '/', got {describe(raw)}")
    row_start = parts[0]
    column_start = parts[1] if len(parts) > 1 else (row_start if _is_ident(row_start) else "auto")
    row_end = parts[2] if len(parts) > 2 else (row_start if _is_ident(row_start) else "auto")
    column_end = parts[3] if len(parts) > 3 else (column_start if _is_ident(column_start) else "auto")
    return [("gridRowStart", row_start), ("gridColumnStart", column_start), ("gridRowEnd", row_end),
            ("gridColumnEnd", column_end)]


# --------------------------------------------------------------------------- template shorthands


def _tokens_text(tokens: tuple[Token, ...] | list[Token]) -> str:
    """Tokens back to CSS text (line names in brackets again)."""
    out = []
    for tok in tokens:
        if _is_names(tok):
            out.append("[" + " ".join(a.text for a in tok.args) + "]")
        elif tok.kind == "string":
            out.append('"' + tok.text + '"')
        else:
            out.append(tok.text)
    return " ".join(out)


def _split_slash(tokens: tuple[Token, ...], raw: RawValue) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    slashes = [i for i, t in enumerate(tokens) if t.kind == "slash"]
    if len(slashes) != 1 or slashes[0] in (0, len(tokens) - 1):
        raise StyleError(f"expected '<rows> / <columns>', got {describe(raw)}")
    return tokens[: slashes[0]], tokens[slashes[0] + 1 :]


def _template(raw: RawValue) -> tuple[str, str, str]:
    """``gridTemplate``: (rows, columns, areas) as longhand text."""
    tokens = _tokens(raw)
    if len(tokens) == 1 and tokens[0].kind == "ident" and tokens[0].text.lower() == "none":
        return "none", "none", "none"
    rows, columns = _split_slash(tokens, raw)
    if not any(t.kind == "string" for t in rows):
        return _tokens_text(rows), _tokens_text(columns), "none"
    # [<line-names>? <string> <track-size>? <line-names>?]+ / <explicit-track-list>
    strings: list[str] = []
    row_text: list[str] = []
    pending_names: list[str] = []
    index = 0
    while index < len(rows):
        tok = rows[index]
        if _is_names(tok):
            pending_names += [a.text for a in tok.args]
            index += 1
            continue
        if tok.kind != "string":
            raise StyleError(f"expected a row string in gridTemplate, got {tok.text!r} in {describe(raw)}")
        strings.append(tok.text)
        if pending_names:
            row_text.append("[" + " ".join(pending_names) + "]")
            pending_names = []
        index += 1
        size = "auto"
        if index < len(rows) and rows[index].kind != "string" and not _is_names(rows[index]):
            size = _tokens_text([rows[index]])
            index += 1
        row_text.append(size)
    if pending_names:
        row_text.append("[" + " ".join(pending_names) + "]")
    if any(t.kind == "function" and t.name == "repeat" for t in columns):
        raise StyleError(f"repeat() is not allowed in gridTemplate's columns with areas, in {describe(raw)}")
    areas = " ".join('"' + s + '"' for s in strings)
    return " ".join(row_text), _tokens_text(columns), areas


def expand_grid_template(raw: RawValue) -> Decls:
    rows, columns, areas = _template(raw)
    return [("gridTemplateRows", rows), ("gridTemplateColumns", columns), ("gridTemplateAreas", areas)]


def expand_grid(raw: RawValue) -> Decls:
    """``grid``: a ``gridTemplate``, or ``<rows> / auto-flow [dense] [<auto-columns>]``, or
    ``auto-flow [dense] [<auto-rows>] / <columns>``; the other grid longhands are reset."""
    tokens = _tokens(raw)
    has_flow = any(t.kind == "ident" and t.text.lower() == "auto-flow" for t in tokens)
    if not has_flow:
        rows, columns, areas = _template(raw)
        return [("gridTemplateRows", rows), ("gridTemplateColumns", columns), ("gridTemplateAreas", areas),
                ("gridAutoRows", "auto"), ("gridAutoColumns", "auto"), ("gridAutoFlow", "row")]
    first, second = _split_slash(tokens, raw)
    flow_first = any(t.kind == "ident" and t.text.lower() == "auto-flow" for t in first)
    flow_side, template_side = (first, second) if flow_first else (second, first)
    words = [t for t in flow_side if t.kind == "ident" and t.text.lower() in ("auto-flow", "dense")]
    sizes = [t for t in flow_side if t not in words]
    if len(words) != len({t.text.lower() for t in words}) or any(
        t.kind == "ident" and t.text.lower() in ("auto-flow", "dense") for t in sizes
    ):
        raise StyleError(f"expected 'auto-flow [dense]', got {describe(raw)}")
    dense = any(t.text.lower() == "dense" for t in words)
    auto_sizes = _tokens_text(sizes) if sizes else "auto"
    if flow_first:  # auto-flow ... / <columns>: rows flow
        return [("gridTemplateRows", "none"), ("gridTemplateColumns", _tokens_text(template_side)),
                ("gridTemplateAreas", "none"), ("gridAutoRows", auto_sizes), ("gridAutoColumns", "auto"),
                ("gridAutoFlow", "row dense" if dense else "row")]
    return [("gridTemplateRows", _tokens_text(template_side)), ("gridTemplateColumns", "none"),
            ("gridTemplateAreas", "none"), ("gridAutoRows", "auto"), ("gridAutoColumns", auto_sizes),
            ("gridAutoFlow", "column dense" if dense else "column")]


# --------------------------------------------------------------------------- alignment

_ITEM_ALIASES = {
    "normal": ItemAlign.NORMAL, "stretch": ItemAlign.STRETCH, "start": ItemAlign.START, "end": ItemAlign.END,
    "center": ItemAlign.CENTER, "flex-start": ItemAlign.START, "flex-end": ItemAlign.END,
    "self-start": ItemAlign.START, "self-end": ItemAlign.END, "left": ItemAlign.START, "right": ItemAlign.END,
    "baseline": ItemAlign.BASELINE, "first baseline": ItemAlign.BASELINE, "legacy": ItemAlign.NORMAL,
}  # fmt: skip


def _item_align(raw: RawValue, allow_auto: bool) -> ItemAlign:
    text = " ".join(raw_text(raw).split())
    if allow_auto and text == "auto":
        return ItemAlign.AUTO
    value = _ITEM_ALIASES.get(text)
    if value is None:
        allowed = ("auto, " if allow_auto else "") + ", ".join(_ITEM_ALIASES)
        raise StyleError(f"expected one of {allowed}, got {describe(raw)}")
    return value


def parse_justify_items(raw: RawValue, ctx: ValueContext) -> ItemAlign:
    return _item_align(raw, allow_auto=False)


def parse_justify_self(raw: RawValue, ctx: ValueContext) -> ItemAlign:
    return _item_align(raw, allow_auto=True)


def _place(align: str, justify: str) -> Callable[[RawValue], Decls]:
    def expand(raw: RawValue) -> Decls:
        words = raw_text(raw).split()
        if words[:1] == ["first"] or words[:1] == ["last"]:  # `first baseline` is one value
            words = [" ".join(words[:2]), *words[2:]]
        if not 1 <= len(words) <= 2:
            raise StyleError(f"expected '<{align}> [<{justify}>]', got {describe(raw)}")
        return [(align, words[0]), (justify, words[-1])]

    return expand


expand_place_items = _place("alignItems", "justifyItems")
expand_place_self = _place("alignSelf", "justifySelf")


__all__ = [
    "areas_from_rows",
    "expand_grid",
    "expand_grid_area",
    "expand_grid_column",
    "expand_grid_row",
    "expand_grid_template",
    "expand_place_items",
    "expand_place_self",
    "is_fixed",
    "parse_areas",
    "parse_auto_flow",
    "parse_auto_tracks",
    "parse_justify_items",
    "parse_justify_self",
    "parse_line",
    "parse_track_list",
]
