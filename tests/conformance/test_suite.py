"""The conformance suite itself (CI mode) plus the runner's, case files' and report's own behaviour.

``test_suite_matches_expectations`` renders every case with pureog in a process pool and fails when a
case that ``conformance/expectations.yaml`` does not list fails: the README's test command thus runs
the whole suite against the committed Next.js references (no Node needed).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from conformance import runner
from conformance.casefile import CASES_DIR, CaseFormatError, case_id, discover, load_document, read_case
from conformance.oracle.regenerate import build_job
from conformance.report import write_report
from conformance.runner import (
    ERROR,
    FAIL,
    PASS,
    CaseResult,
    RunResult,
    area_table,
    check_expectations,
    load_expectations,
    run,
    run_case,
    write_expectations,
)
from tests.conformance.pngfixtures import encode_png, solid_rows

AREAS = {"layout", "text", "fonts", "color", "borders", "radius", "backgrounds", "box-shadow", "opacity",
         "transforms", "images", "svg", "clip", "emoji", "debug", "cards", "tw", "tolerance",
         "filters", "cards-real", "satori-style", "grid", "browser", "inline", "text-shaping", "bidi",
         "fonts-variable"}


def test_suite_matches_expectations() -> None:
    outcome = run(jobs=None, report_dir=None)
    expected = load_expectations()
    check = check_expectations(outcome.results, expected, [case_id(p) for p in discover()])
    if check.now_passing:
        warnings.warn(f"listed in expectations.yaml but passing now (remove them): {', '.join(check.now_passing)}",
                      stacklevel=1)
    assert not check.unknown, f"expectations.yaml names unknown cases: {check.unknown}"
    assert not check.unexpected, "unexpected conformance failures:\n" + "\n".join(
        f"  {r.id}: {r.reason()}" for r in check.unexpected)


def test_cases_are_many_well_formed_and_have_references() -> None:
    paths = discover()
    assert len(paths) >= 200
    infos = [read_case(p)[0] for p in paths]
    assert {i.area for i in infos} == AREAS
    for info in infos:
        assert info.reference.is_file(), f"{info.id}: missing reference (regenerate.py)"
        assert info.features and info.title
        if (info.min_psnr, info.max_off_share) != (30.0, 0.01):
            assert info.tolerance_reason, f"{info.id}: tolerance without a reason"


def test_every_case_loads_as_a_pureog_document_and_an_oracle_job(tmp_path: Path) -> None:
    for path in discover():
        document = load_document(path)
        job = build_job(document, tmp_path / "out.png", tmp_path)
        assert "case" not in job["element"].get("props", {})
        assert (job["width"], job["height"]) == (document.width, document.height)


def _write_case(root: Path, rel: str, body: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


CASE = """case:
  title: a red square
  features: [backgroundColor]
{tolerance}width: 4
height: 4
element:
  div: {{style: {{width: 100%, height: 100%, backgroundColor: '{color}'}}}}
"""


def test_read_case_strips_case_and_requires_tolerance_reason(tmp_path: Path) -> None:
    path = _write_case(tmp_path, "a/red.yaml", CASE.format(tolerance="", color="red"))
    info, document = read_case(path, tmp_path)
    assert (info.id, info.area, info.name, info.title, info.features) == ("a/red", "a", "red", "a red square",
                                                                          ("backgroundColor",))
    assert "case" not in document and document["width"] == 4
    bad = _write_case(tmp_path, "a/bad.yaml", CASE.format(tolerance="", color="red").replace(
        "features: [backgroundColor]", "features: [backgroundColor]\n  tolerance: {min_psnr: 20}"))
    with pytest.raises(CaseFormatError, match="reason"):
        read_case(bad, tmp_path)
    ok = _write_case(tmp_path, "a/tol.yaml", CASE.format(tolerance="", color="red").replace(
        "features: [backgroundColor]", "features: [backgroundColor]\n  tolerance: {min_psnr: 20, reason: why}"))
    info, _ = read_case(ok, tmp_path)
    assert (info.min_psnr, info.max_off_share, info.tolerance_reason) == (20.0, 0.01, "why")


def _red_reference(path: Path) -> None:
    path.with_name(path.stem + ".ref.png").write_bytes(encode_png(4, 4, solid_rows(4, 4, (255, 0, 0, 255))))


def test_run_case_pass_fail_and_error(tmp_path: Path) -> None:
    good = _write_case(tmp_path, "a/red.yaml", CASE.format(tolerance="", color="red"))
    wrong = _write_case(tmp_path, "a/blue.yaml", CASE.format(tolerance="", color="blue"))
    broken = _write_case(tmp_path, "b/broken.yaml", CASE.format(tolerance="", color="red").replace(
        "backgroundColor: 'red'", "backgroundColor: 'red', padding: 12pq"))
    for path in (good, wrong, broken):
        _red_reference(path)
    report = tmp_path / "report"
    (report / "images").mkdir(parents=True)
    passed = run_case(str(good), str(report), 10, str(tmp_path))
    assert passed.status == PASS and passed.psnr == float("inf")
    assert (report / passed.images["candidate"]).is_file() and (report / passed.images["diff"]).is_file()
    failed = run_case(str(wrong), None, 10, str(tmp_path))
    assert failed.status == FAIL and failed.max_diff == 255
    assert failed.reason().startswith("renders but PSNR")
    errored = run_case(str(broken), str(report), 10, str(tmp_path))
    assert errored.status == ERROR and "12pq" in errored.error
    assert set(errored.images) == {"reference"}  # the report still shows what was expected


def test_missing_reference_and_malformed_case_are_errors_not_crashes(tmp_path: Path) -> None:
    orphan = _write_case(tmp_path, "a/orphan.yaml", CASE.format(tolerance="", color="red"))
    junk = _write_case(tmp_path, "a/junk.yaml", "width: 4\nelement: {div: null}\n")
    result = run([], jobs=2, root=tmp_path)
    by_id = {r.id: r for r in result.results}
    assert set(by_id) == {"a/orphan", "a/junk"}
    assert by_id["a/junk"].status == ERROR and "case:" in by_id["a/junk"].error
    assert by_id["a/orphan"].status == ERROR
    assert result.passed == 0 and result.failed == 2
    del orphan, junk


def _result(cid: str, status: str, psnr: float | None = None, error: str = "") -> CaseResult:
    return CaseResult(cid, cid.split("/")[0], "t", ("f",), status, psnr=psnr, off_share=0.2 if psnr else None,
                      max_diff=10 if psnr else None, error=error)


def test_expectations_check_and_rewrite_keep_hand_written_reasons(tmp_path: Path) -> None:
    results = [_result("a/ok", PASS, float("inf")), _result("a/low", FAIL, 21.5),
               _result("b/boom", ERROR, error="StyleError: nope\nmore"), _result("b/known", FAIL, 12.0)]
    expected = {"a/ok": "was broken", "b/known": "hand-written reason", "z/gone": "renamed"}
    check = check_expectations(results, expected, ["a/ok", "a/low", "b/boom", "b/known"])
    assert [r.id for r in check.unexpected] == ["a/low", "b/boom"]
    assert check.now_passing == ("a/ok",) and check.unknown == ("z/gone",) and not check.ok
    path = tmp_path / "expectations.yaml"
    path.write_text("a/ok: was broken\nb/known: hand-written reason\nc/notrun: still listed\n", encoding="utf-8")
    written = write_expectations(results, path, ["a/ok", "a/low", "b/boom", "b/known", "c/notrun"])
    assert written == {"a/low": "renders but PSNR 21.5 dB (min 30), 20.0% pixels off (max 1%)",
                       "b/boom": "StyleError: nope", "b/known": "hand-written reason", "c/notrun": "still listed"}
    assert load_expectations(path) == written


def test_table_and_report(tmp_path: Path) -> None:
    results = (_result("a/ok", PASS, float("inf")), _result("a/low", FAIL, 21.5), _result("b/boom", ERROR, error="E"))
    table = area_table(results)
    assert table.splitlines()[-1].split()[:5] == ["total", "3", "1", "1", "1"]
    index = write_report(RunResult(results, 1.0, 2), tmp_path, {"a/low": "known"})
    page = index.read_text(encoding="utf-8")
    # worst first: the error, then the failure, then the pass
    assert page.index('id="b/boom"') < page.index('id="a/low"') < page.index('id="a/ok"')
    assert 'data-area="a"' in page and "expectations.yaml: known" in page


def test_cli_last_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conformance.__main__ import main

    status = main(["layout/direction-column-reverse", "--no-report", "-j", "1",
                   "--expectations", str(tmp_path / "none.yaml"), "--ci"])
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] in ("1 passed, 0 failed", "0 passed, 1 failed")
    assert status == (0 if out[-1].startswith("1 passed") else 1)


def test_default_root_is_the_committed_cases() -> None:
    assert runner.CASES_DIR == CASES_DIR and (CASES_DIR / "layout").is_dir()
