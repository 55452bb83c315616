// Reference renderer for pureog's conformance suite.
//
// Role: render React-shaped element trees with the REAL Next.js 16.4.6 `ImageResponse` (Satori 0.29.0
// + resvg-wasm; `sharp` must not be installed, see package.json / `npm ci --omit=optional`) and write
// the PNGs. Input -> output: a JSON job file (or stdin) -> one PNG per job, plus one JSON report on
// stdout. Dev tool only: pureog never imports or runs this at runtime.
//
// Job file:
//   {"jobs": [{"out": "a.png", "width": 1200, "height": 630,
//              "fonts": [{"name": "Geist", "path": "x.ttf", "weight": 400, "style": "normal"}] | null,
//              "emoji": "twemoji", "debug": false,
//              "element": {"type": "div", "props": {"style": {...}, "children": ...}}}]}
// Relative `out` and font `path` values resolve against the job file's directory (cwd for stdin).
//
// Usage:
//   node render.mjs jobs.json            render every job once
//   node render.mjs - < jobs.json        same, job file on stdin
//   node render.mjs jobs.json --time 10  render each job 10 times; report cold and median warm ms
//   options: --emoji-dir DIR   serve Twemoji 14.0.2 SVGs (named like 1f600.svg) from DIR
//            --emoji-set NAME=DIR  serve emoji set NAME (twemoji, openmoji, blobmoji, noto, fluent,
//                                  fluentFlat) from DIR, a complete copy of the set (files named as
//                                  Next requests them, like 1F600.svg or 1f600_flat.svg); a file DIR
//                                  lacks gets the CDN's 404, as online
//            --only N          render only job N (0-based), useful for debugging one case
//
// Offline by design: `fetch` is replaced before Next loads. Next asks the network for Google fonts
// when no given font covers some text (that rejection is caught by Next, logged, and .notdef boxes
// are drawn, which IS the offline reference) and for emoji SVGs (that rejection is NOT caught by
// Next and fails the whole render, so such a job is reported as failed unless --emoji-dir has the
// file). A stubbed fetch also keeps the output deterministic and the timings free of network waits.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadFonts, round2, timeRenders } from './job_runner.mjs';

const TWEMOJI_PREFIX = 'https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/';
// Where @vercel/og fetches each emoji set (its `apis` table; `<CODE>.svg` is appended).
const EMOJI_SET_PREFIXES = {
  twemoji: TWEMOJI_PREFIX,
  openmoji: 'https://cdn.jsdelivr.net/npm/@svgmoji/openmoji@2.0.0/svg/',
  blobmoji: 'https://cdn.jsdelivr.net/npm/@svgmoji/blob@2.0.0/svg/',
  noto: 'https://cdn.jsdelivr.net/gh/svgmoji/svgmoji/packages/svgmoji__noto/svg/',
  fluent: 'https://cdn.jsdelivr.net/gh/shuding/fluentui-emoji-unicode/assets/', // + <code>_color.svg
  fluentFlat: 'https://cdn.jsdelivr.net/gh/shuding/fluentui-emoji-unicode/assets/', // + <code>_flat.svg
};

function parseArgs(argv) {
  const args = { jobFile: '-', time: 0, emojiDir: null, emojiSets: {}, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--time') args.time = Number(argv[++i]);
    else if (a === '--emoji-dir') args.emojiDir = argv[++i];
    else if (a === '--emoji-set') {
      const [name, dir] = String(argv[++i]).split(/=(.*)/s);
      if (!(name in EMOJI_SET_PREFIXES) || !dir) throw new Error(`--emoji-set expects NAME=DIR, NAME one of ${Object.keys(EMOJI_SET_PREFIXES)}`);
      args.emojiSets[name] = dir;
    } else if (a === '--only') args.only = Number(argv[++i]);
    else if (a === '-h' || a === '--help') {
      process.stderr.write('usage: node render.mjs [jobs.json|-] [--time N] [--emoji-dir DIR] [--emoji-set NAME=DIR]... [--only N]\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.jobFile = a;
  }
  if (!Number.isInteger(args.time) || args.time < 0) throw new Error('--time expects a whole number >= 0');
  return args;
}

// Installed before `next/og.js` is imported so that no code path can reach the network.
function installOfflineFetch(emojiDir, emojiSets) {
  const requested = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // Inline data (Yoga's bundled WASM, data-URI images) is not network access.
    if (url.startsWith('data:')) return realFetch(input, init);
    requested.push(url);
    if (emojiDir && url.startsWith(TWEMOJI_PREFIX)) {
      const file = resolve(emojiDir, basename(new URL(url).pathname));
      if (existsSync(file)) {
        return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'image/svg+xml' } });
      }
    }
    for (const [name, dir] of Object.entries(emojiSets)) {
      if (!url.startsWith(EMOJI_SET_PREFIXES[name])) continue;
      const file = resolve(dir, basename(new URL(url).pathname));
      if (existsSync(file)) {
        return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'image/svg+xml' } });
      }
      // DIR is the whole set, so the CDN would not have the file either; Next does not check the status
      // and hands the 404 page on as the emoji's "SVG".
      return new Response(`Couldn't find the requested file /${basename(url)}.`, { status: 404 });
    }
    throw new TypeError(`offline oracle: network access refused for ${url}`);
  };
  return requested;
}

// Next logs each refused font download with a full stack trace; keep one line per refusal so real
// problems stay visible on stderr.
function quietConsoleError() {
  console.error = (...parts) => {
    const text = parts.map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : String(p))).join(' ');
    process.stderr.write(text + '\n');
  };
}

async function readJobText(jobFile) {
  if (jobFile !== '-') return readFileSync(jobFile, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// Font files are read once per path and the same Buffer is reused: Satori caches parsed fonts by
// buffer identity, exactly as a long-running server that loads its fonts at start-up would.
function validateJob(job, index) {
  const where = `jobs[${index}]`;
  if (typeof job !== 'object' || job === null) throw new Error(`${where}: expected an object`);
  if (typeof job.out !== 'string') throw new Error(`${where}.out: expected a path string`);
  for (const key of ['width', 'height']) {
    if (!Number.isFinite(job[key]) || job[key] <= 0) throw new Error(`${where}.${key}: expected a positive number`);
  }
  if (typeof job.element !== 'object' || job.element === null || !('type' in job.element)) {
    throw new Error(`${where}.element: expected {type, props}`);
  }
}

async function renderOnce(ImageResponse, job, fonts) {
  const options = { width: job.width, height: job.height, debug: Boolean(job.debug) };
  if (fonts) options.fonts = fonts;
  if (job.emoji) options.emoji = job.emoji;
  const start = performance.now();
  const response = new ImageResponse(job.element, options);
  const png = Buffer.from(await response.arrayBuffer());
  return { png, ms: performance.now() - start };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const requested = installOfflineFetch(args.emojiDir, args.emojiSets);
  quietConsoleError();
  const baseDir = args.jobFile === '-' ? process.cwd() : dirname(resolve(args.jobFile));
  const doc = JSON.parse(await readJobText(args.jobFile));
  const jobs = Array.isArray(doc) ? doc : doc.jobs;
  if (!Array.isArray(jobs)) throw new Error('job file: expected {"jobs": [...]}');

  const importStart = performance.now();
  const { ImageResponse } = await import('next/og.js');
  const importMs = performance.now() - importStart;

  const report = { next: '16.4.6', import_ms: round2(importMs), jobs: [] };
  let failures = 0;
  for (let i = 0; i < jobs.length; i++) {
    if (args.only !== null && i !== args.only) continue;
    const job = jobs[i];
    const entry = { index: i, out: job && job.out };
    const fetchesBefore = requested.length;
    try {
      validateJob(job, i);
      const fonts = loadFonts(job.fonts, baseDir);
      await timeRenders(() => renderOnce(ImageResponse, job, fonts), args.time, resolve(baseDir, job.out), entry);
    } catch (err) {
      failures++;
      entry.ok = false;
      entry.error = String(err && err.stack ? err.message : err);
      process.stderr.write(`job ${i} (${entry.out}) failed: ${entry.error}\n`);
    }
    const refused = requested.slice(fetchesBefore);
    if (refused.length) entry.network_requests = [...new Set(refused)];
    report.jobs.push(entry);
    // progress for the caller's watchdog: a document that makes Satori loop forever is killed and
    // reported by regenerate.py, and the jobs after it still run
    process.stderr.write(`@done ${JSON.stringify(entry)}\n`);
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  process.exitCode = failures ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`render.mjs: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
