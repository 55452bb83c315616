"""The mutation operators: small edits of a raw React tree, the way real users' cards vary.

Role: ``mutate(rng, tree, fonts) -> [description, ...]`` applies one or two operators to a raw tree
(and its font entries) in place and says what it did (``unit: $.props.children[1] width 40 -> '2.5em'``).
Each operator picks its target at random and returns None when the tree offers it nothing (no text, no
length), so another one is tried. The families: a style property moved to another element; two values
swapped; a length's unit changed (px, em, rem, %, vw, vh, pt, none, string vs number, negative, 0,
fractional, huge); a value spelled differently (case, spaces, commas, ``!important``, shorthand vs
longhands, kebab-case key, vendor prefixes); children dropped or duplicated; text wrapped in other
elements or given an inline icon; text replaced (other scripts, emoji, long words, empty, whitespace,
numbers, booleans, null, nested arrays); props React allows (className, key, id, tw, on* handlers,
data-*, aria-*, dangerouslySetInnerHTML); font changes (weight/style missing from a font entry,
several families, fallback lists in fontFamily with quotes).

Dev tool: standard library only.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

Tree = dict[str, Any]
Operator = Callable[[random.Random, Tree, list[dict[str, Any]]], str | None]

LENGTH_PROPS = frozenset({
    "width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight", "margin", "marginTop", "marginRight",
    "marginBottom", "marginLeft", "padding", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "top",
    "right", "bottom", "left", "gap", "rowGap", "columnGap", "fontSize", "lineHeight", "letterSpacing",
    "borderWidth", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderRadius",
    "borderTopLeftRadius", "borderTopRightRadius", "borderBottomLeftRadius", "borderBottomRightRadius",
    "flexBasis", "textIndent", "outlineWidth", "strokeWidth",
})
_LENGTH = re.compile(r"^\s*(-?(?:\d+\.?\d*|\.\d+))\s*(px|em|rem|%|vw|vh|pt)?\s*$")
_UNITS = ("px", "em", "rem", "%", "vw", "vh", "pt", "")
_BOX_SIDES = ("Top", "Right", "Bottom", "Left")
_SHORTHANDS = ("padding", "margin")
_KEYWORD_PROPS = frozenset({"display", "flexDirection", "alignItems", "justifyContent", "alignSelf", "textAlign",
                            "position", "flexWrap", "overflow", "fontStyle", "textTransform", "whiteSpace",
                            "objectFit", "alignContent", "wordBreak", "textDecorationLine", "textDecoration",
                            "backgroundRepeat", "backgroundSize", "fontWeight", "borderStyle"})
_LIST_PROPS = frozenset({"fontFamily", "boxShadow", "textShadow", "backgroundImage", "background", "transform",
                         "filter", "fontFeatureSettings", "transition", "maskImage"})
SCRIPTS = (
    "Привет, мир", "Γειά σου κόσμε", "你好，世界", "こんにちは世界", "안녕하세요 세계", "مرحبا بالعالم",
    "שלום עולם", "नमस्ते दुनिया", "สวัสดีชาวโลก", "Xin chào thế giới", "Ça va? Übermäßig naïve façade",
    "Zażółć gęślą jaźń", "ﬁnance ﬂow", "½ ⅓ ¼ → ← ✓ ★ ©®™", "“Quoted” — ‘dash’ … «guillemets»",
)
EMOJI = ("🚀", "Ship it 🚀", "👋🏽 Hello", "🇺🇸🇯🇵", "👨‍👩‍👧‍👦 family", "❤️ 100%", "✨ New ✨", "1️⃣ 2️⃣", "☕️")
LONG_WORDS = ("Supercalifragilisticexpialidocious", "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2,
              "https://example.com/blog/2026/12/05/a-very-long-slug-without-spaces-at-all",
              "a_snake_case_identifier_that_goes_on_and_on", "x" * 120)
ODD_TEXTS: tuple[Any, ...] = ("", " ", "   ", "\n", "\t", " leading and trailing ", "line one\nline two",
                              "a  double  space", "&amp; &lt;tag&gt;", "<b>not html</b>", "{{ title }}")
REACT_CHILDREN: tuple[Any, ...] = (0, 42, -1, 3.14, 1e21, 0.000001, True, False, None, [], [[]],
                                   ["nested", ["array", 1]], ["a", None, "b"], ["", False, 7])
TW_CLASSES = ("flex", "p-4", "text-red-500", "font-bold", "items-center", "w-full", "rounded-lg", "text-xl",
              "bg-blue-500", "mt-2", "opacity-50", "tracking-tight", "leading-none", "uppercase", "shadow-lg")
FONT_FAMILIES = ("'Geist', sans-serif", '"Geist", system-ui, -apple-system, sans-serif', "Inter, Geist",
                 "geist", "Geist Mono, monospace", "'Missing Font', 'Geist'", "serif", "Geist,", '"Geist"',
                 "ui-sans-serif, system-ui, sans-serif, 'Apple Color Emoji'", "GEIST", " Geist ")
ICON_SVG = {"type": "svg", "props": {"width": 24, "height": 24, "viewBox": "0 0 24 24", "fill": "none",
                                     "stroke": "currentColor", "strokeWidth": 2, "children": [
                                         {"type": "path", "props": {"d": "M5 12h14M12 5l7 7-7 7"}}]}}
WRAP_TAGS = ("span", "p", "a", "b", "strong", "code", "em", "i", "u", "small", "h1", "h2", "h3", "h4", "h5", "h6",
             "div", "label", "mark", "s", "sub", "sup", "pre")


# --- walking the tree ---------------------------------------------------------------------------


def elements(tree: Any, path: str = "$") -> Iterator[tuple[str, Tree]]:
    """Every element of the tree with its path, depth first."""
    if isinstance(tree, list):
        for i, child in enumerate(tree):
            yield from elements(child, f"{path}[{i}]")
    elif isinstance(tree, dict) and "type" in tree:
        yield path, tree
        props = tree.get("props")
        if isinstance(props, dict) and "children" in props:
            yield from elements(props["children"], f"{path}.children")


def _styled(tree: Tree) -> list[tuple[str, Tree, dict[str, Any]]]:
    """Elements with a style mapping that has at least one property: (path, element, style)."""
    out = []
    for path, node in elements(tree):
        style = (node.get("props") or {}).get("style")
        if isinstance(style, dict) and style:
            out.append((path, node, style))
    return out


def _html_elements(tree: Tree) -> list[tuple[str, Tree]]:
    """Elements outside inline SVG (their style means CSS to Satori)."""
    out = []

    def walk(node: Any, path: str, in_svg: bool) -> None:
        if isinstance(node, list):
            for i, child in enumerate(node):
                walk(child, f"{path}[{i}]", in_svg)
        elif isinstance(node, dict) and "type" in node:
            svg = in_svg or node["type"] == "svg"
            if not svg:
                out.append((path, node))
            props = node.get("props")
            if isinstance(props, dict) and "children" in props:
                walk(props["children"], f"{path}.children", svg)

    walk(tree, "$", False)
    return out


def _text_slots(tree: Tree) -> list[tuple[str, list[Any] | dict[str, Any], int | str]]:
    """Where text children sit: (path, container, index-or-key) with container[key] a string."""
    slots: list[tuple[str, list[Any] | dict[str, Any], int | str]] = []
    for path, node in _html_elements(tree):
        props = node.get("props")
        if not isinstance(props, dict) or node["type"] in ("img", "svg"):
            continue
        children = props.get("children")
        if isinstance(children, (str, int, float)) and not isinstance(children, bool):
            slots.append((f"{path}.children", props, "children"))
        elif isinstance(children, list):
            for i, child in enumerate(children):
                if isinstance(child, (str, int, float)) and not isinstance(child, bool):
                    slots.append((f"{path}.children[{i}]", children, i))
    return slots


def _props(node: Tree) -> dict[str, Any]:
    props = node.get("props")
    if not isinstance(props, dict):
        props = node["props"] = {}
    return props


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --- style operators ----------------------------------------------------------------------------


def move_property(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    styled = [s for s in _styled(tree) if s[0] in {p for p, _ in _html_elements(tree)}]
    targets = _html_elements(tree)
    if not styled or len(targets) < 2:
        return None
    path, _node, style = rng.choice(styled)
    key = rng.choice(list(style))
    to_path, to_node = rng.choice([t for t in targets if t[0] != path])
    value = style.pop(key)
    props = _props(to_node)
    if not isinstance(props.get("style"), dict):
        props["style"] = {}
    props["style"][key] = value
    return f"move: {key}={_short(value)} from {path} to {to_path}"


def swap_values(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    styled = [s for s in _styled(tree) if len(s[2]) >= 2]
    if not styled:
        return None
    path, _node, style = rng.choice(styled)
    a, b = rng.sample(list(style), 2)
    style[a], style[b] = style[b], style[a]
    return f"swap: {path} {a}<->{b} ({_short(style[a])}, {_short(style[b])})"


def _length_value(rng: random.Random, value: Any) -> Any:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number, unit = float(value), "px"
    elif isinstance(value, str) and (m := _LENGTH.match(value)):
        number, unit = float(m.group(1)), m.group(2) or ""
    else:
        return None
    kind = rng.choice(("unit", "unit", "string", "negative", "zero", "fraction", "huge", "tiny"))
    if kind == "unit":
        unit = rng.choice([u for u in _UNITS if u != unit])
        if unit in ("em", "rem") and abs(number) > 8:
            number = round(number / 16, 3)
        elif unit in ("vw", "vh", "%") and abs(number) > 100:
            number = round(number / 12, 2)
    elif kind == "negative":
        number = -number if number else -8
    elif kind == "zero":
        number = 0
    elif kind == "fraction":
        number = round(number + rng.choice((0.5, 0.25, 0.333, 0.7, -0.4)), 3)
    elif kind == "huge":
        number = rng.choice((9999, 1e6, 123456.789))
    elif kind == "tiny":
        number = rng.choice((0.01, 0.5, 1e-7))
    text = f"{number:g}"
    if kind == "string" or not (unit == "px" and rng.random() < 0.5):
        if kind == "string" and isinstance(value, str):
            return number if unit == "px" else f"{text}{unit}"
        return f"{text}{unit}"
    return int(number) if number == int(number) and abs(number) < 1e15 else number


def change_unit(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    found = [(p, s, k) for p, _n, s in _styled(tree) for k in s
             if k in LENGTH_PROPS and _length_value(random.Random(0), s[k]) is not None]
    if not found:
        return None
    path, style, key = rng.choice(found)
    old = style[key]
    new = _length_value(rng, old)
    style[key] = new
    return f"unit: {path} {key} {_short(old)} -> {_short(new)}"


def _respell(rng: random.Random, key: str, value: Any) -> tuple[str, Any, str] | None:
    """A different spelling of one declaration: (key, value, what)."""
    choices = ["kebab", "vendor"]
    if isinstance(value, str) and value.strip():
        choices += ["spaces", "important"]
        if key in _KEYWORD_PROPS or re.fullmatch(r"[a-z-]+", value.strip()):
            choices += ["upper", "title"]
        if "," in value:
            choices += ["commas"]
        if re.search(r"#[0-9a-fA-F]{3,8}\b", value):
            choices += ["hexcase"]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        choices += ["numtext"]
    what = rng.choice(choices)
    if what == "kebab":
        kebab = re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), key)
        if kebab == key:
            return None
        return kebab, value, "kebab-case key"
    if what == "vendor":
        prefix = rng.choice(("Webkit", "Moz", "ms", "-webkit-"))
        name = prefix + key[0].upper() + key[1:] if not prefix.startswith("-") else \
            prefix + re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), key)
        return name, value, f"vendor prefix {prefix}"
    if what == "spaces":
        return key, rng.choice((f"  {value}  ", value.replace(" ", "  "), f" {value}", f"{value} ")), "spaces"
    if what == "important":
        return key, f"{value} !important", "!important"
    if what == "upper":
        return key, value.upper(), "upper case"
    if what == "title":
        return key, value.title(), "title case"
    if what == "commas":
        spaced = value.replace(", ", ",") if ", " in value else value.replace(",", ", ")
        return key, spaced, "comma spacing"
    if what == "hexcase":
        return key, re.sub(r"#[0-9a-fA-F]{3,8}\b", lambda m: m.group(0).swapcase(), value), "hex case"
    if what == "numtext":
        return key, f"{value:g}" if isinstance(value, float) else str(value), "number as string"
    return None


def respell(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    styled = _styled(tree)
    if not styled:
        return None
    path, _node, style = rng.choice(styled)
    key = rng.choice(list(style))
    spelled = _respell(rng, key, style[key])
    if spelled is None:
        return None
    new_key, new_value, what = spelled
    old = style[key]
    items = [(new_key if k == key else k, new_value if k == key else v) for k, v in style.items()]
    style.clear()
    style.update(items)
    return f"spell ({what}): {path} {key}={_short(old)} -> {new_key}={_short(new_value)}"


def _split_box(value: Any) -> list[Any] | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [value] * 4
    if not isinstance(value, str) or "calc" in value:
        return None
    parts = value.split()
    if not 1 <= len(parts) <= 4:
        return None
    top = parts[0]
    right = parts[1] if len(parts) > 1 else top
    bottom = parts[2] if len(parts) > 2 else top
    left = parts[3] if len(parts) > 3 else right
    return [top, right, bottom, left]


def shorthand_longhands(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    """padding/margin/borderRadius <-> their longhands; flex <-> flexGrow/Shrink/Basis; border <-> parts."""
    candidates = []
    for path, _node, style in _styled(tree):
        for key in style:
            if key in _SHORTHANDS and _split_box(style[key]) is not None:
                candidates.append((path, style, key, "expand"))
            if key == "border" and isinstance(style[key], str) and len(style[key].split()) == 3:
                candidates.append((path, style, key, "expand-border"))
        for short in _SHORTHANDS:
            if all(short + side in style for side in _BOX_SIDES) and short not in style:
                candidates.append((path, style, short, "collapse"))
    if not candidates:
        return None
    path, style, key, how = rng.choice(candidates)
    items = list(style.items())
    style.clear()
    if how == "expand":
        sides = _split_box(dict(items)[key])
        assert sides is not None
        for k, v in items:
            if k == key:
                style.update({key + side: value for side, value in zip(_BOX_SIDES, sides, strict=True)})
            else:
                style[k] = v
        return f"longhands: {path} {key}={_short(dict(items)[key])} -> four sides"
    if how == "expand-border":
        width, kind, colour = dict(items)[key].split()
        for k, v in items:
            if k == key:
                style.update({"borderWidth": width, "borderStyle": kind, "borderColor": colour})
            else:
                style[k] = v
        return f"longhands: {path} border -> borderWidth/Style/Color"
    values = [dict(items)[key + side] for side in _BOX_SIDES]
    text = " ".join(f"{v}px" if isinstance(v, (int, float)) and v else str(v) for v in values)
    placed = False
    for k, v in items:
        if k.startswith(key) and k[len(key):] in _BOX_SIDES:
            if not placed:
                style[key] = text
                placed = True
        else:
            style[k] = v
    return f"shorthand: {path} {key}Top/Right/Bottom/Left -> {key}={text!r}"


# --- children and text --------------------------------------------------------------------------


def drop_or_duplicate_child(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    lists: list[tuple[str, list[Any] | dict[str, Any]]] = []
    for path, node in _html_elements(tree):
        children = (node.get("props") or {}).get("children")
        if isinstance(children, list) and children:
            lists.append((path, children))
        elif isinstance(children, dict) and node["type"] != "svg":
            lists.append((path, node))
    if not lists:
        return None
    path, holder = rng.choice(lists)
    if isinstance(holder, dict):  # a single element child: make it a list of two, or drop it
        props = holder["props"]
        if rng.random() < 0.5:
            props.pop("children")
            return f"drop: {path}.children (single)"
        props["children"] = [props["children"], _copy(props["children"])]
        return f"duplicate: {path}.children (single -> two)"
    i = rng.randrange(len(holder))
    if rng.random() < 0.5:
        removed = holder.pop(i)
        return f"drop: {path}.children[{i}] ({_short(removed)[:30]})"
    holder.insert(i, _copy(holder[i]))
    return f"duplicate: {path}.children[{i}]"


def _copy(value: Any) -> Any:
    import copy  # noqa: PLC0415

    return copy.deepcopy(value)


def wrap_text(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    slots = _text_slots(tree)
    if not slots:
        return None
    path, holder, key = rng.choice(slots)
    text = holder[key]  # type: ignore[index]
    how = rng.random()
    if how < 0.75:
        tag = rng.choice(WRAP_TAGS)
        holder[key] = {"type": tag, "props": {"children": text}}  # type: ignore[index]
        return f"wrap: {path} in <{tag}>"
    if how < 0.9:
        icon = _copy(ICON_SVG)
        holder[key] = {"type": "div", "props": {"style": {"display": "flex", "alignItems": "center"},  # type: ignore[index]
                                                "children": [icon, text]}}
        return f"wrap: {path} with an inline <svg> icon"
    img = {"type": "img", "props": {"src": "../../assets/logo.svg", "width": 24, "height": 24}}
    holder[key] = {"type": "div", "props": {"style": {"display": "flex", "alignItems": "center"},  # type: ignore[index]
                                            "children": [img, text]}}
    return f"wrap: {path} with an <img> icon"


def replace_text(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    slots = _text_slots(tree)
    if not slots:
        return None
    path, holder, key = rng.choice(slots)
    family = rng.choice(("script", "emoji", "long", "odd", "react"))
    pool: tuple[Any, ...] = {"script": SCRIPTS, "emoji": EMOJI, "long": LONG_WORDS, "odd": ODD_TEXTS,
                             "react": REACT_CHILDREN}[family]
    new = _copy(rng.choice(pool))
    if family in ("script", "emoji") and rng.random() < 0.4:
        new = f"{holder[key]} {new}"  # type: ignore[index]
    holder[key] = new  # type: ignore[index]
    return f"text ({family}): {path} -> {_short(new)}"


# --- props and fonts ----------------------------------------------------------------------------


def add_prop(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    targets = _html_elements(tree)
    if not targets:
        return None
    path, node = rng.choice(targets)
    props = _props(node)
    choice = rng.choice(("className", "key", "id", "tw", "onClick", "onLoad", "data", "aria", "role", "title",
                         "dangerously", "lang", "styleNull", "tabIndex", "hidden"))
    name: str
    value: Any
    if choice == "className":
        name, value = "className", rng.choice(("card", "flex items-center", "", "og__title text-xl"))
    elif choice == "key":
        name, value = "key", rng.choice(("a", 1, "item-3"))
    elif choice == "id":
        name, value = "id", rng.choice(("title", "og-root", "x1"))
    elif choice == "tw":
        name, value = "tw", " ".join(rng.sample(TW_CLASSES, rng.randint(1, 3)))
    elif choice in ("onClick", "onLoad"):
        name, value = choice, "alert(1)"
    elif choice == "data":
        name, value = "data-testid", "og-card"
    elif choice == "aria":
        name, value = "aria-label", "Open Graph image"
    elif choice == "role":
        name, value = "role", "img"
    elif choice == "title":
        name, value = "title", "Tooltip"
    elif choice == "dangerously":
        name, value = "dangerouslySetInnerHTML", {"__html": "<b>x</b>"}
    elif choice == "lang":
        name, value = "lang", rng.choice(("en", "ja-JP", "zh-CN", "ar"))
    elif choice == "styleNull":
        if "style" in props:
            return None
        name, value = "style", rng.choice((None, {}))
    elif choice == "tabIndex":
        name, value = "tabIndex", 0
    else:
        name, value = "hidden", rng.choice((True, False))
    if name == "tw" and isinstance(props.get("tw"), str):
        value = f"{props['tw']} {value}"
    props[name] = value
    return f"prop: {path} {name}={_short(value)}"


def change_font(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> str | None:
    how = rng.random()
    if fonts and how < 0.3:
        entry = rng.choice(fonts)
        dropped = [k for k in ("weight", "style") if k in entry and rng.random() < 0.7] or \
            [k for k in ("weight", "style") if k in entry][:1]
        if not dropped:
            return None
        for k in dropped:
            entry.pop(k)
        return f"font entry {entry.get('name')!r}: {'/'.join(dropped)} missing"
    if fonts and how < 0.45:
        entry = dict(rng.choice(fonts))
        entry["name"] = rng.choice(("Brand", "Geist Fallback", "Display Face"))
        fonts.append(entry)
        return f"font entry: another family {entry['name']!r} of the same file"
    targets = _html_elements(tree)
    if not targets:
        return None
    path, node = rng.choice(targets)
    props = _props(node)
    if not isinstance(props.get("style"), dict):
        props["style"] = {}
    family = rng.choice(FONT_FAMILIES + tuple(f"'{f['name']}', sans-serif" for f in fonts))
    old = props["style"].get("fontFamily")
    props["style"]["fontFamily"] = family
    return f"fontFamily: {path} {_short(old)} -> {family!r}"


OPERATORS: dict[str, Operator] = {
    "move": move_property, "swap": swap_values, "unit": change_unit, "spell": respell,
    "shorthand": shorthand_longhands, "children": drop_or_duplicate_child, "wrap": wrap_text,
    "text": replace_text, "prop": add_prop, "font": change_font,
}
WEIGHTS = {"move": 2, "swap": 1, "unit": 3, "spell": 3, "shorthand": 1, "children": 1, "wrap": 2, "text": 2,
           "prop": 1, "font": 1}


def mutate(rng: random.Random, tree: Tree, fonts: list[dict[str, Any]]) -> list[str]:
    """Apply one or two operators to ``tree`` and ``fonts`` in place; what each did."""
    done: list[str] = []
    wanted = 1 if rng.random() < 0.55 else 2
    names = list(OPERATORS)
    weights = [WEIGHTS[n] for n in names]
    for _attempt in range(20):
        if len(done) == wanted:
            break
        name = rng.choices(names, weights)[0]
        said = OPERATORS[name](rng, tree, fonts)
        if said is not None:
            done.append(said)
    return done
