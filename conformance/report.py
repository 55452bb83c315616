"""The HTML report of a conformance run: reference | pureog | diff heat map for every case, worst first.

Role: :class:`conformance.runner.RunResult` -> ``<report dir>/index.html`` (images already written next
to it under ``images/`` by the workers: plain files, not base64, so the page stays light and every
image can be opened on its own). The page filters by area, by status and by a text search with a few
lines of inline JavaScript; it needs no server (open the file). Imports only the standard library and
:mod:`conformance.runner`.
"""

from __future__ import annotations

import html
import math
from datetime import UTC, datetime
from pathlib import Path

from conformance.runner import ERROR, FAIL, PASS, CaseResult, RunResult, area_table

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
header{position:sticky;top:0;background:#1d2330;color:#fff;padding:10px 16px;z-index:2;
 display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header h1{font-size:17px;margin:0 12px 0 0}
header select,header input{font:inherit;padding:3px 6px}
.summary{margin:12px 16px;display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
.summary pre{background:#fff;border:1px solid #dde;padding:8px 12px;margin:0;font-size:12px}
.case{background:#fff;margin:10px 16px;border:1px solid #dde;border-left:6px solid #999;padding:8px 12px}
.case.pass{border-left-color:#2a9d58}.case.fail{border-left-color:#e0a020}.case.error{border-left-color:#d33}
.case h2{font-size:15px;margin:0 0 2px}.case .meta{color:#556;font-size:12px;margin-bottom:6px}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;color:#fff;margin-right:6px}
.badge.pass{background:#2a9d58}.badge.fail{background:#e0a020}.badge.error{background:#d33}
.expected{background:#778}
.row{display:flex;gap:10px;flex-wrap:wrap}
figure{margin:0}figcaption{font-size:11px;color:#667}
figure img{display:block;max-width:380px;max-height:240px;border:1px solid #ccd;
 background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px;image-rendering:pixelated}
.err{white-space:pre-wrap;font:12px/1.35 ui-monospace,monospace;color:#a11;background:#fff4f4;padding:6px 8px;
 margin:6px 0 0;border:1px solid #f0caca}
.hidden{display:none}
"""

_SCRIPT = """
const area=document.getElementById('area'),status=document.getElementById('status'),
 q=document.getElementById('q'),count=document.getElementById('count');
function apply(){let n=0;for(const c of document.querySelectorAll('.case')){
 const ok=(!area.value||c.dataset.area===area.value)&&(!status.value||c.dataset.status===status.value||
 (status.value==='failing'&&c.dataset.status!=='pass'))&&
 (!q.value||c.dataset.search.includes(q.value.toLowerCase()));
 c.classList.toggle('hidden',!ok);if(ok)n++;}count.textContent=n+' shown';}
for(const e of [area,status,q])e.addEventListener('input',apply);
const h=new URLSearchParams(location.hash.slice(1));if(h.get('area'))area.value=h.get('area');
if(h.get('status'))status.value=h.get('status');if(h.get('q'))q.value=h.get('q');apply();
"""


def _fmt_psnr(value: float | None) -> str:
    if value is None:
        return "-"
    return "identical" if math.isinf(value) else f"{value:.2f} dB"


def _sort_key(r: CaseResult) -> tuple[int, float, str]:
    order = {ERROR: 0, FAIL: 1, PASS: 2}[r.status]
    return (order, r.psnr if r.psnr is not None else 0.0, r.id)


def _case_html(r: CaseResult, expected: dict[str, str]) -> str:
    e = html.escape
    badge = f'<span class="badge {r.status}">{r.status}</span>'
    if r.id in expected and not r.passed:
        badge += '<span class="badge expected" title="listed in expectations.yaml">expected</span>'
    scores = (f"PSNR {_fmt_psnr(r.psnr)} (min {r.min_psnr:g}) · off "
              f"{'-' if r.off_share is None else f'{100 * r.off_share:.2f}%'} (max {100 * r.max_off_share:g}%) · "
              f"max diff {'-' if r.max_diff is None else r.max_diff}")
    if r.render_ms is not None:
        scores += f" · render {r.render_ms:.0f} ms"
    meta = f"{e(r.title)} · features: {e(', '.join(r.features))}"
    if r.tolerance_reason:
        meta += f" · tolerance: {e(r.tolerance_reason)}"
    figures = []
    for kind, label in (("reference", "reference (Next.js)"), ("candidate", "pureog"), ("diff", "diff heat map")):
        src = r.images.get(kind)
        if src:
            figures.append(f'<figure><figcaption>{label}</figcaption><a href="{e(src)}"><img loading="lazy" '
                           f'src="{e(src)}" alt="{label}"></a></figure>')
    body = f'<div class="row">{"".join(figures)}</div>' if figures else ""
    notes = []
    if r.error:
        notes.append(r.error)
    if r.id in expected and not r.passed:
        notes.append(f"expectations.yaml: {expected[r.id]}")
    err = f'<div class="err">{e(chr(10).join(notes))}</div>' if notes else ""
    search = e(f"{r.id} {r.title} {' '.join(r.features)} {r.error}".lower())
    return (f'<section class="case {r.status}" id="{e(r.id)}" data-area="{e(r.area)}" data-status="{r.status}" '
            f'data-search="{search}"><h2>{badge}<a href="#{e(r.id)}">{e(r.id)}</a></h2>'
            f'<div class="meta">{meta}<br>{scores}</div>{err}{body}</section>')


def write_report(run: RunResult, report_dir: str | Path, expected: dict[str, str] | None = None) -> Path:
    """Write ``index.html`` into ``report_dir`` (whose ``images/`` the run filled); returns its path."""
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    expected = expected or {}
    results = sorted(run.results, key=_sort_key)
    areas = sorted({r.area for r in results})
    options = "".join(f'<option value="{html.escape(a)}">{html.escape(a)} '
                      f'({sum(r.passed for r in results if r.area == a)}/{sum(r.area == a for r in results)})</option>'
                      for a in areas)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pureog conformance: {run.passed}/{len(results)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head><body>
<header><h1>pureog conformance</h1>
<span>{run.passed} passed, {run.failed} failed</span>
<label>area <select id="area"><option value="">all</option>{options}</select></label>
<label>status <select id="status"><option value="">all</option>
<option value="failing">failing</option><option value="error">error</option><option value="fail">fail</option>
<option value="pass">pass</option></select></label>
<input id="q" type="search" placeholder="search id, feature, error"><span id="count"></span></header>
<div class="summary"><pre>{html.escape(area_table(results))}</pre>
<p>Generated {stamp} with {run.jobs} worker(s) in {run.elapsed_s:.1f} s.<br>Worst first: errors, then failures by
PSNR, then passes by PSNR. Reference = Next.js 16.4.6 <code>ImageResponse</code>.<br>Diff: faded reference, red where
a channel differs by more than 8/255, pink for smaller differences. Click an image to open it full size.</p></div>
{''.join(_case_html(r, expected) for r in results)}
<script>{_SCRIPT}</script></body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
