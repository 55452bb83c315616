// Benchmark driver (not a test): render bench jobs with Takumi (@takumi-rs/core, the Rust/napi OG
// renderer) and time it, as conformance/oracle/render.mjs does for Next.js ImageResponse.
//
// Role: the job file render.mjs reads (conformance/oracle/regenerate.py `build_job`: width, height,
// fonts as files, React-shaped `element` with images inlined as data URIs, `emoji` set) -> one PNG per
// job plus one JSON report on stdout. Dev tool only: pureog never imports or runs this.
//
// How a job becomes a Takumi render, the way a `next/og` user switching to Takumi would call it:
//   - `fromJsx` (@takumi-rs/helpers/jsx) turns the React-shaped tree into Takumi's node tree, with its
//     default (Chromium) presets: a bare <div> is `display: block` in Takumi, `display: flex` in Satori
//     and pureog. The bench cards set `display: flex` on every element with more than one child (Satori
//     requires it), so the presets change only elements holding text, where block and flex lay out
//     alike. (Satori's default as a preset would be worse: `extractEmojis` turns a text with emoji into
//     a container carrying the text's preset, and a flex container lays its runs out as flex items.)
//   - the job's fonts (the same TTF/OTF files, name/weight/style) go in the `fonts` render option;
//     Takumi registers them once per Buffer (read once per path, like render.mjs) and uses them in
//     registration order as the family fallback chain.
//   - images stay the data URIs the job carries; Takumi decodes them itself.
//   - emoji: `extractEmojis` (@takumi-rs/helpers/emoji) replaces emoji graphemes of the job's `emoji`
//     set with image nodes whose `src` is a CDN URL; offline, each URL is answered from --emoji-dir
//     (files named as the URL's last segment, e.g. 1f600.svg: the very SVGs pureog and the Next
//     reference draw) through the `images` option. A URL with no file fails the job, as a refused
//     fetch does in render.mjs.
//
// Timing (`--time N`): cold = the first render of the job in this process, and the first job of a
// process also pays for loading the native binding and helpers, creating the Renderer and registering
// its fonts (as @vercel/og's first render loads its bundle and WASM); warm = median of the other
// N - 1 renders, each converting the tree again (fromJsx, extractEmojis) and encoding a PNG. Node's own
// start-up is not counted. Font files are read before the clock, as in render.mjs; an emoji file is
// read on first use, inside it, as render.mjs's stubbed fetch reads it (and then kept, as @vercel/og does).
//
// Usage (from anywhere; packages resolve from conformance/oracle/node_modules):
//   node bench/takumi_render.mjs jobs.json [--time N] [--emoji-dir DIR]
// Report: {"takumi": "2.16.3", "jobs": [{"index", "out", "ok": true, "bytes", "cold_ms", "warm_median_ms"}
//          | {"index", "out", "ok": false, "error"}]}; exit 1 if a job failed.
// Setup: `npm ci --omit=optional` in conformance/oracle omits Takumi's native binary (an optional
// dependency of @takumi-rs/core, like sharp is of next); add it without touching the lock file:
//   cd conformance/oracle && npm install --no-save --omit=optional @takumi-rs/core-<platform>@2.16.3
// (<platform> e.g. linux-x64-gnu); the report's error names the package when it is missing.

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadFonts as loadSharedFonts, timeRenders } from '../conformance/oracle/job_runner.mjs';

const ORACLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'conformance', 'oracle');
const requireOracle = createRequire(resolve(ORACLE_DIR, 'package.json'));
const readJson = (...path) => JSON.parse(readFileSync(resolve(ORACLE_DIR, ...path), 'utf8'));
// The pinned version (conformance/oracle/package.json) names the native binary's package; the report
// gives the installed one.
const TAKUMI_VERSION = readJson('package.json').dependencies['@takumi-rs/core'];
function installedVersion() {
  try {
    return readJson('node_modules', '@takumi-rs', 'core', 'package.json').version;
  } catch {
    return `${TAKUMI_VERSION} (not installed)`;
  }
}

function parseArgs(argv) {
  const args = { jobFile: null, time: 0, emojiDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--time') args.time = Number(argv[++i]);
    else if (a === '--emoji-dir') args.emojiDir = argv[++i];
    else if (a === '-h' || a === '--help') {
      process.stderr.write('usage: node takumi_render.mjs jobs.json [--time N] [--emoji-dir DIR]\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.jobFile = a;
  }
  if (!args.jobFile) throw new Error('expected a job file');
  if (!Number.isInteger(args.time) || args.time < 0) throw new Error('--time expects a whole number >= 0');
  return args;
}

function platformPackage() {
  const libc = process.platform === 'linux' ? (process.report?.getReport()?.header?.glibcVersionRuntime ? '-gnu' : '-musl') : '';
  const abi = process.platform === 'win32' ? '-msvc' : libc;
  return `@takumi-rs/core-${process.platform}-${process.arch}${abi}@${TAKUMI_VERSION}`;
}

// Loaded on the first render, inside its timing (see the header).
let takumi = null;
function loadTakumi() {
  if (takumi) return takumi;
  let core;
  try {
    core = requireOracle('@takumi-rs/core');
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') throw new Error('@takumi-rs/core is not installed: npm ci --omit=optional in conformance/oracle');
    throw new Error(`${err.message.split('.')[0]}: install ${platformPackage()} (see bench/takumi_render.mjs)`);
  }
  takumi = {
    renderer: new core.Renderer(),
    fromJsx: requireOracle('@takumi-rs/helpers/jsx').fromJsx,
    extractEmojis: requireOracle('@takumi-rs/helpers/emoji').extractEmojis,
  };
  return takumi;
}

// Takumi's font objects: the shared loader's, without Satori's `lang` hint.
function loadFonts(fonts, baseDir) {
  return (loadSharedFonts(fonts, baseDir) ?? []).map(({ lang, ...font }) => font);
}

function imageSources(node, found = new Set()) {
  if (node.type === 'image' && typeof node.src === 'string' && /^https?:/.test(node.src)) found.add(node.src);
  for (const child of node.children ?? []) if (child) imageSources(child, found);
  return found;
}

// The emoji "fetch": CDN URL -> bytes of the file of the same name in --emoji-dir, read once.
const emojiCache = new Map();
function emojiImages(node, emojiDir) {
  return [...imageSources(node)].map((src) => {
    if (!emojiCache.has(src)) {
      const file = emojiDir && resolve(emojiDir, basename(new URL(src).pathname));
      if (!file || !existsSync(file)) throw new Error(`offline: no emoji file for ${src}`);
      emojiCache.set(src, readFileSync(file));
    }
    return { src, data: emojiCache.get(src) };
  });
}

async function renderOnce(job, fonts, args) {
  const start = performance.now();
  const { renderer, fromJsx, extractEmojis } = loadTakumi();
  const { node: tree, css } = await fromJsx(job.element);
  const node = job.emoji ? extractEmojis(tree, job.emoji) : tree;
  const options = { width: job.width, height: job.height, format: 'png', fonts, images: emojiImages(node, args.emojiDir) };
  if (css.length) options.css = css;
  const png = await renderer.render(node, options);
  return { png, ms: performance.now() - start };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const baseDir = dirname(resolve(args.jobFile));
  const doc = JSON.parse(readFileSync(args.jobFile, 'utf8'));
  const jobs = Array.isArray(doc) ? doc : doc.jobs;
  const report = { takumi: installedVersion(), jobs: [] };
  let failures = 0;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const entry = { index: i, out: job.out };
    try {
      const fonts = loadFonts(job.fonts, baseDir);
      await timeRenders(() => renderOnce(job, fonts, args), args.time, resolve(baseDir, job.out), entry);
    } catch (err) {
      failures++;
      Object.assign(entry, { ok: false, error: String(err && err.message ? err.message : err).split('\n')[0] });
      process.stderr.write(`job ${i} (${entry.out}) failed: ${entry.error}\n`);
    }
    report.jobs.push(entry);
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  process.exitCode = failures ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`takumi_render.mjs: ${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 2;
});
