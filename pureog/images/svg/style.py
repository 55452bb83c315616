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
Imports :mod:`pureog.limits` (the deadline, the SVG budget), :mod:`pureog.errors` and
:mod:`pureog.images.svg.tree`'s node type.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pureog.errors import ImageError
from pureog.images.svg.tree import PRESENTATION
from pureog.limits import charge_svg, check_deadline
from pureog.records import record
from pureog.usvg_css import declarations

if TYPE_CHECKING:
    from pureog.images.svg.tree import SvgNode

MAX_RULES = 2_000
"""Rules read from one SVG, the selectors of a comma list each one (hostile-input limit: matching costs
rules x elements)."""

MAX_SELECTOR_TESTS = 500_000
"""Selector tests one SVG's style sheet may make (a compound tried on an element, or looked up in the
memo of a descendant combinator: ~1.3 us each). Each element is tried only with the rules whose last
compound could match it (their id, a class, the tag, or none of these: :func:`_candidates`), so a sheet
of a few dozen rules over thousands of elements makes about one test an element; but 2,000 rules that
all name ``rect`` over 50,000 rects would make 100 million. Past it: :class:`ImageError`. Round
fourteen: every rule was tried on every element, and each result kept: 2,000 ``.cN`` rules over 5,000
rects 12.9 s and 1.6 GB, over 20,000 past 120 s."""

TESTS_A_UNIT = 4
"""Selector tests charged as one SVG drawing unit to the render (``limits.charge_svg``; a unit is ~3-4 us
of drawing): the render's SVGs together stay under its budget."""

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
            if compounds is not None and len(rules) < MAX_RULES:  # (one block's list counts rule by rule)
                rules.append(Rule(compounds, decls, _specificity(compounds)))
    rules.sort(key=lambda r: r.specificity)
    return rules


class _Matcher:
    """Selector matching for one sheet: the memo of descendant combinators and the tests made so far."""

    def __init__(self) -> None:
        self.memo: dict[tuple[int, int, int], bool] = {}
        self.tests = 0
        self.words: dict[tuple[int, str], frozenset[str]] = {}  # an attribute split as `~=` splits it

    def word_set(self, node: SvgNode, name: str, actual: str) -> frozenset[str]:
        """``actual`` (``node``'s attribute ``name``) split at single spaces, once per element: a class
        list of 2,000 names tried by 2,000 rules was split again for each (200 such rects: 19 s)."""
        key = (id(node), name)
        found = self.words.get(key)
        if found is None:
            found = self.words[key] = frozenset(actual.split(" "))
        return found

    def spend(self) -> None:
        self.tests += 1
        if self.tests > MAX_SELECTOR_TESTS:
            raise ImageError(f"the SVG's style sheet makes more than {MAX_SELECTOR_TESTS:,} selector tests "
                             "(rules x elements; spec/limits.md)")

    def matches(self, compounds: tuple[_Compound, ...], i: int, chain: list[tuple[SvgNode, SvgNode | None]]) -> bool:
        """Whether compounds[..i] match the element at the end of ``chain`` ((element, previous sibling)
        from the root down). Memoized per (selector, compound, element) below the last compound:
        descendant combinators would otherwise try every ancestor combination (exponential in the
        nesting depth); the last compound is tried once per element and kept nowhere."""
        self.spend()
        if i == len(compounds) - 1:
            return self._uncached(compounds, i, chain)
        node, _ = chain[-1]
        key = (id(compounds), i, id(node))
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._uncached(compounds, i, chain)
        return found

    def _uncached(self, compounds: tuple[_Compound, ...], i: int, chain: list[tuple[SvgNode, SvgNode | None]]) \
            -> bool:
        node, prev = chain[-1]
        c = compounds[i]
        if not self._compound_matches(c, node, prev):
            return False
        if i == 0:
            return True
        comb = c.combinator
        if comb == " ":
            return any(self.matches(compounds, i - 1, chain[:k]) for k in range(len(chain) - 1, 0, -1))
        if comb == ">":
            return len(chain) > 1 and self.matches(compounds, i - 1, chain[:-1])
        if comb == "+":
            if prev is None:
                return False
            parent = chain[-2][0] if len(chain) > 1 else None
            siblings = parent.children if parent is not None else []
            k = next((j for j, s in enumerate(siblings) if s is prev), -1)
            before = siblings[k - 1] if k > 0 else None
            return self.matches(compounds, i - 1, [*chain[:-1], (prev, before)])
        return False

    def _compound_matches(self, c: _Compound, node: SvgNode, prev: SvgNode | None) -> bool:
        if c.tag is not None and c.tag != node.tag:
            return False
        for name, op, value in c.tests:
            actual = node.attrs.get(name)
            if actual is None:
                return False
            if op == "=" and actual != value:
                return False
            if op == "~=" and value not in self.word_set(node, name, actual):
                return False
            if op == "|=" and not (actual == value or actual.startswith(value + "-")):
                return False
        return all(p == "first-child" and prev is None for p in c.pseudo)



def _bucket(rule: Rule) -> tuple[str, str]:
    """The key an element must carry for the rule's last compound to match it: its id, one of its
    classes, its tag, or ("", "") for a compound that names none of these."""
    last = rule.compounds[-1]
    for name, op, value in last.tests:
        if name == "id" and op == "=":
            return ("id", value)
    for name, op, value in last.tests:
        if name == "class" and op == "~=":
            return ("class", value)
    return ("tag", last.tag) if last.tag is not None else ("", "")


def _candidates(index: dict[tuple[str, str], list[int]], node: SvgNode) -> list[int]:
    """The rules (by their place in the sorted sheet) whose last compound could match ``node``."""
    found = list(index.get(("", ""), ()))
    found += index.get(("tag", node.tag), ())
    element_id = node.attrs.get("id")
    if element_id is not None:
        found += index.get(("id", element_id), ())
    classes = node.attrs.get("class")
    if classes is not None:
        for name in dict.fromkeys(classes.split(" ")):  # as `~=` splits it
            found += index.get(("class", name), ())
    found.sort()
    return found


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

    matcher = _Matcher()
    index: dict[tuple[str, str], list[int]] = {}
    for k, rule in enumerate(rules):
        index.setdefault(_bucket(rule), []).append(k)

    def walk(node: SvgNode, chain: list[tuple[SvgNode, SvgNode | None]]) -> None:
        check_deadline()  # hostile input: rules x elements
        touched = False
        for k in _candidates(index, node):
            rule = rules[k]
            if matcher.matches(rule.compounds, len(rule.compounds) - 1, chain):
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

    try:
        walk(root, [(root, None)])
    finally:
        charge_svg(-(-matcher.tests // TESTS_A_UNIT))
