"""Templates: ``{{ }}`` substitution, filters, $each / $if, data merging, errors with paths, limits, API, CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog import PureogError
from pureog.cli import main
from pureog.document.expression import compile_expression, to_text
from pureog.document.load import load
from pureog.document.model import Element, Text
from pureog.document.template import TemplateLimits, expand_document, expand_value, merge_data
from pureog.errors import DocumentError, LimitError
from tests.fuzz.timing import scaled


def expand(element: Any, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """The expanded ``element`` of a template document."""
    return expand_document({"data": data or {}, "element": element}, **kwargs)["element"]


def texts(element: Element) -> list[str]:
    out: list[str] = []
    for child in element.children:
        out.extend([child.text] if isinstance(child, Text) else texts(child))
    return out


# --- substitution --------------------------------------------------------------------------------


def test_interpolation_in_text_and_nested_paths() -> None:
    data = {"post": {"title": "Hi", "author": {"name": "Ann"}, "tags": ["a", "b"]}, "n": 3.0}
    assert expand("{{ post.title }} by {{post.author.name}}!", data) == "Hi by Ann!"
    assert expand("{{ post.tags[1] }}/{{ post.tags.0 }}/{{ post['title'] }}", data) == "b/a/Hi"
    assert expand("{{ n }} items", data) == "3 items"  # numbers print as JavaScript does


def test_whole_string_placeholder_keeps_the_type() -> None:
    data = {"size": 48, "tags": ["a", "b"], "style": {"color": "red"}, "on": True, "none": None}
    assert expand("{{ size }}", data) == 48
    assert expand("{{ tags }}", data) == ["a", "b"]
    assert expand("{{ style }}", data) == {"color": "red"}
    assert expand("{{ on }}", data) is True
    assert expand("{{ none }}", data) is None
    assert expand(" {{ size }}", data) == " 48"  # anything around it makes text


def test_substituted_data_is_never_expanded_again() -> None:
    data = {"evil": "{{ secret }}", "cond": {"$if": "x", "then": "boom"}}
    assert expand("{{ evil }}", data) == "{{ secret }}"
    assert expand("{{ cond }}", data) == {"$if": "x", "then": "boom"}


def test_caller_data_merges_over_defaults() -> None:
    defaults = {"title": "Default", "author": {"name": "A", "role": "dev"}, "tags": ["x", "y"]}
    merged = merge_data(defaults, {"author": {"name": "B"}, "tags": ["z"]})
    assert merged == {"title": "Default", "author": {"name": "B", "role": "dev"}, "tags": ["z"]}
    assert defaults["author"] == {"name": "A", "role": "dev"}  # not mutated


def test_lists_and_mappings_cannot_be_put_inside_text() -> None:
    with pytest.raises(DocumentError, match=r"cannot put a list inside text .*join"):
        expand({"div": "tags: {{ tags }}"}, {"tags": ["a"]})


# --- filters -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{{ name | upper }}", "ADA LOVELACE"),
        ("{{ name | lower }}", "ada lovelace"),
        ("{{ word | capitalize }}", "Hello"),
        ("{{ word | title }}", "Hello"),
        ("{{ '  x ' | trim }}", "x"),
        ("{{ missing | default('anon') }}", "anon"),
        ("{{ nothing | default('anon') }}", "anon"),
        ("{{ name | default('anon') }}", "Ada Lovelace"),
        ("{{ tags | join(', ') }}", "a, b, c"),
        ("{{ tags | join }}", "a, b, c"),
        ("{{ tags | length }}", 3),
        ("{{ tags | first }}-{{ tags | last }}", "a-c"),
        ("{{ tags | slice(0, 2) | join('+') }}", "a+b"),
        ("{{ name | replace('Ada', 'Augusta') }}", "Augusta Lovelace"),
        ("{{ long | truncate(20) }}", "The quick brown fox…"),
        ("{{ long | truncate(12, '...') }}", "The quick..."),
        ("{{ name | truncate(60) }}", "Ada Lovelace"),
        ("{{ day | date }}", "Jan 5, 2025"),
        ("{{ day | date('%A %d %B %Y') }}", "Sunday 05 January 2025"),
        ("{{ stamp | date('%Y-%m-%d %H:%M') }}", "2024-12-31 23:59"),
        ("{{ meta | items | length }}", 2),
    ],
)
def test_filters(template: str, expected: Any) -> None:
    data = {"name": "Ada Lovelace", "word": "hello", "tags": ["a", "b", "c"], "nothing": None,
            "long": "The quick brown fox jumps over the lazy dog", "day": "2025-01-05",
            "stamp": "2024-12-31T23:59:00Z", "meta": {"a": 1, "b": 2}}
    assert expand(template, data) == expected


def test_truncate_never_exceeds_the_length() -> None:
    text = "word " * 40
    for n in range(1, 60):
        assert len(expand(f"{{{{ t | truncate({n}) }}}}", {"t": text})) <= n


def test_filter_errors_are_clear() -> None:
    with pytest.raises(DocumentError, match=r"unknown filter 'shout' \(filters: .*upper"):
        expand("{{ x | shout }}", {"x": "a"})
    with pytest.raises(DocumentError, match=r"filter 'join' expects a list, got a string"):
        expand("{{ x | join }}", {"x": "a"})
    with pytest.raises(DocumentError, match=r"'date' expects an ISO date"):
        expand("{{ x | date }}", {"x": "yesterday"})
    with pytest.raises(DocumentError, match=r"'truncate' expects a whole number"):
        expand("{{ x | truncate('a') }}", {"x": "abc"})


def test_expression_syntax_errors() -> None:
    with pytest.raises(DocumentError, match=r"empty expression"):
        expand("{{ }}", {})
    with pytest.raises(DocumentError, match=r"without a closing"):
        expand("a {{ b", {"b": 1})
    with pytest.raises(DocumentError, match=r"unexpected"):
        expand("{{ a b }}", {"a": 1})
    with pytest.raises(DocumentError, match=r"unexpected '@ b' in expression 'a @ b'"):
        compile_expression("a @ b")
    with pytest.raises(LimitError):
        compile_expression("a" + " | upper" * 200)


def test_no_python_attribute_access() -> None:
    # Only mapping keys and list indexes are reachable: a Python object's attributes are not.
    with pytest.raises(DocumentError, match=r"is a string, it has no key '__class__'"):
        expand("{{ s.__class__ }}", {"s": "x"})
    with pytest.raises(DocumentError, match=r"'upper'"):
        expand("{{ s.upper }}", {"s": "x"})


def test_to_text_follows_javascript_number_printing() -> None:
    assert [to_text(v) for v in (3.0, 2.5, 10, True, None, float("nan"))] == ["3", "2.5", "10", "true", "", "NaN"]


# --- directives ----------------------------------------------------------------------------------


def test_each_splices_into_children_with_loop_variables() -> None:
    element = {"div": {"children": [
        {"span": "first"},
        {"$each": "tags", "as": "tag", "do": {"span": "{{ loop.index }}/{{ loop.length }} {{ tag }}"}},
        {"span": "last"},
    ]}}
    out = expand(element, {"tags": ["a", "b"]})
    assert out["div"]["children"] == [{"span": "first"}, {"span": "1/2 a"}, {"span": "2/2 b"}, {"span": "last"}]


def test_each_as_the_whole_children_value_and_default_name() -> None:
    out = expand({"div": {"children": {"$each": "{{ xs }}", "do": {"b": "{{ item }}{{ loop.index0 }}"}}}},
                 {"xs": ["p", "q"]})
    assert out == {"div": {"children": [{"b": "p0"}, {"b": "q1"}]}}


def test_each_over_a_literal_list_and_over_items() -> None:
    out = expand({"$each": [1, "{{ two }}"], "as": "n", "do": "{{ n }}"}, {"two": 2})
    assert out == [1, 2]
    pairs = expand({"$each": "meta | items", "as": "p", "do": "{{ p.key }}={{ p.value }}"}, {"meta": {"a": 1}})
    assert pairs == ["a=1"]


def test_nested_each_and_if() -> None:
    data = {"posts": [{"title": "A", "tags": ["x", "y"], "draft": True},
                      {"title": "B", "tags": [], "draft": False}]}
    element = {"div": {"children": {
        "$each": "posts", "as": "post", "do": {"div": {"children": [
            "{{ post.title }}",
            {"$if": "post.draft", "then": {"i": "draft"}},
            {"$each": "post.tags", "as": "tag", "do": {"span": "{{ post.title }}:{{ tag }}"}},
            {"$if": "not post.tags", "then": {"span": "no tags"}},
        ]}}}}}
    out = expand(element, data)
    assert out["div"]["children"] == [
        {"div": {"children": ["A", {"i": "draft"}, {"span": "A:x"}, {"span": "A:y"}]}},
        {"div": {"children": ["B", {"span": "no tags"}]}},
    ]


def test_if_then_else_and_missing_branch() -> None:
    element = {"$if": "author.avatar", "then": {"img": {"src": "{{ author.avatar }}"}}, "else": {"span": "none"}}
    assert expand(element, {"author": {"avatar": "a.png"}}) == {"img": {"src": "a.png"}}
    assert expand(element, {"author": {}}) == {"span": "none"}
    # A missing key in a condition is simply false (a condition tests presence) ...
    assert expand(element, {}) == {"span": "none"}
    # ... and an $if without the taken branch disappears from lists and mappings.
    out = expand({"div": {"style": {"color": {"$if": "dark", "then": "white"}},
                          "children": ["a", {"$if": "dark", "then": "b"}]}}, {"dark": False})
    assert out == {"div": {"style": {}, "children": ["a"]}}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("n > 2", True), ("n >= 4", False), ("n == 3", True), ("n != 3", False), ("name == 'x'", True),
        ("tags | length > 1", True), ("a and b", False), ("a or b", True), ("not b", True),
        ("(a or b) and n < 10", True), ("''", False), ("0", False), ("'0'", True), ("empty", False),
        ("{{ a }}", True), (True, True), (None, False),
    ],
)
def test_conditions(condition: Any, expected: bool) -> None:
    data = {"n": 3, "name": "x", "tags": [1, 2], "a": 1, "b": 0, "empty": []}
    assert expand({"$if": condition, "then": "yes", "else": "no"}, data) == ("yes" if expected else "no")


def test_directive_shape_errors_name_the_path() -> None:
    with pytest.raises(DocumentError, match=r"^\$\.element\.div\.children: unknown key 'then' in \$each"):
        expand({"div": {"children": {"$each": "xs", "then": 1, "do": 1}}}, {"xs": []})
    with pytest.raises(DocumentError, match=r"\$each needs 'do'"):
        expand({"$each": "xs"}, {"xs": []})
    with pytest.raises(DocumentError, match=r"'as' must be a simple name"):
        expand({"$each": "xs", "as": "loop", "do": 1}, {"xs": []})
    with pytest.raises(DocumentError, match=r"not both"):
        expand({"$each": "xs", "$if": "x", "do": 1}, {"xs": []})
    with pytest.raises(DocumentError, match=r"^\$\.element\.div: unknown template directive '\$for'"):
        expand({"div": {"$for": "xs"}}, {})
    with pytest.raises(DocumentError, match=r"\$each expects a list, but 'name' is a string"):
        expand({"$each": "name", "do": 1}, {"name": "abc"})
    with pytest.raises(DocumentError, match=r"is a mapping; iterate over 'm \| items'"):
        expand({"$each": "m", "do": 1}, {"m": {}})


# --- missing values ------------------------------------------------------------------------------


def test_missing_value_error_names_template_path_and_key() -> None:
    element = {"div": {"children": [{"h1": "{{ title }}"}, {"p": "By {{ author.nmae }}"}]}}
    with pytest.raises(DocumentError) as info:
        expand(element, {"title": "T", "author": {"name": "A"}})
    assert info.value.path == "$.element.div.children[1].p"
    assert "'author' has no key 'nmae' (available: name)" in str(info.value)
    assert "By {{ author.nmae }}" in str(info.value)
    with pytest.raises(DocumentError, match=r"'titel' is not in the data \(available: author, title\)"):
        expand({"h1": "{{ titel }}"}, {"title": "T", "author": {}})


def test_missing_value_inside_each_says_which_item() -> None:
    element = {"$each": "posts", "as": "post", "do": {"b": "{{ post.title }}"}}
    with pytest.raises(DocumentError) as info:
        expand(element, {"posts": [{"title": "a"}, {"slug": "b"}]})
    assert info.value.path == "$.element.do.b"
    assert "(in item 1 of 'posts')" in str(info.value)


def test_lenient_mode_renders_missing_values_as_empty() -> None:
    element = {"div": {"children": ["{{ a.b.c }}", "x{{ nope }}y", {"$each": "missing", "do": 1},
                                    "{{ nope | upper }}"]}}
    assert expand(element, {}, lenient=True) == {"div": {"children": [None, "xy", ""]}}


# --- limits --------------------------------------------------------------------------------------


def test_node_limit_stops_exponential_loops() -> None:
    data = {"xs": list(range(200))}
    bomb = {"$each": "xs", "do": {"$each": "xs", "do": {"$each": "xs", "do": "{{ item }}"}}}
    with pytest.raises(LimitError, match=r"more than 20000 nodes"):
        expand(bomb, data)
    # Iterations that make nothing still count: the work is bounded, not just the output.
    idle = {"$each": "xs", "do": {"$each": "xs", "do": {"$if": "false", "then": 1}}}
    with pytest.raises(LimitError):
        expand(idle, data, limits=TemplateLimits(max_nodes=10_000))


def test_depth_and_text_limits() -> None:
    deep: Any = "x"
    for _ in range(300):
        deep = {"div": deep}
    with pytest.raises(LimitError, match=r"nested deeper than 200"):
        expand(deep, {})
    with pytest.raises(LimitError, match=r"longer than 100000 characters"):
        expand("{{ s }}{{ s }}", {"s": "a" * 60_000})
    with pytest.raises(LimitError, match=r"characters of text"):
        expand({"$each": "xs", "do": "{{ s }}"}, {"xs": list(range(100)), "s": "a" * 60_000})


def test_expressions_nested_past_the_limit_are_limit_errors_not_recursion_errors() -> None:
    """Round sixteen: 495 parentheses fit the 1,000 characters of an expression and overflowed Python's
    stack in the recursive-descent parser (a RecursionError); so could `not` chains and filter arguments
    nested in each other. Nesting stops at 64 levels, with the template's path; 64 still parse, also at
    the bottom of a deep template."""
    for expr in ("(" * 495 + "x" + ")" * 495, "not " * 245 + "x", "(not " * 160 + "x" + ")" * 160,
                 "x | default(" * 70 + "1" + ")" * 70):
        document = {"width": 64, "height": 64, "element": {"div": {"children": "{{ " + expr + " }}"}}}
        with pytest.raises(LimitError, match="nested deeper than 64") as info:
            pureog.render_png(load(document, data={"x": "y"}))
        assert info.value.path == "$.element.div.children"
    node: Any = {"div": {"children": "{{ " + "(" * 64 + "x" + ")" * 64 + " }}"}}
    for _ in range(66):
        node = {"div": {"children": [node]}}
    pureog.render_png(load({"width": 64, "height": 64, "element": node}, data={"x": "y"}))
    assert compile_expression("not " * 64 + "x")[0] == "not"


def test_unsupported_data_types_are_rejected() -> None:
    with pytest.raises(DocumentError, match=r"template data holds a object"):
        expand("{{ x }}", {"x": object()})


# --- the loader and the API ----------------------------------------------------------------------


TEMPLATE = """
width: 300
height: 120
data:
  title: Default title
  tags: [a, b]
element:
  div:
    style: {display: flex, fontSize: "{{ size | default(20) }}"}
    children:
      - span: "{{ title }}"
      - $each: tags
        as: tag
        do: {b: "#{{ tag }}"}
"""


def test_loader_expands_templates_before_parsing() -> None:
    doc = load(TEMPLATE)
    assert (doc.width, doc.height) == (300, 120)
    assert doc.root.style == (("display", "flex"), ("fontSize", 20))
    assert texts(doc.root) == ["Default title", "#a", "#b"]
    doc = load(TEMPLATE, data={"title": "Hello", "size": 40, "tags": []})
    assert texts(doc.root) == ["Hello"]
    assert doc.root.style[1] == ("fontSize", 40)


def test_plain_documents_are_not_templates() -> None:
    doc = load({"div": "{{ literally }}"})
    assert texts(doc.root) == ["{{ literally }}"]
    with pytest.raises(DocumentError, match=r"template directive outside a template: add a top-level 'data:'"):
        load({"div": {"children": {"$each": "xs", "as": "x", "do": "x"}}})
    # Passing data makes any document a template, even a bare element.
    assert texts(load({"div": "{{ x }}"}, data={"x": "y"}).root) == ["y"]


def test_fonts_are_never_expanded() -> None:
    out = expand_document({"data": {"p": "/etc/passwd"}, "fonts": [{"name": "x", "path": "{{ p }}"}],
                           "element": {"div": None}})
    assert out["fonts"] == [{"name": "x", "path": "{{ p }}"}]


def test_data_must_be_a_mapping() -> None:
    with pytest.raises(DocumentError, match=r"^\$\.data: expected a mapping"):
        load({"data": [1], "element": {"div": None}})
    with pytest.raises(DocumentError, match=r"template data must be a mapping"):
        load({"element": {"div": None}}, data=[1])  # type: ignore[arg-type]


def test_unquoted_placeholder_in_yaml_gets_a_hint() -> None:
    with pytest.raises(DocumentError, match=r"quote values that start with"):
        load("data: {}\nelement:\n  span: {{ title }}\n")


def test_render_png_with_data_matches_the_plain_document() -> None:
    plain = {"width": 60, "height": 30, "element": {"div": {"style": {"width": "100%", "height": "100%",
                                                                   "background": "#ff0000"}}}}
    template = {"width": "{{ w }}", "height": 30, "data": {"w": 10},
                "element": {"div": {"style": {"width": "100%", "height": "100%", "background": "{{ bg }}"}}}}
    assert pureog.render_png(template, data={"w": 60, "bg": "#ff0000"}) == pureog.render_png(plain)
    assert pureog.load(template, data={"bg": "red"}).width == 10
    with pytest.raises(DocumentError, match=r"\$\.element\.div\.style\.background: .*'bg' is not in the data"):
        pureog.render_png(template)


def test_the_blog_example_renders_its_posts() -> None:
    root = Path(__file__).resolve().parents[2] / "examples"
    posts = json.loads((root / "blog-posts.json").read_text())
    assert len(posts) == 3
    for post in posts:
        doc = pureog.load(root / "blog-template.yaml", data=post)
        words = texts(doc.root)
        assert f"By {post['author']['name']}" in words
        assert [w for w in words if w.startswith("#")] == [f"#{t}" for t in post["tags"][:3]]
        assert (post["author"].get("role") in words) == ("role" in post["author"])


# --- the command line ----------------------------------------------------------------------------

CARD = """
width: 80
height: 40
data: {title: Default, color: "#00ff00"}
element:
  div:
    style: {width: 100%, height: 100%, background: "{{ color }}"}
    children: "{{ title }}"
"""


def test_cli_data_and_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.yaml"
    card.write_text(CARD)
    (tmp_path / "post.json").write_text(json.dumps({"title": "From file", "color": "#0000ff"}))
    out = tmp_path / "a.png"
    assert main(["render", str(card), "--data", str(tmp_path / "post.json"), "--set", "title=Hi",
                 "-o", str(out)]) == 0
    assert out.read_bytes() == pureog.render_png(card, data={"title": "Hi", "color": "#0000ff"})
    assert main(["layout", str(card), "--set", "title=x", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["type"] == "div"
    # --set values are JSON when they parse as JSON, else text; dotted keys make mappings.
    from pureog.cli import _with_sets

    assert _with_sets({"a": {"b": 1}}, ["a.c=3", "t=hello world", "f=false", "s=\"3\""]) == {
        "a": {"b": 1, "c": 3}, "t": "hello world", "f": False, "s": "3"}


def test_cli_each_renders_one_png_per_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.yaml"
    card.write_text(CARD)
    posts = [{"slug": "one", "title": "1"}, {"slug": "../two", "title": "2", "color": "#ff0000"}]
    (tmp_path / "posts.json").write_text(json.dumps(posts))
    pattern = str(tmp_path / "out" / "{{ slug }}.png")
    assert main(["render", str(card), "--data", str(tmp_path / "posts.json"), "--each", "-o", pattern]) == 0
    # Data cannot steer the output out of the pattern's folder: separators and leading dots are replaced.
    assert sorted(p.name for p in (tmp_path / "out").glob("*.png")) == ["-two.png", "one.png"]
    assert (tmp_path / "out" / "-two.png").read_bytes() == pureog.render_png(card, data=posts[1])
    # Without -o: <document>-<n>.png next to the document.
    assert main(["render", str(card), "--data", str(tmp_path / "posts.json"), "--each"]) == 0
    assert (tmp_path / "card-1.png").is_file() and (tmp_path / "card-2.png").is_file()
    capsys.readouterr()


def test_cli_template_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "card.yaml"
    card.write_text(CARD)
    (tmp_path / "posts.json").write_text(json.dumps([{"title": "a"}, {"title": "b"}]))
    args = ["render", str(card), "--data", str(tmp_path / "posts.json")]
    assert main(args) == 1
    assert "add --each" in capsys.readouterr().err
    assert main([*args, "--each", "-o", str(tmp_path / "same.png")]) == 1
    assert "items 0 and 1 would both be written" in capsys.readouterr().err
    assert main([*args, "--each", "-o", str(tmp_path / "{{ slug }}.png")]) == 1
    assert "--output: in '" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.png"))  # names are checked before anything is rendered
    assert main(["render", str(card), "--set", "nokey", "-o", str(tmp_path / "x.png")]) == 1
    assert "expected KEY=VALUE" in capsys.readouterr().err
    missing = tmp_path / "missing.yaml"
    missing.write_text("data: {}\nelement:\n  div: '{{ nope }}'\n")
    assert main(["render", str(missing), "-o", str(tmp_path / "m.png")]) == 1
    assert "$.element.div: in '{{ nope }}': 'nope' is not in the data" in capsys.readouterr().err
    assert main(["render", str(missing), "--lenient", "-o", str(tmp_path / "m.png")]) == 0


def test_expand_value_for_name_patterns() -> None:
    assert expand_value("out/{{ slug | lower }}.png", {"slug": "Hi"}) == "out/hi.png"


def test_literal_braces_and_yaml_alias_bombs() -> None:
    assert expand("{{ '{{' }} x }}", {}) == "{{ x }}"
    bomb = "data: {}\nelement:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefg":
        previous = chr(ord(level) - 1)
        bomb += f"  {level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, " \
                f"*{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
    with pytest.raises(LimitError, match=r"more than 20000 nodes"):
        load(bomb)


def test_a_lone_data_key_is_the_data_element() -> None:
    assert load({"data": {"children": "{{ x }}"}}).root.type == "data"


def test_unclosed_placeholders_are_found_in_linear_time() -> None:
    # '{{' without '}}' 100,000 times: the regex placeholder scan went to the end from each '{{' (minutes)
    import time  # noqa: PLC0415  (only here)

    start = time.process_time()
    for text in ("{{ x" * 100_000, "{{" * 50_000 + "x" + "}}" * 50_000, "{ {{" * 100_000):
        with pytest.raises(PureogError):
            expand_document({"data": {"x": 1}, "element": {"div": text}})
    assert time.process_time() - start < scaled(5)
    assert expand_document({"data": {"x": 1}, "element": {"div": "a{{x}}b{{ x }}}}{{x}}"}})["element"] == {
        "div": "a1b1}}1"}


def test_long_strings_a_template_expands_are_not_kept_across_documents() -> None:
    """Round nineteen: every string a template expanded was kept as the key of compile_text's cache
    (4,096 of them, plain ones too, of up to the template's 5,000,000 characters): documents each holding
    a distinct long string (an attribute, a data URI) kept them all (60 of 4 MB: 267 MB resident). Plain
    strings are no longer kept, nor templates longer than MAX_KEPT_TEXT_CHARS."""
    import gc  # noqa: PLC0415
    import tracemalloc  # noqa: PLC0415

    pureog.clear_caches()
    gc.collect()
    tracemalloc.start()
    try:
        for i in range(20):
            long = f"{i:04d}" + "y" * 500_000
            expanded = expand_value({"a": long, "b": "{{ t }} " + long[:90_000], "c": "{{ t }}"}, {"t": "hi"})
            assert expanded["b"] == "hi " + long[:90_000] and expanded["a"] is long
            del expanded, long
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2_000_000  # before: 13.6 MB (the strings and a template's parts)
