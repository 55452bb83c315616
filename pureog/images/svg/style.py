"""``<style>`` sheets in SVG, applied as usvg 0.29 applies them (simplecss 0.2 + rosvgtree).

Input: an :class:`~pureog.images.svg.tree.SvgNode` tree. Output: the same tree with every element's
matching declarations written into its attributes (in place).

What resvg does: the text of every ``<style>`` element (``type`` absent or ``text/css``) is parsed into
rules; at-rules are skipped; rules without declarations are dropped; the rules are sorted by
specificity (stable: equal ones keep their order). Selectors: type, universal ``*``, ``.class``,
``#id``, ``[attr]``, ``[attr=value]``, ``[attr~=value]``, ``[attr|=value]``, ``:first-child`` (other
pseudo-classes never match), and the descendant (space), child (``>``) and adjacent (``+``)
combinators; ``#id`` (and ``[id=...]``) counts as an id in the specificity, every other attribute
test as a class. Only presentation attributes are taken from a rule (``marker`` sets the three marker
properties), overriding the element's attributes; the ``style`` attribute then overrides the rules.
Imports :mod:`pureog.limits` (the deadline) and :mod:`pureog.images.svg.tree`'s node type.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pureog.images.svg.tree import PRESENTATION
from pureog.limits import check_deadline
from pureog.records import record
from pureog.usvg_css import declarations

if TYPE_CHECKING:
    from pureog.images.svg.tree import SvgNode

MAX_RULES = 2_000
"""Rules read from one SVG (hostile-input limit: matching costs rules x elements)."""

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_IDENT = r"-?[_a-zA-Z][_a-zA-Z0-9-]*"
_TOKEN = re.compile(
    rf"\s*(?:(?P<comb>[>+])|(?P<type>\*|{_IDENT})|\.(?P<cls>{_IDENT})|#(?P<id>[_a-zA-Z0-9-]+)"
    rf"|\[\s*(?P<attr>{_IDENT})\s*(?:(?P<op>[~|]?=)\s*(?P<val>\"[^\"]*\"|'[^']*'|[^\]\s]+)\s*)?\]"
    rf"|:(?P<pseudo>{_IDENT}))"
)


@record
class _Compound:
    combinator: str  # "" (first), " ", ">", "+"
    tag: str | None  # None: universal
    tests: tuple[tuple[str, str, str], ...]  # (attribute, operator, value)
    pseudo: tuple[str, ...]


@record
class Rule:
    compounds: tuple[_Compound, ...]
    declarations: tuple[tuple[str, str], ...]
    specificity: tuple[int, int, int]


def _selector(text: str) -> tuple[_Compound, ...] | None:
    """One selector (no commas), or None when it does not parse."""
    compounds: list[_Compound] = []
    pos = 0
    text = text.strip()
    combinator = ""
    tag: str | None = None
    tests: list[tuple[str, str, str]] = []
    pseudo: list[str] = []
    started = False

    def flush() -> None:
        nonlocal tag, tests, pseudo, started
        compounds.append(_Compound(combinator if compounds else "", tag, tuple(tests), tuple(pseudo)))
        tag, tests, pseudo, started = None, [], [], False

    while pos < len(text):
        space = text[pos].isspace()
        m = _TOKEN.match(text, pos)
        if m is None:
            return None
        if m.group("comb"):
            if not started:
                return None
            flush()
            combinator = m.group("comb")
        else:
            if space and started:
                flush()
                combinator = " "
            if m.group("type"):
                if started:
                    return None  # a type selector must come first in a compound
                tag = None if m.group("type") == "*" else m.group("type")
            elif m.group("cls"):
                tests.append(("class", "~=", m.group("cls")))
            elif m.group("id"):
                tests.append(("id", "=", m.group("id")))
            elif m.group("attr"):
                value = m.group("val") or ""
                if value[:1] in ("'", '"'):
                    value = value[1:-1]
                tests.append((m.group("attr"), m.group("op") or "", value))
            else:
                pseudo.append(m.group("pseudo"))
            started = True
        pos = m.end()
        if m.group("comb"):
            while pos < len(text) and text[pos].isspace():
                pos += 1
    if not started:
        return None
    flush()
    return tuple(compounds)


def _specificity(compounds: tuple[_Compound, ...]) -> tuple[int, int, int]:
    ids = classes = types = 0
    for c in compounds:
        types += c.tag is not None
        for name, _, _ in c.tests:
            if name == "id":
                ids += 1
            else:
                classes += 1
        classes += len(c.pseudo)
    return (ids, classes, types)


def _declarations(block: str) -> tuple[tuple[str, str], ...]:
    """A rule's declarations as simplecss reads a block (up to the first it cannot read)."""
    return tuple((name, value) for name, value, _important in declarations(block))


def parse_sheet(text: str) -> list[Rule]:
    """The rules of a style sheet, sorted by specificity (stable)."""
    text = _COMMENT.sub(" ", text)
    rules: list[Rule] = []
    pos = 0
    while pos < len(text) and len(rules) < MAX_RULES:
        open_at = text.find("{", pos)
        if open_at < 0:
            break
        head = text[pos:open_at].strip()
        # the block ends at the matching brace (at-rules may nest blocks)
        depth, end = 0, open_at
        while end < len(text):
            if text[end] == "{":
                depth += 1
            elif text[end] == "}":
                depth -= 1
                if depth == 0:
                    break
            end += 1
        body = text[open_at + 1 : end]
        pos = end + 1
        if head.startswith("@"):
            continue
        decls = _declarations(body)
        if not decls:
            continue
        for part in head.split(","):
            compounds = _selector(part)
            if compounds is not None:
                rules.append(Rule(compounds, decls, _specificity(compounds)))
    rules.sort(key=lambda r: r.specificity)
    return rules


def _compound_matches(c: _Compound, node: SvgNode, prev: SvgNode | None) -> bool:
    if c.tag is not None and c.tag != node.tag:
        return False
    for name, op, value in c.tests:
        actual = node.attrs.get(name)
        if actual is None:
            return False
        if op == "=" and actual != value:
            return False
        if op == "~=" and value not in actual.split(" "):
            return False
        if op == "|=" and not (actual == value or actual.startswith(value + "-")):
            return False
    return all(p == "first-child" and prev is None for p in c.pseudo)


def _matches(compounds: tuple[_Compound, ...], i: int, chain: list[tuple[SvgNode, SvgNode | None]],
             memo: dict[tuple[int, int, int], bool]) -> bool:
    """Whether compounds[..i] match the element at the end of ``chain`` ((element, previous sibling)
    from the root down). Memoized per (selector, compound, element): descendant combinators would
    otherwise try every ancestor combination (exponential in the nesting depth)."""
    node, prev = chain[-1]
    key = (id(compounds), i, id(node))
    found = memo.get(key)
    if found is not None:
        return found
    result = _matches_uncached(compounds, i, chain, memo)
    memo[key] = result
    return result


def _matches_uncached(compounds: tuple[_Compound, ...], i: int, chain: list[tuple[SvgNode, SvgNode | None]],
                      memo: dict[tuple[int, int, int], bool]) -> bool:
    node, prev = chain[-1]
    c = compounds[i]
    if not _compound_matches(c, node, prev):
        return False
    if i == 0:
        return True
    comb = c.combinator
    if comb == " ":
        return any(_matches(compounds, i - 1, chain[:k], memo) for k in range(len(chain) - 1, 0, -1))
    if comb == ">":
        return len(chain) > 1 and _matches(compounds, i - 1, chain[:-1], memo)
    if comb == "+":
        if prev is None:
            return False
        parent = chain[-2][0] if len(chain) > 1 else None
        siblings = parent.children if parent is not None else []
        k = next((j for j, s in enumerate(siblings) if s is prev), -1)
        before = siblings[k - 1] if k > 0 else None
        return _matches(compounds, i - 1, [*chain[:-1], (prev, before)], memo)
    return False


def _sheet_text(node: SvgNode, out: list[str]) -> None:
    if node.tag == "style" and (node.attrs.get("type") or "text/css").strip() == "text/css":
        out.append(node.text)
    for child in node.children:
        _sheet_text(child, out)


def apply_stylesheets(root: SvgNode) -> None:
    """Write the declarations of the document's ``<style>`` rules into the elements they match, then
    the ``style`` attributes' declarations again (they win over the rules)."""
    texts: list[str] = []
    _sheet_text(root, texts)
    rules = parse_sheet("\n".join(texts)) if texts else []
    if not rules:
        return

    memo: dict[tuple[int, int, int], bool] = {}

    def walk(node: SvgNode, chain: list[tuple[SvgNode, SvgNode | None]]) -> None:
        check_deadline()  # hostile input: rules x elements
        touched = False
        for rule in rules:
            if _matches(rule.compounds, len(rule.compounds) - 1, chain, memo):
                for name, value in rule.declarations:
                    if name in PRESENTATION:
                        node.attrs[name] = value
                        touched = True
                    elif name == "marker":
                        for side in ("marker-start", "marker-mid", "marker-end"):
                            node.attrs[side] = value
                        touched = True
        if touched:
            for name, value in node.style:
                node.attrs[name] = value
        prev = None
        for child in node.children:
            walk(child, [*chain, (child, prev)])
            prev = child

    walk(root, [(root, None)])
