"""The preview server without a browser: its routes over real HTTP (urllib), what it refuses, the
change watching (document, data file, a file the document names), errors and warnings in the state,
the event stream, and the routes of the in-browser mode (with a stand-in Pyodide)."""

from __future__ import annotations

import base64
import http.client
import io
import json
import pathlib
import socket
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

import pureog
import pureog.api
from pureog import cli
from pureog.preview import PreviewServer, PreviewSession
from pureog.preview.pyodide import RUNTIME, PyodideAssets
from pureog.preview.pyodide import bundle as pyodide_bundle
from pureog.preview.server import run
from tests.preview.support import BLUE_BOX, BROKEN, BROKEN_PATH, CARD, LOGO, WARNED, WARNED_PATH, wait_until, write


def get(server: PreviewServer, route: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(server.url + route.lstrip("/"), timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def state(server: PreviewServer) -> dict[str, Any]:
    status, _, body = get(server, "/state")
    assert status == 200
    result: dict[str, Any] = json.loads(body)
    return result


def next_state(server: PreviewServer, version: int) -> dict[str, Any]:
    """The state of the first refresh after ``version``."""
    found = wait_until(lambda: (s := state(server))["version"] > version and s, what="a re-render")
    assert isinstance(found, dict)
    return found


def test_page_and_assets(server: PreviewServer) -> None:
    status, headers, body = get(server, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'src="/page.js"' in body and b'href="/page.css"' in body
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store" and headers["X-Content-Type-Options"] == "nosniff"
    for route, kind in (("/page.js", "text/javascript"), ("/page.css", "text/css")):
        status, headers, body = get(server, route)
        assert status == 200 and headers["Content-Type"].startswith(kind) and body


def test_state_and_image(server: PreviewServer, card_dir: Path) -> None:
    current = state(server)
    assert current["ok"] and current["error"] is None and current["warnings"] == []
    assert (current["document"], current["data"], current["width"], current["height"]) == \
        ("card.yaml", "data.json", 640, 320)
    assert BLUE_BOX in current["boxes"]
    assert current["render_ms"] > 0 and current["layout_ms"] > 0
    assert current["watched"] == ["card.yaml", "data.json", "logo.svg"]
    status, headers, image = get(server, f"/image.png?v={current['image_version']}")
    assert status == 200 and headers["Content-Type"] == "image/png"
    assert image == pureog.render_png(pathlib.Path(card_dir / "card.yaml"), data={"title": "Hello preview"})


def test_only_its_own_routes(server: PreviewServer) -> None:
    for route in ("/card.yaml", "/data.json", "/logo.svg", "/secret.txt", "/../secret.txt", "/%2e%2e/secret.txt",
                  "/page.html", "/etc/passwd", "/image.png/../secret.txt", "/state/x"):
        status, _, body = get(server, route)
        assert status == 404, route
        assert b"not for the browser" not in body
    request = urllib.request.Request(server.url + "state", data=b"{}", method="POST")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    assert raised.value.code == 405


def test_binds_loopback_and_checks_the_host_header(server: PreviewServer) -> None:
    assert server.host == "127.0.0.1"
    for host, expected in ((f"127.0.0.1:{server.port}", 200), (f"localhost:{server.port}", 200),
                           (f"evil.example:{server.port}", 421), ("127.0.0.1:1", 421)):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        connection.putrequest("GET", "/state", skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == expected, host
        connection.close()


def test_edits_rerender_and_errors_keep_the_last_image(server: PreviewServer, card_dir: Path) -> None:
    first = state(server)
    _, _, old_image = get(server, "/image.png")
    write(card_dir / "card.yaml", BROKEN)
    broken = next_state(server, first["version"])
    assert not broken["ok"]
    assert broken["error"]["kind"] == "StyleError" and broken["error"]["path"] == BROKEN_PATH
    assert broken["image_version"] == first["image_version"] and broken["boxes"] == first["boxes"]
    assert get(server, "/image.png")[2] == old_image  # the last good image stays
    write(card_dir / "card.yaml", WARNED)
    warned = next_state(server, broken["version"])
    assert warned["ok"] and warned["image_version"] == warned["version"]
    assert [w["path"] for w in warned["warnings"]] == [WARNED_PATH]  # reported once, not per pass
    write(card_dir / "card.yaml", CARD.replace("width: 200", "width: 300"))
    wider = next_state(server, warned["version"])
    assert {**BLUE_BOX, "width": 300.0} in wider["boxes"] and wider["warnings"] == []


def test_data_file_and_named_files_are_watched(server: PreviewServer, card_dir: Path) -> None:
    first = state(server)
    image = get(server, "/image.png")[2]
    write(card_dir / "data.json", '{"title": "Changed"}')
    second = next_state(server, first["version"])
    assert second["ok"] and get(server, "/image.png")[2] != image
    image = get(server, "/image.png")[2]
    write(card_dir / "logo.svg", LOGO.format("#16a34a"))
    third = next_state(server, second["version"])
    assert third["ok"] and get(server, "/image.png")[2] != image
    # A file the document names before it exists: its creation renders again.
    write(card_dir / "card.yaml", CARD.replace("logo.svg", "later.svg"))
    missing = next_state(server, third["version"])
    assert missing["error"]["kind"] == "ImageError" and "later.svg" in missing["watched"]
    write(card_dir / "later.svg", LOGO.format("#000"))
    assert next_state(server, missing["version"])["ok"]


def test_unparsable_data_and_missing_document_are_shown(server: PreviewServer, card_dir: Path) -> None:
    first = state(server)
    write(card_dir / "data.json", '{"title": ')
    bad = next_state(server, first["version"])
    assert bad["error"]["kind"] == "DocumentError" and bad["image_version"] == first["image_version"]
    write(card_dir / "data.json", '{"title": "ok"}')
    good = next_state(server, bad["version"])
    (card_dir / "card.yaml").unlink()
    gone = next_state(server, good["version"])
    assert gone["error"] and "card.yaml" in gone["error"]["message"]
    write(card_dir / "card.yaml", CARD)
    assert next_state(server, gone["version"])["ok"]


def test_unexpected_exceptions_are_shown_not_fatal(card_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("a bug")

    monkeypatch.setattr(pureog.api, "render_png", broken)
    outcome = PreviewSession(str(card_dir / "card.yaml")).refresh()
    assert outcome.error is not None and outcome.error.kind == "InternalError" and "a bug" in outcome.error.message


def test_data_list_item(card_dir: Path) -> None:
    write(card_dir / "posts.json", '[{"title": "One"}, {"title": "Two"}]')
    session = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "posts.json"), item=1,
                             sets=("title=Three",))
    outcome = session.refresh()
    assert outcome.error is None and outcome.item == 1
    assert session.image() == pureog.render_png(pathlib.Path(card_dir / "card.yaml"), data={"title": "Three"})
    outcome = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "posts.json"), item=5).refresh()
    assert outcome.error is not None and outcome.error.path == "--item"


def test_event_stream(server: PreviewServer, card_dir: Path) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        connection.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        reader = connection.makefile("rb")
        assert reader.readline().startswith(b"HTTP/1.0 200")

        def event() -> dict[str, Any]:
            while True:
                line = reader.readline()
                if line.startswith(b"data: "):
                    result: dict[str, Any] = json.loads(line[6:])
                    return result

        assert event()["version"] == 1  # the current state at once
        write(card_dir / "card.yaml", BROKEN)
        pushed = event()
        assert pushed["version"] == 2 and pushed["error"]["path"] == BROKEN_PATH


def test_command_line(card_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["preview", str(card_dir / "nothing.yaml"), "--no-open"]) == 1
    assert "no such document" in capsys.readouterr().err
    assert cli.main(["preview", "-", "--no-open"]) == 1
    with pytest.raises(SystemExit):
        cli.main(["preview", "--help"])
    assert "--no-open" in capsys.readouterr().out
    with pytest.raises(pureog.PureogError):
        run(str(card_dir / "card.yaml"), data="-", open_browser=False)


def _fake_pyodide(folder: Path) -> PyodideAssets:
    runtime, wheels = folder / "node_modules" / "pyodide", folder / "wheels"
    runtime.mkdir(parents=True)
    wheels.mkdir()
    for name in RUNTIME:
        (runtime / name).write_bytes(b"runtime " + name.encode())
    (runtime / "README.md").write_text("not served")
    for name in ("fonttools-4.0-py3-none-any.whl", "pypng-1.0-py3-none-any.whl", "PyYAML-6.0-py3-none-any.whl",
                 "fonttools-4.0-cp311-cp311-linux_x86_64.whl"):
        (wheels / name).write_bytes(b"wheel " + name.encode())
    return PyodideAssets.find(str(folder))


def test_in_browser_mode_routes(card_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(pureog.PureogError, match="node_modules/pyodide"):
        PyodideAssets.find(str(tmp_path))
    assets = _fake_pyodide(tmp_path / "tool")
    # The document names secret.txt (as text): the bundle still carries only fonts and images.
    write(card_dir / "card.yaml", CARD + "      - div: secret.txt\n")
    session = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "data.json"))
    with PreviewServer(session, port=0, interval=0.05, pyodide=assets) as server:
        current = state(server)
        assert current["mode"] == "pyodide" and current["image_version"] is None  # the page renders
        wheel = f"/wheels/pureog-{pureog.__version__}-py3-none-any.whl"
        assert current["wheels"] == [wheel, "/wheels/fonttools-4.0-py3-none-any.whl",
                                     "/wheels/pypng-1.0-py3-none-any.whl", "/wheels/PyYAML-6.0-py3-none-any.whl"]
        status, headers, body = get(server, "/files")
        assert status == 200 and "'wasm-unsafe-eval'" in headers["Content-Security-Policy"]
        bundle = json.loads(body)
        assert (bundle["document"], bundle["data"]) == ("card.yaml", "data.json")
        assert sorted(bundle["files"]) == ["data/data.json", "doc/card.yaml", "doc/logo.svg"]
        assert base64.b64decode(bundle["files"]["doc/logo.svg"]) == (card_dir / "logo.svg").read_bytes()
        assert bundle["options"]["timeout"] == 20.0
        status, headers, body = get(server, "/pyodide/pyodide.asm.wasm")
        assert (status, headers["Content-Type"], body) == (200, "application/wasm", b"runtime pyodide.asm.wasm")
        status, headers, body = get(server, wheel)
        assert status == 200
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            names = set(archive.namelist())
            assert {"pureog/api.py", "pureog/preview/browser.py", "pureog/preview/page.js",
                    f"pureog-{pureog.__version__}.dist-info/RECORD"} <= names
            assert not any("__pycache__" in name for name in names)
        assert get(server, "/wheels/fonttools-4.0-py3-none-any.whl")[2] == b"wheel fonttools-4.0-py3-none-any.whl"
        for route in ("/pyodide/README.md", "/pyodide/../wheels/pypng-1.0-py3-none-any.whl", "/wheels/x.whl",
                      "/wheels/fonttools-4.0-cp311-cp311-linux_x86_64.whl", "/image.png", "/wheels/", "/pyodide/"):
            assert get(server, route)[0] == 404, route
        write(card_dir / "logo.svg", LOGO.format("#000"))
        next_state(server, current["version"])  # still watched: the page is told to render again


def test_browser_side_writes_only_under_its_root(tmp_path: Path, card_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from pureog.preview import browser  # noqa: PLC0415

    monkeypatch.setattr(browser, "ROOT", str(tmp_path / "root"))
    monkeypatch.setattr(browser, "_sessions", [])
    session = PreviewSession(str(card_dir / "card.yaml"), str(card_dir / "data.json"))
    session.refresh()
    bundle = pyodide_bundle(session)
    bundle["files"]["../escaped.txt"] = base64.b64encode(b"x").decode()
    result = json.loads(browser.update(json.dumps(bundle)))
    assert result["ok"] and not (tmp_path / "escaped.txt").exists()
    assert browser.image() == pureog.render_png(pathlib.Path(card_dir / "card.yaml"), data={"title": "Hello preview"})
