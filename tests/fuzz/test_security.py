"""Each rule of spec/security.md, tested: files only from inside the document's directory (fonts and
images), regular files only and size-capped, strings are never file names, no network, no SVG external
references or XML entities, template expressions reach no Python attribute or function, and one
hanging render does not hold up every other ImageResponse."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import pureog
from pureog import DocumentError, ImageError, LimitError, PureogError
from pureog.files import read_inside
from pureog.images.source import resolve_source
from tests.fuzz.timing import scaled

FONT = Path(pureog.__file__).parent / "fonts" / "Geist-Regular.ttf"
PNG_1X1 = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63"
                        "f8cfc0f01f0005000201a0b6ad960000000049454e44ae426082")


def _doc_with_font(folder: Path, font_path: str) -> Path:
    doc = folder / "card.yaml"
    doc.write_text(f"width: 32\nheight: 32\nfonts: [{{name: F, path: '{font_path}'}}]\nelement: {{div: x}}\n")
    return doc


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """tmp/docs/ (the document's directory, with fonts/ok.ttf) and tmp/secret.ttf outside it."""
    (tmp_path / "docs" / "fonts").mkdir(parents=True)
    (tmp_path / "docs" / "fonts" / "ok.ttf").write_bytes(FONT.read_bytes())
    (tmp_path / "secret.ttf").write_bytes(FONT.read_bytes())
    return tmp_path


def test_font_paths_stay_inside_the_document_directory(tree: Path) -> None:
    docs = tree / "docs"
    assert pureog.load_file(_doc_with_font(docs, "fonts/ok.ttf")).fonts[0].name == "F"
    for bad, message in (("../secret.ttf", "outside"), (str(tree / "secret.ttf"), "relative"),
                         ("fonts/../../secret.ttf", "outside"), ("~/x.ttf", "relative")):
        with pytest.raises(DocumentError, match=message):
            pureog.load_file(_doc_with_font(docs, bad))
    (docs / "link.ttf").symlink_to(tree / "secret.ttf")  # symlinks are resolved before the check
    (docs / "linkdir").symlink_to(tree)
    for bad in ("link.ttf", "linkdir/secret.ttf"):
        with pytest.raises(DocumentError, match="outside"):
            pureog.load_file(_doc_with_font(docs, bad))
    # A caller may widen the root explicitly (never to the file system's root).
    assert pureog.load_file(_doc_with_font(docs, "../secret.ttf"), root=str(tree)).fonts
    with pytest.raises(DocumentError, match="root"):
        pureog.load_file(_doc_with_font(docs, "fonts/ok.ttf"), root="/")


def test_only_regular_files_are_read(tree: Path) -> None:
    docs = tree / "docs"
    os.mkfifo(docs / "fifo.ttf")  # opening it for reading would wait for a writer forever
    (docs / "zero.ttf").symlink_to("/dev/zero")  # outside anyway; inside a root of /dev it is no file
    started = time.monotonic()
    with pytest.raises(DocumentError, match="not a regular file"):
        pureog.load_file(_doc_with_font(docs, "fifo.ttf"))
    with pytest.raises(DocumentError, match="not a regular file"):
        pureog.load_file(_doc_with_font(docs, "fonts"))
    with pytest.raises(DocumentError, match="outside"):
        pureog.load_file(_doc_with_font(docs, "zero.ttf"))
    with pytest.raises(ImageError, match="not a regular file"):
        read_inside("zero", "/dev", root="/dev", max_bytes=1 << 20, what="image file", error=ImageError)
    with pytest.raises(ImageError, match="not a regular file"):
        resolve_source("fifo.ttf", base_dir=str(docs))
    assert time.monotonic() - started < scaled(5.0)
    with pytest.raises(DocumentError, match="regular file"):
        pureog.load_file("/dev/zero")


def test_the_command_line_reads_only_regular_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `--data /dev/zero` (and the document of `--each`) were read whole: a MemoryError with a traceback
    from pureog.cli import main  # noqa: PLC0415

    card = tmp_path / "card.yaml"
    card.write_text("width: 20\nheight: 20\nelement: {div: '{{ x }}'}\n")
    items = tmp_path / "items.json"
    items.write_text('[{"x": "a"}]')
    os.mkfifo(tmp_path / "fifo.json")
    started = time.monotonic()
    for data in ("/dev/zero", str(tmp_path / "fifo.json"), str(tmp_path)):
        assert main(["render", str(card), "--data", data, "-o", str(tmp_path / "out.png")]) == 1
        assert "not a regular file" in capsys.readouterr().err
    assert main(["render", "/dev/zero", "--data", str(items), "--each", "-o", str(tmp_path / "{{ x }}.png")]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert time.monotonic() - started < scaled(5.0)
    assert main(["render", str(card), "--data", str(items), "--each", "-o", str(tmp_path / "{{ x }}.png")]) == 0
    assert (tmp_path / "a.png").exists()


def test_files_are_size_capped(tree: Path) -> None:
    big = tree / "docs" / "big.ttf"
    with open(big, "wb") as handle:
        handle.truncate(33 << 20)  # sparse: costs no disk
    with pytest.raises(DocumentError, match="larger than 32 MB"):
        pureog.load_file(_doc_with_font(tree / "docs", "big.ttf"))
    with pytest.raises(ImageError, match="larger than"):
        read_inside("big.ttf", str(tree / "docs"), max_bytes=1 << 20, what="image file", error=ImageError)


def test_image_paths_follow_the_same_rules(tree: Path) -> None:
    docs = tree / "docs"
    (docs / "a.png").write_bytes(PNG_1X1)
    (tree / "secret.png").write_bytes(PNG_1X1)

    assert resolve_source("a.png", base_dir=str(docs)).width == 1
    for bad, message in (("../secret.png", "outside"), (str(tree / "secret.png"), "relative"),
                         ("file://" + str(tree / "secret.png"), "not fetched"), ("a.png\0x", "NUL"),
                         ("file:../secret.png", "outside")):
        with pytest.raises(ImageError, match=message):
            resolve_source(bad, base_dir=str(docs))
    with pytest.raises(ImageError, match="root"):
        resolve_source("a.png", base_dir=str(docs), image_root="/")
    # Drawn in a document, a refused image is reported (strict: an error) and never read.
    with pytest.raises(ImageError):
        pureog.render_png(pureog.load({"img": {"src": "../secret.png", "width": 4, "height": 4}},
                                      base_dir=str(docs)), width=8, height=8, strict=True)


def test_a_string_is_never_read_as_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "card.yaml"
    secret.write_text("element: {div: top-secret-content}\n")
    with pytest.raises(DocumentError, match="load_file") as info:
        pureog.load(str(secret))
    with pytest.raises(DocumentError, match="load_file"):
        pureog.render_png(str(secret))
    assert "top-secret-content" not in str(info.value)
    assert pureog.load(secret).root.type == "div"  # a path object is read
    assert pureog.load_file(str(secret)).root.type == "div"
    # Error messages about a file that is not a document do not quote it.
    other = tmp_path / "passwd"
    other.write_text("root:x:0:0:root:/root:/bin/bash\n")
    with pytest.raises(DocumentError) as info:
        pureog.load_file(other)
    assert "root:x" not in str(info.value)
    with pytest.raises(DocumentError) as info:
        pureog.load("/etc/passwd")  # a YAML string, not a file
    assert "root:x" not in str(info.value)


def test_no_network(tmp_path: Path) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    arrived: list[Any] = []
    stop = threading.Event()

    def listen() -> None:
        while not stop.is_set():
            try:
                arrived.append(server.accept())
            except OSError:
                continue

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/x"
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="4" '
           f'height="4"><image href="{url}.png" xlink:href="{url}.png" width="4" height="4"/>'
           f'<use href="{url}.svg#a"/></svg>')
    documents: list[Any] = [
        {"img": {"src": url + ".png", "width": 4, "height": 4}},
        {"img": {"src": f"//127.0.0.1:{port}/x.png", "width": 4, "height": 4}},
        {"div": {"style": {"width": 8, "height": 8, "backgroundImage": f"url({url}.png)"}}},
        {"div": {"style": {"width": 8, "height": 8, "maskImage": f"url({url}.png)"}}},
        {"img": {"src": "data:image/svg+xml," + svg, "width": 4, "height": 4}},
        {"element": {"div": "x"}, "fonts": [{"name": "F", "path": url + ".ttf"}]},
    ]
    try:
        for document in documents:
            try:
                pureog.render_png(pureog.load(document, base_dir=str(tmp_path)), width=8, height=8)
            except PureogError:
                pass
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join()
        server.close()
    assert arrived == []


@pytest.mark.parametrize("url", ["http://example.com/x.ttf", "HTTPS://example.com/x.ttf", "//example.com/x.ttf",
                                 "data:font/ttf;base64,AAAA", "ftp://example.com/x.ttf"])
def test_font_urls_are_refused_as_written(tmp_path: Path, url: str) -> None:
    # they were looked up as relative file names ('http:/example.com/x.ttf' inside the directory)
    (tmp_path / "http:").mkdir()
    with pytest.raises(DocumentError, match="is not fetched") as info:
        pureog.load({"element": {"div": "x"}, "fonts": [{"name": "F", "path": url}]}, base_dir=str(tmp_path))
    assert info.value.path == "$.fonts[0].path"


def test_svg_external_references_and_entities_are_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("top-secret-content")
    for svg in (
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://{tmp_path}/secret.txt">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><text>&x;</text></svg>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><text>&d;&d;&d;&d;</text></svg>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><image href="secret.txt" width="4" '
        f'height="4"/><image href="file://{tmp_path}/secret.txt" width="4" height="4"/></svg>',
    ):
        started = time.monotonic()
        try:
            pureog.render_png(pureog.load({"img": {"src": "data:image/svg+xml," + svg, "width": 4, "height": 4}},
                                          base_dir=str(tmp_path)), width=8, height=8)
        except PureogError as error:
            assert "top-secret" not in str(error)
        assert time.monotonic() - started < scaled(5.0)


@pytest.mark.parametrize("expression", [
    "title.__class__", "title.upper", "__class__", "title['__class__']", "__import__('os')",
    "title.__class__.__mro__", "author.__dict__", "title | upper()", "().__class__", "title.format",
])
def test_template_expressions_reach_no_python(expression: str) -> None:
    template = {"data": {"title": "t", "author": {"name": "a"}}, "element": {"div": "{{ " + expression + " }}"}}
    try:
        document = pureog.load(template)
    except PureogError:
        return
    text = document.root.children[0]
    assert "class" not in str(text) and "built-in" not in str(text) and "method" not in str(text)


def test_a_hanging_render_does_not_block_other_responses() -> None:
    slow = {"div": {"style": {"display": "flex", "flexWrap": "wrap"},
                    "children": [{"div": {"style": {"width": 3, "height": 3, "boxShadow": "0 0 60px red"}}}] * 1500}}
    hanging = pureog.ImageResponse(slow, width=400, height=400, timeout=1.0)
    thread = threading.Thread(target=lambda: hanging._render_guarded(), daemon=True)
    thread.start()
    time.sleep(0.1)  # the slow render is running now
    started = time.monotonic()
    quick = pureog.ImageResponse({"div": "ok"}, width=32, height=32, timeout=10.0)
    assert quick.body.startswith(b"\x89PNG")
    assert time.monotonic() - started < scaled(6.0)
    thread.join(10)
    with pytest.raises(LimitError):
        hanging.body  # noqa: B018
