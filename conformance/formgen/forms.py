"""Input forms: each base card (:mod:`.cards`) re-expressed the ways users write element trees.

A form is a function ``tree -> Variant | None`` (None: it does not apply to that card). The variant's
``element`` is the raw tree the reference (Next.js ``ImageResponse``) is given, untouched by pureog's
loader; ``source`` is what pureog is given: the same tree as a Python dict, or text (YAML, JSON, the
terse shorthand, a template with its data) that must load to the same thing. Forms are grouped in
classes (``children``, ``react``, ``elements``, ``style``, ``media``, ``loader``, ``errors``): the
driver reports pass rates by class. Dev tool: stdlib + PyYAML (pureog's own dependency).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml

Tree = dict[str, Any]


@dataclass(frozen=True)
class Variant:
    element: Tree
    """The raw tree sent to the reference."""
    source: Any
    """What pureog loads: a dict (the same tree) or a document's text."""


@dataclass(frozen=True)
class Form:
    name: str
    group: str
    make: Callable[[Tree], Variant | None]


# --- tree helpers ------------------------------------------------------------------------------


def elements(tree: Any) -> Iterator[Tree]:
    """Every element dict of the tree, parents first (children lists of any nesting)."""
    if isinstance(tree, list):
        for item in tree:
            yield from elements(item)
    elif isinstance(tree, dict) and "props" in tree:
        yield tree
        yield from elements(tree["props"].get("children"))


def _same(tree: Tree) -> Variant:
    return Variant(tree, copy.deepcopy(tree))


def _mapped(change: Callable[[Tree], bool]) -> Callable[[Tree], Variant | None]:
    """A form that edits each element in place (``change`` says whether it changed it)."""
    def make(tree: Tree) -> Variant | None:
        tree = copy.deepcopy(tree)
        changed = [change(node) for node in list(elements(tree))]
        return _same(tree) if any(changed) else None
    return make


def _style(node: Tree) -> dict[str, Any]:
    style = node["props"].get("style")
    return style if isinstance(style, dict) else {}


def _is_flex_div(node: Tree) -> bool:
    return node["type"] != "div" or _style(node).get("display") == "flex"


# --- children ----------------------------------------------------------------------------------


def _list_of_one(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, (str, dict)) and _is_flex_div(node):
        node["props"]["children"] = [kids]
        return True
    return False


def _nested_lists(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2:
        node["props"]["children"] = [[kids[0]], [kids[1:], []]]
        return True
    return False


def _falsy_children(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list):
        out: list[Any] = [None]
        for kid in kids:
            out += [kid, False, True]
        node["props"]["children"] = out
        return True
    if isinstance(kids, str) and _is_flex_div(node):
        node["props"]["children"] = [None, kids, False]
        return True
    return False


def _empty_string_children(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and any(isinstance(k, dict) for k in kids):
        out: list[Any] = []
        for kid in kids:
            out += [kid, ""]
        node["props"]["children"] = out
        return True
    return False


def _split_words(with_null: bool) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, str) and " " in kids and _is_flex_div(node):
            words = re.findall(r"\S+\s*", kids)
            parts: list[Any] = []
            for word in words:
                parts += [word, None] if with_null else [word]
            node["props"]["children"] = parts
            return True
        return False
    return change


def _numbers(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, str) and re.fullmatch(r"\d+(\.\d+)?", kids):
        node["props"]["children"] = float(kids) if "." in kids else int(kids)
        return node["type"] != "div"  # a div whose children prop is a number throws in Next.js
    match = re.fullmatch(r"(.*?)(\d+)(.*)", kids) if isinstance(kids, str) else None
    if match and _is_flex_div(node):
        node["props"]["children"] = [part for part in (match[1], int(match[2]), match[3]) if part != ""]
        return True
    return False


def _no_children_null(node: Tree) -> bool:
    if "children" not in node["props"]:
        node["props"]["children"] = None
        return True
    return False


# --- React's own keys --------------------------------------------------------------------------


def _react_dump(node: Tree) -> bool:
    node.update({"key": None, "ref": None, "_owner": None, "_store": {}})
    return True


def _react19_dump(node: Tree) -> bool:
    node.update({"$$typeof": "Symbol(react.transitional.element)", "key": "k", "_debugInfo": None,
                 "_debugStack": None, "_debugTask": None})
    node["props"]["key"] = None
    return True


def _style_null(node: Tree) -> bool:
    if "style" not in node["props"]:
        node["props"]["style"] = None if node["type"] != "span" else {}
        return True
    return False


# --- elements ----------------------------------------------------------------------------------


def _retag(old: str, new: str) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        if node["type"] == old:
            node["type"] = new
            return True
        return False
    return change


def _wrap_text(tag: str) -> Callable[[Tree], bool]:
    def change(node: Tree) -> bool:
        kids = node["props"].get("children")
        if isinstance(kids, str) and node["type"] not in ("svg",):
            node["props"]["children"] = {"type": tag, "props": {"children": kids}}
            return True
        return False
    return change


def _br_between(node: Tree) -> bool:
    kids = node["props"].get("children")
    if isinstance(kids, list) and len(kids) >= 2 and _style(node).get("flexDirection") == "column":
        node["props"]["children"] = [kids[0], {"type": "br", "props": {}}, *kids[1:]]
        return True
    return False


# --- style -------------------------------------------------------------------------------------


def _kebab(name: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "-" + m[0].lower(), name)


def _kebab_style(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and any(k != k.lower() for k in style):
        node["props"]["style"] = {_kebab(k): v for k, v in style.items()}
        return True
    return False


_UNITLESS = {"fontWeight", "lineHeight", "flexGrow", "flexShrink", "opacity", "zIndex", "lineClamp"}


def _px_strings(node: Tree) -> bool:
    style = node["props"].get("style")
    changed = False
    if isinstance(style, dict):
        for key, value in style.items():
            if isinstance(value, (int, float)) and key not in _UNITLESS:
                style[key] = f"{value}px"
                changed = True
    return changed


def _px_numbers(node: Tree) -> bool:
    style = node["props"].get("style")
    changed = False
    if isinstance(style, dict):
        for key, value in style.items():
            if isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?px", value):
                style[key] = float(value[:-2]) if "." in value else int(value[:-2])
                changed = True
    return changed


def _vendor_extras(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict):
        style.update({"WebkitFontSmoothing": "antialiased", "MozOsxFontSmoothing": "grayscale",
                      "msUserSelect": "none"})
        return True
    return False


def _class_name(node: Tree) -> bool:
    node["props"]["className"] = "card " + node["type"]
    return True


def _tw_layout(node: Tree) -> bool:
    style = node["props"].get("style")
    if isinstance(style, dict) and style.get("display") == "flex" and style.get("flexDirection") == "column":
        del style["display"], style["flexDirection"]
        node["props"]["tw"] = "flex flex-col"
        return True
    return False


# --- media -------------------------------------------------------------------------------------


def _size_strings(node: Tree) -> bool:
    changed = False
    if node["type"] in ("img", "svg"):
        for key in ("width", "height"):
            if isinstance(node["props"].get(key), int):
                node["props"][key] = str(node["props"][key])
                changed = True
    return changed


def _size_px_strings(node: Tree) -> bool:
    changed = False
    if node["type"] in ("img", "svg"):
        for key in ("width", "height"):
            if isinstance(node["props"].get(key), int):
                node["props"][key] = f"{node['props'][key]}px"
                changed = True
    return changed


def _size_in_style(node: Tree) -> bool:
    if node["type"] == "img" and "width" in node["props"]:
        style = node["props"].setdefault("style", {})
        style["width"] = node["props"].pop("width")
        style["height"] = node["props"].pop("height")
        return True
    return False


def _svg_markup(tree: Any) -> str:
    props = tree["props"]
    attrs = "".join(f' {_kebab(k)}="{v}"' for k, v in props.items() if k not in ("children", "style"))
    kids = props.get("children") or []
    inner = "".join(_svg_markup(k) for k in (kids if isinstance(kids, list) else [kids]))
    return f"<{tree['type']}{attrs}>{inner}</{tree['type']}>"


def _svg_as_img(node: Tree) -> bool:
    if node["type"] != "svg":
        return False
    markup = _svg_markup({"type": "svg", "props": {"xmlns": "http://www.w3.org/2000/svg", **node["props"]}})
    width, height = node["props"]["width"], node["props"]["height"]
    node["type"] = "img"
    node["props"] = {"src": "data:image/svg+xml;utf8," + markup.replace("#", "%23"), "width": width,
                     "height": height}
    return True


def _svg_kebab_attrs(node: Tree) -> bool:
    changed = False
    for key in [k for k in node["props"] if re.search("[A-Z]", k) and k != "viewBox"]:
        node["props"][_kebab(key)] = node["props"].pop(key)
        changed = True
    return changed


def _svg_fill_current(node: Tree) -> bool:
    if node["type"] == "circle":
        node["props"]["fill"] = "currentColor"
        return True
    return False


# --- loader forms (pureog is given text) -------------------------------------------------------


def _as_json_text(tree: Tree) -> Variant:
    return Variant(tree, json.dumps({"width": 320, "height": 168, "element": tree}))


def _as_yaml_text(tree: Tree) -> Variant:
    return Variant(tree, yaml.safe_dump({"width": 320, "height": 168, "element": tree}, sort_keys=False))


def shorthand(node: Any) -> Any:
    """The terse YAML shorthand of a React-shaped tree: ``{tag: props}`` or ``{tag: children}``."""
    if isinstance(node, list):
        return [shorthand(n) for n in node]
    if not isinstance(node, dict):
        return node
    props = dict(node["props"])
    if "children" in props:
        props["children"] = shorthand(props["children"])
    if set(props) == {"children"} and isinstance(props["children"], (str, list)):
        return {node["type"]: props["children"]}
    return {node["type"]: props or None}


def _as_shorthand(tree: Tree) -> Variant:
    return Variant(tree, yaml.safe_dump({"width": 320, "height": 168, "element": shorthand(tree)},
                                        sort_keys=False))


_PLAIN_SAFE = re.compile(r"[0-9][0-9A-Za-z.:_ -]*[0-9A-Za-z]")


def _as_plain_shorthand(tree: Tree) -> Variant | None:
    """The shorthand as people type it: scalars unquoted wherever YAML's syntax allows (dates, times,
    leading zeros), which PyYAML's dumper quotes because YAML 1.1 would read them as other types."""
    text = yaml.safe_dump({"width": 320, "height": 168, "element": shorthand(tree)}, sort_keys=False)
    plain = re.sub(r"'([^'\n]*)'", lambda m: m[1] if _PLAIN_SAFE.fullmatch(m[1]) else m[0], text)
    return Variant(tree, plain) if plain != text else None


def _as_template(tree: Tree) -> Variant | None:
    template = copy.deepcopy(tree)
    data: dict[str, Any] = {}
    for node in elements(template):
        kids = node["props"].get("children")
        if isinstance(kids, str):
            key = f"t{len(data)}"
            data[key] = kids
            node["props"]["children"] = "{{ " + key + " }}"
    if not data:
        return None
    return Variant(tree, yaml.safe_dump({"data": data, "width": 320, "height": 168, "element": template},
                                        sort_keys=False))


def _as_template_directives(tree: Tree) -> Variant | None:
    """Children lists made by ``$each`` over data (elements as data values, put in as they are), guarded
    by ``$if``s, and numeric text given as numbers (``"{{ n }}"`` alone keeps the type)."""
    template = copy.deepcopy(tree)
    data: dict[str, Any] = {"show": True}

    def visit(node: Tree) -> None:
        kids = node["props"].get("children")
        if isinstance(kids, str) and re.fullmatch(r"\d+(\.\d+)?", kids):
            key = f"n{len(data)}"
            data[key] = float(kids) if "." in kids else int(kids)
            node["props"]["children"] = "{{ " + key + " }}"
        elif isinstance(kids, list) and len(kids) >= 2 and all(isinstance(k, dict) for k in kids):
            key = f"list{len(data)}"
            data[key] = kids[1:]  # data values are not expanded again: their subtrees stay as written
            visit(kids[0])
            node["props"]["children"] = [{"$if": "show", "then": kids[0]}, {"$if": "hidden", "then": {"span": "x"}},
                                         {"$each": key, "as": "kid", "do": "{{ kid }}"}]
        elif isinstance(kids, dict):
            visit(kids)

    visit(template)
    if len(data) == 1:
        return None
    return Variant(tree, yaml.safe_dump({"data": data, "width": 320, "height": 168, "element": template},
                                        sort_keys=False))


# --- what Next.js rejects ----------------------------------------------------------------------


def _inner_html(node: Tree) -> bool:
    if node["type"] == "span":
        node["props"]["dangerouslySetInnerHTML"] = {"__html": "<b>x</b>"}
        return True
    return False


def _div_list_no_display(node: Tree) -> bool:
    if node["type"] == "div" and isinstance(node["props"].get("children"), str):
        node["props"]["children"] = [node["props"]["children"]]
        return True
    return False


FORMS: tuple[Form, ...] = (
    Form("identity", "identity", _same),
    Form("list-of-one", "children", _mapped(_list_of_one)),
    Form("nested-lists", "children", _mapped(_nested_lists)),
    Form("null-false-true", "children", _mapped(_falsy_children)),
    Form("empty-string-between", "children", _mapped(_empty_string_children)),
    Form("split-words", "children", _mapped(_split_words(False))),
    Form("split-words-null", "children", _mapped(_split_words(True))),
    Form("numbers", "children", _mapped(_numbers)),
    Form("children-null", "children", _mapped(_no_children_null)),
    Form("react18-dump", "react", _mapped(_react_dump)),
    Form("react19-dump", "react", _mapped(_react19_dump)),
    Form("style-null", "react", _mapped(_style_null)),
    Form("className", "react", _mapped(_class_name)),
    Form("div-as-section", "elements", _mapped(_retag("div", "section"))),
    Form("span-as-component-name", "elements", _mapped(_retag("span", "Badge"))),
    Form("span-as-strong", "elements", _mapped(_retag("span", "strong"))),
    Form("span-as-a", "elements", _mapped(_retag("span", "a"))),
    Form("span-as-button", "elements", _mapped(_retag("span", "button"))),
    Form("span-as-li", "elements", _mapped(_retag("span", "li"))),
    Form("span-as-h1", "elements", _mapped(_retag("span", "h1"))),
    Form("span-as-p", "elements", _mapped(_retag("span", "p"))),
    Form("text-in-em", "elements", _mapped(_wrap_text("em"))),
    Form("text-in-code", "elements", _mapped(_wrap_text("code"))),
    Form("br-in-column", "elements", _mapped(_br_between)),
    Form("kebab-keys", "style", _mapped(_kebab_style)),
    Form("px-strings", "style", _mapped(_px_strings)),
    Form("px-as-numbers", "style", _mapped(_px_numbers)),
    Form("vendor-extras", "style", _mapped(_vendor_extras)),
    Form("tw-layout", "style", _mapped(_tw_layout)),
    Form("size-strings", "media", _mapped(_size_strings)),
    Form("size-px-strings", "media", _mapped(_size_px_strings)),
    Form("img-size-in-style", "media", _mapped(_size_in_style)),
    Form("svg-as-markup", "media", _mapped(_svg_as_img)),
    Form("svg-kebab-attrs", "media", _mapped(_svg_kebab_attrs)),
    Form("svg-current-color", "media", _mapped(_svg_fill_current)),
    Form("json-text", "loader", _as_json_text),
    Form("yaml-text", "loader", _as_yaml_text),
    Form("shorthand", "loader", _as_shorthand),
    Form("template", "loader", _as_template),
    Form("template-directives", "loader", _as_template_directives),
    Form("shorthand-plain-scalars", "loader", _as_plain_shorthand),
    Form("inner-html", "errors", _mapped(_inner_html)),
    Form("div-list-no-display", "errors", _mapped(_div_list_no_display)),
)

