"""Batches (pureog/batch.py and ``pureog render --each``): order, failures as values, executors
(a process pool and a real Dask cluster), the output cache and the CLI's --jobs / --keep-going."""

from __future__ import annotations

import json
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import pureog
from pureog.batch import RenderJob, render_many
from pureog.cli import main
from pureog.errors import StyleError

TEMPLATE = {"width": 40, "height": 20,
            "element": {"div": {"style": {"width": "100%", "height": "100%", "backgroundColor": "{{ colour }}"}}}}
COLOURS = ["red", "#00ff00", "blue", "notacolor", "black"]


def _jobs() -> list[RenderJob]:
    return [RenderJob(TEMPLATE, {"colour": c}) for c in COLOURS]


def _expected() -> list[bytes | None]:
    out: list[bytes | None] = []
    for c in COLOURS:
        try:
            out.append(pureog.render(TEMPLATE, data={"colour": c}, strict=True))
        except pureog.PureogError:
            out.append(None)
    return out


def test_errors_pickle_whole() -> None:
    error = pickle.loads(pickle.dumps(StyleError("bad", path="$.x")))
    assert (type(error), error.message, error.path, str(error)) == (StyleError, "bad", "$.x", "$.x: bad")


def test_in_process_order_failures_and_stop() -> None:
    results = list(render_many(_jobs(), strict=True))
    assert [r.index for r in results] == list(range(5))
    assert [r.image for r in results] == _expected()
    assert isinstance(results[3].error, pureog.PureogError) and "notacolor" in str(results[3].error)
    stopped = list(render_many(_jobs(), strict=True, keep_going=False))
    assert [r.index for r in stopped] == [0, 1, 2, 3] and not stopped[-1].ok
    plain = list(render_many([{"div": {"style": {"width": 10, "height": 10}}}], width=10, height=10,
                             format="webp"))
    assert plain[0].image is not None and plain[0].image[8:12] == b"WEBP"


def test_process_pool_gives_the_same_bytes() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(render_many(_jobs(), executor=pool, strict=True))
    assert [r.image for r in results] == _expected()
    assert isinstance(results[3].error, StyleError)


def test_dask_cluster_as_executor() -> None:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        results = list(render_many(_jobs(), executor=client.get_executor(), strict=True))
    assert [r.image for r in results] == _expected()


def test_cli_each_jobs_cache_and_keep_going(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "card.yaml"
    doc.write_text(json.dumps({**TEMPLATE, "element": {"img": {"src": "{{ pic }}", "width": 40, "height": 20}}}))
    (tmp_path / "a.png").write_bytes(pureog.render_png({"div": {"style": {"backgroundColor": "red"}}},
                                                       width=4, height=4))
    (tmp_path / "b.png").write_bytes(pureog.render_png({"div": {"style": {"backgroundColor": "blue"}}},
                                                       width=4, height=4))
    items = [{"slug": "one", "pic": "a.png"}, {"slug": "two", "pic": "b.png"}, {"slug": "three", "pic": "a.png"}]
    data = tmp_path / "items.json"
    data.write_text(json.dumps(items))
    out = str(tmp_path / "out" / "{{ slug }}.png")
    assert main(["render", str(doc), "--data", str(data), "--each", "-o", out, "-j", "2"]) == 0
    first = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.png")}
    assert sorted(first) == ["one.png", "three.png", "two.png"]
    capsys.readouterr()
    # Nothing changed: every card is up to date.
    assert main(["render", str(doc), "--data", str(data), "--each", "-o", out]) == 0
    assert "3 up to date, 0 to render" in capsys.readouterr().err
    # A file a card names changes: that card (and only the cards naming it) render again.
    stat = os.stat(tmp_path / "b.png")
    os.utime(tmp_path / "b.png", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert main(["render", str(doc), "--data", str(data), "--each", "-o", out]) == 0
    err = capsys.readouterr().err
    assert "2 up to date, 1 to render" in err and "two.png" in err
    # A bad item: named by index and output; --keep-going renders the rest and exits 1.
    items[1]["pic"] = "missing.png"
    data.write_text(json.dumps(items))
    assert main(["render", str(doc), "--data", str(data), "--each", "-o", out, "--keep-going", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "pureog: item 1 (" in err and "two.png" in err and "missing.png" in err
    assert err.count("wrote ") == 2
    assert main(["render", str(doc), "--data", str(data), "--each", "-o", out, "--no-cache"]) == 1
    assert "pureog: item 1 (" in capsys.readouterr().err
