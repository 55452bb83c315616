#!/usr/bin/env node
// Dev tool: turn a real Open Graph card module (opengraph-image.tsx, og/route.tsx, api/og.tsx, ...) into a
// self-contained pureog document (React-shaped JSON), for the `cards-real` conformance area.
//
//   node conformance/realcards/extract.mjs CARD.tsx [--call default|GET] [--title TEXT] [--no-generic] [--keep-paths]
//        [--props JSON] [--query K=V&...] [--root REPO_DIR] [--magic-args | --args JSON_ARRAY] [--items N]
//        [--route PATH] [--modules DIR] > card.json
//
// The module is transpiled with the Babel that Next.js bundles (conformance/oracle/node_modules/next/dist/
// compiled/babel: TypeScript + JSX, nothing to install), evaluated with stubs, and its export called:
//   - `next/og`, `next/server`, `@vercel/og`: an ImageResponse that records (element, options); `satori`
//     likewise (cards that call it themselves, then resvg: stubbed too);
//   - file reads (`fs`, `fs/promises`) and `fetch`: fonts become the committed Geist files
//     (conformance/fonts, chosen by the weight the file name suggests), images our conformance/assets,
//     Google Fonts CSS a stub pointing at Geist; JSON answers and unknown modules a "magic" value that
//     reads as a sample title;
//   - params / searchParams: magic values too (`await params` works); a magic list maps to two items, or to
//     N with `--items N` (`.map`, `for...of`, `.length`, `.slice(a, b)` and `.forEach` see N);
//   - cards outside Next.js (round sixteen): `workers-og`'s ImageResponse of an HTML string (its own
//     parser's tree: white-space texts kept), Hono apps (`--route PATH`), Workers modules
//     (`export default { fetch }`), Cloudflare Pages Functions (`onRequestGet`), Deno's `og_edge`,
//     `@cloudflare/pages-plugin-vercel-og`, `og-img`, `satori-astro`, `@ethercorps/sveltekit-og`, Svelte
//     components and the real satori-html (`--modules DIR`: a scratch `npm install svelte satori-html`),
//     SvelteKit's `$lib` and `kit.alias`, font and image files imported as modules;
// Function components are called (as Satori does), fragments flattened, and the tree is written as
// {type, props} with `width`/`height` from the options or the module's `size`. Unless --no-generic, every
// text is replaced by generic words of the same lengths and case (the structure and styles stay), so the
// committed documents carry no site's wording. Image sources and CSS url()s point at ../../assets/.
// Nothing of the card's source is written out. Dev-only: never imported by pureog. An SVG path longer
// than 240 characters (a logo) becomes a generic shape over its bounding box unless --keep-paths (local
// debugging only, as --no-generic: round twenty-one compared cards with their real logo paths).
//
// With --real-fonts (round seventeen; needs --root) the card's own font files are loaded instead of Geist:
// `import.meta.url` and `process.cwd()` point into the checked-out repository, a font file read or fetched
// is the repository's file of that path (or of that file name anywhere in it, or in a --font-pool DIR: a
// scratch `npm install @expo-google-fonts/<family> pretendard ...`, for CDN and Google Fonts addresses),
// Google Fonts CSS names the pool's face of each weight asked for, and the entry's path reads
// `real:/abs/file` (realfonts.py subsets it into conformance/fonts/real/). Generic texts then keep each
// letter's script (kana for kana, Han for Han, Hangul, Cyrillic, Thai..., accented Latin letters stay
// accented) and punctuation, so a Japanese title is still a Japanese-looking title of the same length.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';
import os from 'node:os';
import crypto from 'node:crypto';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const oracle = path.join(here, '..', 'oracle');
const require = createRequire(path.join(oracle, 'package.json'));
const babelDir = path.join(oracle, 'node_modules', 'next', 'dist', 'compiled', 'babel');
const babel = require(path.join(babelDir, 'core.js'));
const React = require('react');

const args = process.argv.slice(2);
const opt = { call: null, title: null, generic: true, props: null, root: null, magicArgs: false, items: 2, itemsGiven: false };
let file = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--call') opt.call = args[++i];
  else if (a === '--title') opt.title = args[++i];
  else if (a === '--items') { opt.items = Number(args[++i]); opt.itemsGiven = true; }
  else if (a === '--no-generic') opt.generic = false;
  else if (a === '--keep-paths') opt.keepPaths = true;
  else if (a === '--props') opt.props = JSON.parse(args[++i]);
  else if (a === '--root') opt.root = path.resolve(args[++i]);
  else if (a === '--magic-args') opt.magicArgs = true;
  else if (a === '--args') opt.args = JSON.parse(args[++i]);
  else if (a === '--query') opt.query = args[++i];
  else if (a === '--route') opt.route = args[++i];
  else if (a === '--modules') opt.modules = path.resolve(args[++i]);
  else if (a === '--real-fonts') opt.realFonts = true;
  else if (a === '--font-pool') (opt.fontPools = opt.fontPools || []).push(path.resolve(args[++i]));
  else if (a === '--font-alias') { const [from, to] = args[++i].split('='); (opt.fontAliases = opt.fontAliases || {})[from.toLowerCase().replace(/[^a-z0-9]/g, '')] = to; }
  else file = a;
}
if (!file) {
  console.error('usage: extract.mjs CARD.tsx [--call default|GET] [--title TEXT] [--no-generic] [--props JSON]');
  process.exit(2);
}
// stdout carries the card's JSON alone: what the card's modules log (env dumps, debug lines) goes to stderr.
console.log = console.info = console.debug = (...parts) => console.error(...parts);

// ---- fonts and assets ---------------------------------------------------------------------------
const FONT_DIR = path.join(here, '..', 'fonts');
const FONT_FILES = ['Geist-Regular.ttf', 'Geist-Bold.ttf', 'Geist-Black.ttf', 'Geist-Light.ttf',
  'Geist-Italic.ttf', 'GeistMono-Regular.ttf', 'Geist-Medium.woff'];
const fontBytes = new Map(FONT_FILES.map((f) => [f, fs.readFileSync(path.join(FONT_DIR, f))]));

function fontFor(name) {
  const n = String(name).toLowerCase();
  if (/mono|code|jetbrains|fira ?code|courier/.test(n)) return 'GeistMono-Regular.ttf';
  if (/italic/.test(n)) return 'Geist-Italic.ttf';
  if (/black|heavy|extra-?bold|ultra-?bold|800|900/.test(n)) return 'Geist-Black.ttf';
  if (/semi-?bold|demi|bold|600|700/.test(n)) return 'Geist-Bold.ttf';
  if (/light|thin|hairline|100|200|300/.test(n)) return 'Geist-Light.ttf';
  if (/medium|500/.test(n)) return 'Geist-Medium.woff';
  return 'Geist-Regular.ttf';
}

function identifyFont(data) {
  let bytes;
  if (data instanceof ArrayBuffer) bytes = Buffer.from(data);
  else if (ArrayBuffer.isView(data)) bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  else return null;
  for (const [b, f] of realSources) if (b.length === bytes.length && b.equals(bytes)) return `real:${f}`;
  for (const [f, b] of fontBytes) if (b.length === bytes.length && b.equals(bytes)) return f;
  // --real-fonts: a face the card carries in its source (base64 in a module) is written to a scratch
  // file by content, so realfiles.py can subset it like any other.
  if (opt.realFonts && ['00010000', '4f54544f', '774f4646', '74727565'].includes(bytes.subarray(0, 4).toString('hex'))) {
    const dir = path.join(os.tmpdir(), 'realcards-embedded-fonts');
    fs.mkdirSync(dir, { recursive: true });
    const ext = bytes.subarray(0, 4).toString('hex') === '4f54544f' ? 'otf' : bytes.subarray(0, 4).toString('hex') === '774f4646' ? 'woff' : 'ttf';
    const file = path.join(dir, `embedded-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${ext}`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, bytes);
    return `real:${file}`;
  }
  return null;
}

// --real-fonts: the repository's (or the pool's) font files, found by path or by file name.
const FONT_EXT = /\.(ttf|otf|woff2?)$/i;
let realIndex = null;
// A font file by its signature (a repository's `Pretendard-Bold.ttf` may be an HTML page saved by mistake:
// Next would fail on it, so the face the card meant is taken from the pool instead).
function isFontFile(f) {
  try {
    const b = Buffer.alloc(4);
    const fd = fs.openSync(f, 'r'); fs.readSync(fd, b, 0, 4, 0); fs.closeSync(fd);
    return ['00010000', '4f54544f', '774f4646', '774f4632', '74727565'].includes(b.toString('hex'));
  } catch (e) { return false; }
}
function indexFonts(dir, into, depth = 0) {
  let entries = [];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
  for (const e of entries) {
    if (e.name === '.git' || (e.name === 'node_modules' && depth === 0 && dir === opt.root)) continue;
    const f = path.join(dir, e.name);
    if (e.isDirectory()) { if (depth < 12) indexFonts(f, into, depth + 1); }
    else if (FONT_EXT.test(e.name) && !into.has(e.name.toLowerCase()) && isFontFile(f)) into.set(e.name.toLowerCase(), f);
  }
}
function fontIndex() {
  if (realIndex === null) {
    realIndex = new Map();
    if (opt.root) indexFonts(opt.root, realIndex);
    for (const pool of opt.fontPools || []) indexFonts(pool, realIndex);
  }
  return realIndex;
}
const realSources = [];  // [bytes, absolute path] of every real font handed to the card
function realFontFile(ref) {
  let s = String(ref).replace(/[?#].*$/, '');
  if (s.startsWith('file://')) s = url.fileURLToPath(s);
  const tries = [];
  if (path.isAbsolute(s)) tries.push(s);
  if (opt.root && !/^[a-z]+:/i.test(s)) tries.push(path.join(opt.root, s.replace(/^(\.\.?\/)+/, '')));
  for (const t of tries) if (FONT_EXT.test(t) && fs.existsSync(t) && fs.statSync(t).isFile() && isFontFile(t)) return t;
  const base = decodeURIComponent(path.basename(s));
  const found = fontIndex().get(base.toLowerCase());
  if (found) return found;
  // A face named `Family-Bold.ttf` (a GitHub raw or CDN address): the pool's face of that family and weight.
  const m = base.match(/^([A-Za-z0-9]+?)(?:[-_ ](\w+))?\.(ttf|otf|woff2?)$/);
  if (!m) return null;
  const word = (m[2] || 'regular').toLowerCase();
  const italic = /italic/.test(word);
  const weight = Number((word.match(/\d{3}/) || [])[0]) || WEIGHT_WORDS.find(([re]) => re.test(word.replace('italic', '')))?.[1] || 400;
  return poolFace(m[1].replace(/([a-z])([A-Z])/g, '$1 $2'), weight, italic);
}
const WEIGHT_WORDS = [[/thin|hairline/, 100], [/extra-?light|ultra-?light/, 200], [/light/, 300], [/medium/, 500],
  [/semi-?bold|demi/, 600], [/extra-?bold|ultra-?bold/, 800], [/black|heavy/, 900], [/bold/, 700]];
// A family and weight of the pool (Google Fonts CSS): expo's `NotoSansJP_700Bold.ttf`, `..._400Regular_Italic`.
// `--font-alias 'M PLUS 2=Noto Sans JP'`: a family the pool lacks drawn with the nearest one it has.
function poolFace(family, weight, italic) {
  let key = family.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (opt.fontAliases && opt.fontAliases[key]) key = opt.fontAliases[key].toLowerCase().replace(/[^a-z0-9]/g, '');
  let best = null;
  for (const [name, f] of fontIndex()) {
    let m = name.match(/^([a-z0-9]+)_(\d{3})[a-z]*(_italic)?\.(ttf|otf)$/);
    if (!m) {  // `Pretendard-Bold.otf`
      const n = name.match(/^([a-z0-9]+)-([a-z]+)\.(ttf|otf)$/);
      const w = n && (n[2] === 'regular' ? 400 : WEIGHT_WORDS.find(([re]) => re.test(n[2].replace('italic', '')))?.[1]);
      if (w) m = [name, n[1], String(w), /italic/.test(n[2]) ? '_italic' : undefined];
    }
    if (!m || m[1] !== key || Boolean(m[3]) !== italic) continue;
    const d = Math.abs(Number(m[2]) - weight);
    if (!best || d < best[0]) best = [d, f];
  }
  return best ? best[1] : null;
}
function realBytes(file) {
  const b = fs.readFileSync(file);
  realSources.push([b, file]);
  return b;
}
// --real-fonts also follows images: a picture the card reads or fetches from its repository is recorded
// as `real-img:/abs/file`, and realfiles.py puts one of our pictures of the same format and pixel size (an
// SVG of the same size and viewBox) in its place, so the layout sees the real intrinsic sizes.
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
let imageIndex = null;
function realImageFile(ref) {
  if (!opt.realFonts || !opt.root) return null;
  let s = String(ref).replace(/[?#].*$/, '');
  if (/^data:/.test(s) || !IMAGE_EXT.test(s)) return null;
  if (s.startsWith('file://')) s = url.fileURLToPath(s);
  const tries = [];
  if (path.isAbsolute(s)) tries.push(s, path.join(opt.root, 'public', s), path.join(opt.root, s));
  else if (!/^[a-z]+:/i.test(s)) tries.push(path.join(opt.root, s.replace(/^(\.\.?\/)+/, '')), path.join(opt.root, 'public', s.replace(/^(\.\.?\/)+/, '')));
  for (const t of tries) if (t.startsWith(opt.root) && fs.existsSync(t) && fs.statSync(t).isFile()) return t;
  if (imageIndex === null) {
    imageIndex = new Map();
    const walk = (dir, depth) => {
      let entries = [];
      try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) { return; }
      for (const e of entries) {
        if (e.name === '.git' || e.name === 'node_modules') continue;
        const f = path.join(dir, e.name);
        if (e.isDirectory()) { if (depth < 12) walk(f, depth + 1); }
        else if (IMAGE_EXT.test(e.name) && !imageIndex.has(e.name.toLowerCase())) imageIndex.set(e.name.toLowerCase(), f);
      }
    };
    walk(opt.root, 0);
  }
  return imageIndex.get(decodeURIComponent(path.basename(s)).toLowerCase()) || null;
}
const realImages = [];  // [bytes, absolute path] of every repository picture handed to the card
function realImageBytes(file) {
  const b = fs.readFileSync(file);
  realImages.push([b, file]);
  return b;
}
// The repository picture a value carries (its address, a data URI of its bytes, the bytes), or null.
function realImageOf(v) {
  if (!opt.realFonts) return null;
  let bytes = null;
  if (typeof v === 'string') {
    const m = v.match(/^data:[^,]*?(;base64)?,(.*)$/s);
    if (!m) return realImageFile(v);
    bytes = m[1] ? Buffer.from(m[2], 'base64') : Buffer.from(decodeURIComponent(m[2]));
  } else if (v instanceof ArrayBuffer) bytes = Buffer.from(v);
  else if (ArrayBuffer.isView(v)) bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (!bytes) return null;
  for (const [b, f] of realImages) if (b.length === bytes.length && b.equals(bytes)) return f;
  return null;
}

const ASSETS = { svg: 'logo.svg', avatar: 'avatar.png', photo: 'photo.jpg', png: 'photo.png' };
const ASSET_DIR = path.join(here, '..', 'assets');
function assetFor(ref) {
  const s = String(ref).toLowerCase();
  if (/\.svg|image\/svg|<svg/.test(s)) return ASSETS.svg;
  if (/avatar|profile|author|headshot|portrait|me\.|face|pfp|photo-of/.test(s)) return ASSETS.avatar;
  if (/logo|icon|brand|mark/.test(s)) return ASSETS.svg;
  return ASSETS.photo;
}
const assetBytes = (name) => fs.readFileSync(path.join(ASSET_DIR, name));

// ---- magic values: stand-ins for data the card would fetch ---------------------------------------
const SAMPLE = opt.title !== null ? opt.title : 'A sample title for this card';  // `--title ''`: an empty title
const MAGIC = Symbol('magic');
function magic(label = SAMPLE) {
  const fn = function () { return magic(label); };
  return new Proxy(fn, {
    get(_t, key) {
      if (key === MAGIC) return true;
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 3 : label);
      if (key === 'toString' || key === 'valueOf' || key === 'toJSON') return () => label;
      if (key === Symbol.iterator) return function* () { yield* items(label); };
      if (key === 'length') return opt.items;
      if (key === 'map' || key === 'flatMap') return (f) => items(label).map((v, i) => f(v, i));
      if (key === 'slice') return (a, b) => items(label).slice(a, b);
      if (key === 'filter' || key === 'sort' || key === 'reverse' || key === 'concat') return () => items(label);
      if (key === 'forEach') return (f) => items(label).slice(0, opt.itemsGiven ? undefined : 1).forEach(f);
      if (key === 'find' || key === 'at') return () => magic(label);
      if (key === 'join' || key === 'toUpperCase' || key === 'toLowerCase' || key === 'trim') return () => label;
      if (key === 'includes' || key === 'startsWith' || key === 'endsWith') return () => false;
      if (key === 'split') return (sep) => label.split(sep);
      if (key === 'replace' || key === 'replaceAll') return () => label;
      if (key === 'toLocaleDateString' || key === 'toDateString' || key === 'toISOString') return () => 'Jan 1, 2025';
      if (key === 'ok') return true;
      if (key === 'status') return 200;
      if (key === 'json' || key === 'text') return async () => magic(label);
      if (key === 'arrayBuffer') return async () => assetBytes(ASSETS.png).buffer.slice(0);
      if (key === 'default') return magic(label);
      if (key === '$$typeof' || key === 'type' || key === 'props' || key === '__esModule') return undefined;
      if (typeof key === 'symbol') return undefined;
      return magic(label);
    },
    apply() { return magic(label); },
    construct() { return magic(label); },
    has() { return true; },
  });
}
// A data list the card maps over: two items, or `--items N` (a leaderboard's ten rows, a grid's tiles).
function items(label) { return Array.from({ length: opt.items }, () => magic(label)); }
const isMagic = (v) => (typeof v === 'function' || typeof v === 'object') && v !== null && v[MAGIC] === true;

// ---- module stubs ----------------------------------------------------------------------------------
let captured = null;
class ImageResponse {
  constructor(element, options = {}) { captured = { element, options }; }
  // `@cf-wasm/og`'s `ImageResponse.async(element, options)` (React Router / Workers cards).
  static async async(element, options = {}) { return new ImageResponse(element, options); }
}
function readStub(p) {
  const s = String(p);
  if (/\.(ttf|otf|woff2?)$/i.test(s)) {
    const real = opt.realFonts && realFontFile(s);
    if (opt.realFonts && !real) console.error(`no real font for ${s}: Geist`);
    return real ? realBytes(real) : Buffer.from(fontBytes.get(fontFor(path.basename(s))));
  }
  if (/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(s)) {
    const real = realImageFile(s);
    return real ? realImageBytes(real) : assetBytes(assetFor(s));
  }
  if (/\.json$/i.test(s)) return Buffer.from('{}');
  return Buffer.from('');
}
const fsStub = {
  readFileSync: (p, enc) => { const b = readStub(p); return enc ? b.toString(typeof enc === 'string' ? enc : enc.encoding) : b; },
  readFile: async (p, enc) => { const b = readStub(p); return enc ? b.toString(typeof enc === 'string' ? enc : enc.encoding) : b; },
  existsSync: () => true,
  readdirSync: () => [],
};
fsStub.promises = { readFile: fsStub.readFile, readdir: async () => [] };
// Cards that call Satori themselves (Astro / SvelteKit / Remix endpoints, Node scripts): `satori(element,
// options)` records the same (element, options) as ImageResponse; resvg (js or wasm) and the response
// that follows get empty stand-ins, since only the element tree is wanted.
function satoriStub(element, options = {}) {
  captured = { element, options };
  return Promise.resolve(`<svg xmlns="http://www.w3.org/2000/svg" width="${options.width || 1200}" height="${options.height || 630}"/>`);
}
class Resvg {
  constructor() { this.width = 1200; this.height = 630; }
  render() { return { asPng: () => new Uint8Array(0), width: this.width, height: this.height }; }
}
const resvgStub = { Resvg, initWasm: async () => undefined, render: async () => new Uint8Array(0) };
// `satori-html`'s `html` (a tagged template or a string): markup becomes the VNodes that module builds, in
// its manner (a flex column root of the canvas's size around the markup, `style` strings split into objects
// of string values with camel-cased names, `class` as `tw`, texts with runs of white space collapsed and
// trimmed, empty ones dropped). A small tokenizer, not an HTML parser: enough for card templates.
const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'area', 'col', 'wbr']);
function camel(name) {
  return name.trim().replace(/^-(webkit|moz|ms)-/, (_m, v) => `${v[0].toUpperCase()}${v.slice(1)}-`)
    .replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
function htmlToVNodes(markup) {
  const root = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%' }, children: [] } };
  const stack = [root];
  const re = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = re.exec(markup))) {
    const top = stack[stack.length - 1];
    if (m[1]) { if (stack.length > 1) stack.pop(); continue; }
    if (m[5] !== undefined && m[2] === undefined) {
      const text = m[5].replace(/\s+/g, ' ').trim();
      if (text) top.props.children.push(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
      continue;
    }
    if (!m[2]) continue;
    const props = { children: [] };
    const attrRe = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    let a;
    while ((a = attrRe.exec(m[3] || ''))) {
      const name = a[1];
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (name === 'style') {
        const style = {};
        for (const decl of value.split(';')) {
          const i = decl.indexOf(':');
          if (i > 0) style[camel(decl.slice(0, i))] = decl.slice(i + 1).trim();
        }
        props.style = style;
      } else if (name === 'class') props.tw = value;
      else props[name] = value;
    }
    const node = { type: m[2], props };
    top.props.children.push(node);
    if (!m[4] && !VOID.has(m[2].toLowerCase())) stack.push(node);
  }
  const tidy = (n) => {
    if (typeof n === 'string') return n;
    const kids = n.props.children.map(tidy);
    if (kids.length === 0) delete n.props.children;
    else n.props.children = kids.length === 1 ? kids[0] : kids;
    return n;
  };
  return tidy(root);
}
function htmlStub(strings, ...values) {
  const markup = typeof strings === 'string' ? strings
    : strings.reduce((acc, part, i) => acc + part + (i < values.length ? String(values[i]) : ''), '');
  return htmlToVNodes(markup);
}
// `workers-og` (Cloudflare Workers, Hono): its ImageResponse also takes an HTML string, which it turns into
// a tree with the Workers runtime's HTMLRewriter in its own manner, unlike `satori-html`: a root
// `div` with `display: flex; flex-direction: column` only (no size); of the attributes only `style` (newlines
// removed, runs of spaces made one, split at `;` outside parentheses and at each declaration's first `:`,
// names camel-cased, values trimmed strings) and `src`, with `width`/`height` as strings when both are
// given (so `class`, SVG attributes and the rest are dropped); texts as the rewriter hands them: raw (no
// entity decoding), untrimmed, white-space-only runs kept; every element has a `children` list.
function workersOgCamel(name) {
  return name.split(/[\s\-_]+/).map((w, i) => (w === '' ? '' : i > 0 ? w[0].toUpperCase() + w.slice(1).toLowerCase()
    : w[0].toLowerCase() + w.slice(1).toLowerCase())).join('');
}
function workersOgHtml(markup) {
  const root = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column' }, children: [] } };
  const stack = [root];
  const re = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = re.exec(String(markup)))) {
    const top = stack[stack.length - 1];
    if (m[1]) { if (stack.length > 1) stack.pop(); continue; }
    if (m[5] !== undefined && m[2] === undefined) { if (m[5]) top.props.children.push(m[5]); continue; }
    if (!m[2]) continue;
    const attrs = {};
    const attrRe = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    let a;
    while ((a = attrRe.exec(m[3] || ''))) attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    const props = {};
    if (attrs.style) {
      const style = {};
      for (const decl of attrs.style.replace(/\n/g, '').replace(/\s\s+/g, ' ').split(/;(?![^(]*\))/)) {
        const i = decl.indexOf(':');
        const k = i < 0 ? '' : decl.slice(0, i);
        const v = i < 0 ? '' : decl.slice(i + 1);
        if (k && v) style[workersOgCamel(k.trim())] = v.trim();
      }
      if (Object.keys(style).length) props.style = style;
    }
    if (attrs.src) {
      props.src = attrs.src;
      if (attrs.width && attrs.height) { props.width = attrs.width; props.height = attrs.height; }
    }
    props.children = [];
    const node = { type: m[2].toLowerCase(), props };
    top.props.children.push(node);
    if (!m[4] && !VOID.has(node.type)) stack.push(node);
  }
  return root;
}
class WorkersOgImageResponse {
  constructor(element, options = {}) {
    // Without fonts it loads Bitter 600 from Google Fonts and registers it as weight 500.
    const fonts = options.fonts && options.fonts.length ? options.fonts
      : [{ name: 'Bitter', data: fontBytes.get(fontFor('600')), weight: 500, style: 'normal' }];
    captured = { element: typeof element === 'string' ? workersOgHtml(element) : element, options: { ...options, fonts } };
  }
}
async function loadGoogleFontStub(o = {}) {
  const b = fontBytes.get(fontFor(`${o.family || ''} ${o.weight || ''}`));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}
// Hono apps (Workers, Bun, Deno): `new Hono()` records its routes; the card's route is run with a
// context whose `req` reads the sample request (`--route PATH` picks one, else each GET route in turn
// until one makes an image).
const honoRoutes = [];
class Hono {
  constructor() { for (const v of ['get', 'post', 'all']) this[v] = (p, ...hs) => { if (v !== 'post') honoRoutes.push([String(p), hs]); return this; }; }
  on(_m, p, ...hs) { honoRoutes.push([String(p), hs]); return this; }
  use() { return this; }
  route() { return this; }
  basePath() { return this; }
  notFound() { return this; }
  onError() { return this; }
}
function honoContext(request, params) {
  const u = new URL(request.url);
  const c = {
    req: { url: request.url, path: u.pathname, method: 'GET', raw: request,
      query: (k) => (k === undefined ? Object.fromEntries(u.searchParams) : u.searchParams.get(k) ?? params[k]),
      param: (k) => (k === undefined ? params : params[k]), header: () => undefined, queries: () => [] },
    env: new Proxy({}, { get: (_t, k) => (k === 'then' ? undefined : magic()) }),
    executionCtx: { waitUntil: () => undefined }, header: () => undefined, status: () => undefined,
    set: () => undefined, get: () => magic(), var: {},
    body: (b) => b, json: (b) => b, text: (b) => b, html: (b) => b, newResponse: (b) => b, redirect: () => undefined,
  };
  return c;
}
// `--modules DIR`: a scratch `npm install` of the packages a card's framework brings (svelte, satori-html;
// the oracle has neither). Svelte compiles and renders a SvelteKit card's component; the real satori-html
// replaces the approximation above (it inlines `<style>` rules, keeps `class` and copies it to `tw` only
// when a name looks like Tailwind, leaves entities and holes for white space as they are).
let modulesReq = null;
function svelteRequire() {
  if (!modulesReq) {
    if (!opt.modules) throw new Error('a Svelte component: give --modules DIR (a directory with svelte installed)');
    modulesReq = createRequire(path.join(opt.modules, 'package.json'));
  }
  return modulesReq;
}
function satoriHtml(...a) {
  if (opt.modules) {
    try { return svelteRequire()('satori-html').html(...a); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
  }
  return htmlStub(...a);
}
// `@ethercorps/sveltekit-og`: an HTML string goes through satori-html with its newlines removed, a Svelte
// component is rendered with its props (`svelte/server`) and its body and head go through satori-html.
function sveltekitOg(element, options = {}, componentOptions = {}) {
  let tree;
  if (typeof element === 'string') tree = satoriHtml(element.replaceAll('\n', '').trim());
  else {
    const { body, head } = svelteRequire()('svelte/server').render(element, { props: (componentOptions || {}).props || {} });
    tree = satoriHtml(body + head);
  }
  captured = { element: tree, options };
  return { headers: new Headers(), body: null };
}
// Nuxt / Nitro server routes (h3): `defineEventHandler(handler)` is the handler itself, called with the
// request context as its event; the query and URL helpers read the sample request.
const h3 = {
  defineEventHandler: (h) => (typeof h === 'function' ? h : h.handler),
  eventHandler: (h) => (typeof h === 'function' ? h : h.handler),
  defineCachedEventHandler: (h) => h,
  getQuery: (event) => Object.fromEntries(new URL(event.url).searchParams),
  getRequestURL: (event) => new URL(event.url),
  getRouterParam: (event, name) => event.params[name],
  getRouterParams: (event) => event.params,
  setHeader: () => undefined, setHeaders: () => undefined, setResponseHeader: () => undefined,
  setResponseHeaders: () => undefined, appendHeader: () => undefined, send: (_e, body) => body,
  createError: (e) => new Error(String(e && e.message || e)),
  useRuntimeConfig: () => ({ public: {}, app: {} }),
  // Nitro's server assets: a file's bytes or text as the file reads give them.
  useStorage: () => ({ getItem: async (key) => { const b = readStub(key); return /\.(svg|txt|json)$/i.test(key) ? b.toString() : b; },
    getItemRaw: async (key) => readStub(key), hasItem: async () => true }),
  // Bun's file reads (a Remix app served by Bun), through the same file stubs.
  Bun: { file: (p) => ({ arrayBuffer: async () => { const b = readStub(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); },
    text: async () => readStub(p).toString(), exists: async () => true }) },
};
const nextServer = {
  ImageResponse,
  NextResponse: class { static json() { return {}; } },
  NextRequest: Request,
  // Next 15's `await connection()` (opt out of prerendering) comes before the card's data loading.
  connection: async () => undefined,
};
const modules = {
  react: React,
  'react/jsx-runtime': require('react/jsx-runtime'),
  'react/jsx-dev-runtime': require('react/jsx-dev-runtime'),
  'next/og': { ImageResponse },
  'next/og.js': { ImageResponse },
  'next/server': nextServer,
  '@vercel/og': { ImageResponse },
  satori: { __esModule: true, default: satoriStub, satori: satoriStub },
  '@resvg/resvg-js': resvgStub, '@resvg/resvg-wasm': resvgStub,
  'satori-html': { __esModule: true, html: (...a) => satoriHtml(...a), default: (...a) => satoriHtml(...a) },
  // `he` (HTML entities): decoded as the browser would for the few a card's markup holds.
  he: { decode: (t) => String(t).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
    encode: (t) => String(t), escape: (t) => String(t) },
  '@ethercorps/sveltekit-og': { ImageResponse: sveltekitOg, componentToImageResponse: (c, p, o) => sveltekitOg(c, o, { props: p }) },
  '$app/environment': { dev: false, browser: false, building: false, version: '1' },
  '$env/dynamic/private': { env: {} }, '$env/dynamic/public': { env: {} },
  '$app/server': { read: (p) => ({ arrayBuffer: async () => { const b = readStub(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); },
    text: async () => readStub(p).toString() }) },
  '@cloudflare/pages-plugin-vercel-og/api': { ImageResponse },
  'esm-env': { DEV: false, BROWSER: false, NODE: true },
  // satori-astro: `satoriAstroOG({ template, width, height }).toResponse({ satori: options })` (or toSvg / toImage).
  'satori-astro': { satoriAstroOG: ({ template, width, height }) => {
    const draw = (o = {}) => satoriStub(template, { width, height, ...((o && o.satori) || o) });
    return { toResponse: draw, toSvg: draw, toImage: draw };
  } },
  hono: { Hono }, 'hono/tiny': { Hono }, 'hono/quick': { Hono },
  'workers-og': { ImageResponse: WorkersOgImageResponse, loadGoogleFont: loadGoogleFontStub },
  // og-img (Hono, Deno, Workers): an ImageResponse of React-shaped trees and satori-html's `html`.
  'og-img': { ImageResponse, html: (...a) => satoriHtml(...a) },
  '@cf-wasm/og': { ImageResponse, cache: { setExecutionContext: () => undefined } },
  '@cf-wasm/og/workerd': { ImageResponse, cache: { setExecutionContext: () => undefined } },
  '@cf-wasm/og/node': { ImageResponse, cache: { setExecutionContext: () => undefined } },
  '@cf-wasm/satori': { __esModule: true, default: satoriStub, satori: satoriStub, init: async () => undefined },
  '@cf-wasm/resvg': resvgStub, 'satori/wasm': { __esModule: true, default: satoriStub, init: () => undefined },
  h3, '#imports': h3,
  fs: fsStub, 'node:fs': fsStub, 'fs/promises': fsStub.promises, 'node:fs/promises': fsStub.promises,
  path, 'node:path': path, url, 'node:url': url,
  buffer: { Buffer }, 'node:buffer': { Buffer },
};
// With --root (the card's repository checked out to a scratch directory), the card's own modules
// (relative imports, `@/` and `~/` aliases) are loaded too, through the same transpiler and stubs, so a
// card built from a shared component or a helper that returns the ImageResponse is followed.
const EXTS = ['', '.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts', '/index.jsx', '/index.js'];
const loaded = new Map();
// The root's tsconfig.json `paths` (`@utils/*`, `@consts`, `#/*`, ...), read leniently (comments and
// trailing commas removed), resolved against its `baseUrl`.
let tsPaths = null;
function tsconfigBases(name) {
  if (tsPaths === null) {
    tsPaths = [];
    try {
      const text = fs.readFileSync(path.join(opt.root, 'tsconfig.json'), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1');
      const co = JSON.parse(text).compilerOptions || {};
      const base = path.join(opt.root, co.baseUrl || '.');
      for (const [pattern, targets] of Object.entries(co.paths || {})) tsPaths.push([pattern, targets, base]);
    } catch (e) { /* no tsconfig, or not JSON: no aliases */ }
  }
  const out = [];
  for (const [pattern, targets, base] of tsPaths) {
    const star = pattern.indexOf('*');
    if (star < 0 ? name !== pattern : !(name.startsWith(pattern.slice(0, star)) && name.endsWith(pattern.slice(star + 1)))) continue;
    const rest = star < 0 ? '' : name.slice(star, name.length - (pattern.length - star - 1));
    for (const t of targets) out.push(path.join(base, t.replace('*', rest)));
  }
  return out;
}
// SvelteKit's own aliases (`kit.alias` in svelte.config.js: `$components`, `$root`), read with a regular
// expression (the config is a module, not data).
let kitAliases = null;
function svelteAliases(name) {
  if (kitAliases === null) {
    kitAliases = [];
    try {
      const text = fs.readFileSync(path.join(opt.root, 'svelte.config.js'), 'utf8');
      for (const m of text.matchAll(/['"]?(\$[\w-]+)['"]?\s*:\s*['"]([^'"]+)['"]/g)) kitAliases.push([m[1], m[2]]);
    } catch (e) { /* no config */ }
  }
  for (const [alias, target] of kitAliases) {
    if (name === alias || name.startsWith(`${alias}/`)) return [path.join(opt.root, target, name.slice(alias.length))];
  }
  return [];
}
function resolveLocal(name, fromDir) {
  if (!opt.root) return null;
  let bases = [];
  if (name.startsWith('./') || name.startsWith('../')) bases = [path.resolve(fromDir, name)];
  else bases = tsconfigBases(name);
  if (bases.length) { /* the tsconfig's alias */ }
  else if (/^[@~]\//.test(name)) bases = [path.join(opt.root, name.slice(2)), path.join(opt.root, 'src', name.slice(2))];
  else if (name.startsWith('$lib/')) bases = [path.join(opt.root, 'src', 'lib', name.slice(5))];  // SvelteKit's alias
  else if (name.startsWith('$')) bases = svelteAliases(name);
  else if (name.startsWith('src/')) bases = [path.join(opt.root, name)];
  for (const b of bases) {
    for (const e of EXTS) {
      const f = b + e;
      if (f.startsWith(opt.root) && /\.(tsx|ts|jsx|js|json|svelte)$/.test(f) && fs.existsSync(f) && fs.statSync(f).isFile()) return f;
    }
  }
  return null;
}
function makeRequire(fromDir) {
  return (name) => {
    if (name in modules) return modules[name];
    // Deno edge functions (Supabase, Netlify): `og_edge` is @vercel/og for Deno; React from esm.sh / npm:.
    if (/deno\.land\/x\/og_edge|^npm:@vercel\/og|^jsr:.*og/.test(name)) return { ImageResponse };
    if (/^https:\/\/esm\.sh\/react@|^npm:react@?/.test(name)) return React;
    // A font file imported as a module (Vite's raw / arraybuffer loaders, wrangler's Data rule): its bytes,
    // as the file reads give them; an image file: its address.
    if (/\.(ttf|otf|woff2?)(\?.*)?$/i.test(name)) {
      const b = readStub(name.replace(/\?.*$/, ''));
      return { __esModule: true, default: b };
    }
    if (/\.(png|jpe?g|gif|webp|avif|svg)(\?.*)?$/i.test(name)) return { __esModule: true, default: name };
    // Svelte's runtime (a compiled component's imports, `svelte/server`): the install `--svelte DIR` names.
    if (name === 'svelte' || name.startsWith('svelte/')) return svelteRequire()(name);
    // A package installed in --modules DIR (budoux's phrase parser, a date library) is the real one.
    if (opt.modules && /^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]+)?$/.test(name)) {
      try { return svelteRequire()(name); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
    }
    const local = resolveLocal(name, fromDir);
    if (local) {
      if (!loaded.has(local) && local.endsWith('.json')) {
        // A JSON module (`import theme from '@/content/theme.json'`: colours, site data) is its data.
        let data = magic();
        try { data = JSON.parse(fs.readFileSync(local, 'utf8')); } catch (e) { /* not JSON: the magic value */ }
        loaded.set(local, { exports: data });
      }
      if (!loaded.has(local) && local.endsWith('.svelte')) {
        // A Svelte component (SvelteKit cards render one to HTML): compiled for the server with the
        // compiler of `--svelte DIR` (Svelte 5, with Svelte 4's `Component.render(props)` kept for the
        // cards that call it), then loaded as any module.
        const compiler = svelteRequire()('svelte/compiler');
        const out = compiler.compile(fs.readFileSync(local, 'utf8'), { generate: 'server', filename: local,
          compatibility: { componentApi: 4 }, css: 'external' });
        const m = { exports: {} };
        loaded.set(local, m);
        evaluate(out.js.code, local + '.js', m).catch((e) => console.error(String(e)));
        // Svelte 4's `render()` also gave the component's CSS (`result.css.code`): cards put it in a
        // `<style>` after the markup.
        const comp = m.exports.default;
        if (comp && typeof comp.render === 'function') {
          const render = comp.render.bind(comp);
          comp.render = (...a) => {
            const r = render(...a);  // (its fields may be getters: read them one by one)
            return { css: { code: out.css ? out.css.code : '', map: null }, head: r.head, body: r.body, html: r.html ?? r.body };
          };
        }
      }
      if (!loaded.has(local)) {
        const m = { exports: {} };
        loaded.set(local, m);
        try {
          evaluate(fs.readFileSync(local, 'utf8'), local, m).catch(() => undefined);
        } catch (e) { loaded.set(local, { exports: magic() }); }
      }
      return loaded.get(local).exports;
    }
    return magic();
  };
}

async function fakeFetch(input) {
  const u = String(input && input.url ? input.url : input);
  const font = /\.(ttf|otf|woff2?)(\?|$)/i.test(u) || /gstatic|fonts\.|font/i.test(u);
  if (opt.realFonts && /googleapis\.com\/webfonts\/v1\/webfonts/.test(u)) {
    // The Google Fonts Developer API: the pool's faces of the family, by weight (`files['700']`).
    const family = new URL(u).searchParams.get('family') || '';
    const files = {};
    for (const w of [100, 200, 300, 400, 500, 600, 700, 800, 900]) {
      const f = poolFace(family, w, false);
      if (f) { files[String(w)] = url.pathToFileURL(f).href; if (w === 400) files.regular = files['400']; }
    }
    const data = { items: [{ family, files }] };
    return { ok: true, status: 200, json: async () => data, text: async () => JSON.stringify(data) };
  }
  if (/fonts\.googleapis\.com/.test(u)) {
    // One @font-face block per weight asked for (`wght@400;700`, `ital,wght@0,400;1,700`).
    const list = (decodeURIComponent(u).match(/wght@([\d;,.]+)/) || [])[1] || '400';
    const weights = [...new Set(list.split(';').map((t) => t.split(',').pop()).filter(Boolean))];
    const family = (decodeURIComponent(u).match(/family=([^:&]+)/) || [])[1] || '';
    const face = (w) => {
      const real = opt.realFonts && poolFace(family.replace(/\+/g, ' '), Number(w), false);
      if (opt.realFonts && !real) console.error(`no pool face for ${family} ${w}: Geist`);
      return real ? url.pathToFileURL(real).href : `https://fonts.gstatic.com/s/${fontFor(w)}`;
    };
    const css = weights.map((w) => `@font-face { font-family: 'X'; font-style: normal; font-weight: ${w}; `
      + `src: url(${face(w)}) format('truetype'); }`).join('\n');
    return { ok: true, status: 200, text: async () => css, json: async () => ({}),
      arrayBuffer: async () => Buffer.from(css).buffer };
  }
  const real = font && opt.realFonts && /\.(ttf|otf|woff2?)(\?|$)/i.test(u) && realFontFile(u);
  if (font && opt.realFonts && !real) console.error(`no real font for ${u}: Geist`);
  const image = !font && realImageFile(u);
  const bytes = real ? realBytes(real) : font ? fontBytes.get(fontFor(u)) : image ? realImageBytes(image) : assetBytes(assetFor(u));
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { ok: true, status: 200, headers: new Map([['content-type', font ? 'font/ttf' : 'image/png']]),
    arrayBuffer: async () => buf, blob: async () => new Blob([bytes]),
    json: async () => magic(), text: async () => SAMPLE };
}

// ---- load the module --------------------------------------------------------------------------------
// (--real-fonts: an address variable, `NEXT_PUBLIC_SITE_URL`, reads as a local origin, so the fonts a card
// fetches relative to it are found by file name.)
const fakeProcess = { env: new Proxy({}, { get: (_t, k) => (k === 'NODE_ENV' ? 'production'
    : opt.realFonts && typeof k === 'string' && /URL|ORIGIN|HOST/.test(k) ? 'http://localhost/' : undefined) }),
  cwd: () => (opt.realFonts && opt.root ? opt.root : '/card'), platform: 'linux' };
// A Worker's bindings (`env` of `cloudflare:workers`, a loader's `context.cloudflare.env`): magic values,
// and `ASSETS.fetch` answered as `fetch` is (fonts, pictures).
const magicEnv = new Proxy({}, { get: (_t, k) => (k === 'then' ? undefined
  : k === 'ASSETS' ? { fetch: (u, o) => fakeFetch(u, o) } : magic()) });
modules['cloudflare:workers'] = { env: magicEnv, waitUntil: () => undefined };
// Workers' Cache API (cards cache their PNG with `caches.open(...)` / `caches.default`): always a miss.
const missCache = { match: async () => undefined, put: async () => undefined, delete: async () => false };
globalThis.caches = { open: async () => missCache, default: missCache };
// `import process from 'node:process'`: the same stand-in as the global.
modules.process = fakeProcess; modules['node:process'] = fakeProcess;
function evaluate(source, filename, mod) {
  const metaUrl = opt.realFonts ? url.pathToFileURL(path.resolve(filename)).href : 'file:///card/app/card.tsx';
  source = source.replace(/import\.meta\.url/g, JSON.stringify(metaUrl))
    // Vite's `import.meta.env` (React Router, Remix, Astro): a production build's values.
    .replace(/import\.meta\.env/g, '({ DEV: false, PROD: true, SSR: true, MODE: "production", BASE_URL: "/" })')
    // `await import('sharp')` and kin: through the same stubs as static imports.
    // (not a type's `typeof import('sharp')`).
    .replace(/(^|[^\w.$])import\((?=\s*['"`])/g, (m, pre, at, all) => (
      /typeof\s*$/.test(all.slice(Math.max(0, at - 12), at + pre.length)) ? m : `${pre}__dynamicImport(`));
  const { code } = babel.transformSync(source, {
    filename: 'card.tsx', babelrc: false, configFile: false, sourceType: 'module',
    presets: [[require(path.join(babelDir, 'preset-typescript.js')), { isTSX: true, allExtensions: true }],
      [require(path.join(babelDir, 'preset-react.js')), { runtime: 'classic' }]],
    plugins: [require(path.join(babelDir, 'plugin-transform-modules-commonjs.js'))],
  });
  // An async body, so a module with top-level await (Astro endpoints load fonts so) runs; its hoisted
  // function exports are set before the first await, so a module required without awaiting still works.
  const AsyncFunction = (async () => {}).constructor;
  const req = makeRequire(path.dirname(path.resolve(filename)));
  const dynamicImport = async (name) => {
    const m = req(name);
    return m && m.__esModule ? m : { ...m, default: m };
  };
  // Nuxt auto-imports the h3 helpers: they are globals of a server route.
  const h3Names = Object.keys(h3);
  return new AsyncFunction('exports', 'require', 'module', '__filename', '__dirname', 'process', 'fetch', 'React',
    // (in an inner function, so that a module's own `const send` may shadow them)
    '__dynamicImport', ...h3Names, `return (async () => {\n${code}\n})();`)(
    mod.exports, req, mod, '/card/app/card.tsx', '/card/app', fakeProcess, fakeFetch, React, dynamicImport,
    ...h3Names.map((k) => h3[k]));
}
const mod = { exports: {} };
await evaluate(fs.readFileSync(file, 'utf8'), file, mod);
const exp = mod.exports;

const params = opt.props || {};
const magicParams = new Proxy({}, { get: (_t, k) => (k === 'then' ? undefined : (params[k] ?? magic())) });
// --query 'matchId=m1&score=72': more search parameters for cards that read them (ids, numbers).
const reqUrl = `http://localhost/api/og?title=${encodeURIComponent(SAMPLE)}${opt.query ? `&${opt.query}` : ''}`;
const request = new Request(reqUrl);
// `props` (Astro's getStaticPaths props), `fetch` and `request` (SvelteKit / Astro endpoints) too.
// `url` serves both kinds: a string for Next's `req.url` (`new URL(req.url)`, `.split`), with a URL's
// fields for SvelteKit's and Astro's `({ url }) => url.searchParams`.
const parsedUrl = new URL(reqUrl);
const urlBoth = Object.assign(new String(reqUrl), { searchParams: parsedUrl.searchParams, pathname: parsedUrl.pathname,
  origin: parsedUrl.origin, href: parsedUrl.href, host: parsedUrl.host, hostname: parsedUrl.hostname,
  protocol: parsedUrl.protocol, search: parsedUrl.search });
// A React Router / Remix loader's `context`: Cloudflare's `{ cloudflare: { env, ctx } }` (magic env values),
// and React Router 7's middleware `context.get(key)` giving the same env.
const loaderContext = { cloudflare: { env: magicEnv, ctx: { waitUntil: () => undefined, passThroughOnException: () => undefined } },
  env: magicEnv, get: () => magicEnv };
const ctx = { url: urlBoth, nextUrl: new URL(reqUrl), headers: new Headers(), method: 'GET', query: {},
  params: magicParams, searchParams: magicParams, id: magicParams.id, props: magicParams, request,
  fetch: fakeFetch, locals: magicParams, context: loaderContext };
let fn = opt.call ? exp[opt.call] : (exp.default || exp.GET);
// A Workers module (`export default { fetch }`), or a Hono app: its fetch handler, or its routes.
if (!opt.call && honoRoutes.length && (!fn || typeof fn !== 'function' || fn instanceof Hono)) {
  const routes = opt.route ? honoRoutes.filter(([p]) => p === opt.route) : honoRoutes;
  fn = async () => {
    for (const [, hs] of routes) {
      try { await hs[hs.length - 1](honoContext(request, magicParams)); } catch (e) { if (!captured) console.error(String(e)); }
      if (captured) return;
    }
  };
} else if (!opt.call && !fn && (exp.onRequestGet || exp.onRequest)) {
  // A Cloudflare Pages Function: called with its context (request, env, params).
  const handler = exp.onRequestGet || exp.onRequest;
  fn = () => handler({ request, params: magicParams, data: {}, next: async () => magic(), waitUntil: () => undefined,
    env: new Proxy({}, { get: (_t, k) => (k === 'then' ? undefined : magic()) }) });
} else if (!opt.call && fn && typeof fn === 'object' && typeof fn.fetch === 'function') {
  const worker = fn;
  fn = () => worker.fetch(request, new Proxy({}, { get: (_t, k) => (k === 'then' ? undefined : magic()) }),
    { waitUntil: () => undefined, passThroughOnException: () => undefined });
}
if (typeof fn !== 'function') { console.error('no callable export'); process.exit(1); }
const callName = opt.call || (exp.default ? 'default' : 'GET');
let result;
try {
  // --magic-args: a template or helper export (`postOgImage(post)`, `makeOgImage(title)`) gets magic
  // values for its arguments instead of a request; --args gives them as JSON ("magic" for a magic value).
  if (opt.args) result = await fn(...opt.args.map((v) => (v === 'magic' ? magic() : v)));
  else if (opt.magicArgs) result = await fn(magic(), magic());
  else if (callName === 'GET' || callName === 'POST') result = await fn(ctx, { params: magicParams });
  else result = await fn(ctx, request);
} catch (e) {
  // What a satori-direct card does with the picture after Satori (resvg, sharp, a Response) may fail on
  // the stand-ins; the tree is recorded by then.
  if (!captured) throw e;
}
if (!captured) {
  if (result instanceof ImageResponse) { /* captured already */ }
  console.error('the module made no ImageResponse'); process.exit(1);
}

// ---- serialise ----------------------------------------------------------------------------------------
const LOREM = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore '
  + 'et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea '
  + 'commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur '
  + 'excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est '
  + 'laborum').split(' ');
const byLen = new Map();
for (const w of LOREM) { if (!byLen.has(w.length)) byLen.set(w.length, []); byLen.get(w.length).push(w); }
let wordCounter = 0;
function lorem(n) {
  if (n <= 0) return '';
  if (n === 1) return 'a';
  if (n > 14) return lorem(7) + lorem(n - 7);
  const list = byLen.get(n);
  if (list) return list[(wordCounter++) % list.length];
  return lorem(n - 2) + 'um'.slice(0, 2);
}
const TYPO = { '→': '>', '←': '<', '↗': '>', '★': '*', '✓': '+', '✔': '+', '✦': '*', '•': '•', '●': '•',
  '|': '|', '⋅': '·', '∙': '·', '▸': '>', '›': '>', '‹': '<' };
// --real-fonts: letters of other scripts stay in their script, drawn in turn from these lists (the fonts
// are subset to what the cases use, so the lists are short); accented Latin letters stay accented.
const SCRIPT_POOLS = [
  [/\p{Script=Han}/u, '日本語文字中国大学時間世界生活自分今年会社問題開発技術情報記事設計方法使用説明画面管理機能作成表示'],
  [/\p{Script=Hiragana}/u, 'あいうえおかきくけこさしすせそたちつてとなにのはまもやよらりるれろをんでがじ'],
  [/\p{Script=Katakana}/u, 'アイウエオカキクケコサシスセソタチツテトナニノハマモヤヨラリルレロンデガジー'],
  [/\p{Script=Hangul}/u, '가나다라마바사아자차카타파하고노도로모보소오조구누두루무부수우주그는를이에의한국어블로그개발자기술문서'],
  [/[\u0400-\u042F]/u, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЯ'],
  [/\p{Script=Cyrillic}/u, 'абвгдежзийклмнопрстуфхцчшщыьэюя'],
  [/\p{Script=Greek}/u, 'αβγδεζηθικλμνξοπρστυφχψω'],
  [/\p{Script=Thai}/u, 'กขคงจฉชซญดตถทธนบปผฝพฟภมยรลวศษสหอฮะาเแโใไ'],
  [/\p{Script=Arabic}/u, 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'],
  [/\p{Script=Hebrew}/u, 'אבגדהוזחטיכלמנסעפצקרשת'],
  [/\p{Script=Devanagari}/u, 'अआइउएओकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौं'],
  [/[\u00C0-\u00DE]/u, 'ÀÁÂÄÇÈÉÊËÍÎÑÓÔÖÚÜ'],
  [/[\u00DF-\u00FF]/u, 'àáâäçèéêëíîñóôöúüß'],
  [/[\u0100-\u024F]/u, 'ăąćčđęěğłńňőřśšşťůűźżžơư'],
  [/[\u1E00-\u1EFF]/u, 'ạảấầẩẫậắằặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự'],
];
const poolTurn = new Map();
function fromPool(ch) {
  for (const [re, pool] of SCRIPT_POOLS) {
    if (!re.test(ch)) continue;
    const letters = [...pool];
    const n = poolTurn.get(pool) || 0;
    poolTurn.set(pool, n + 1);
    return letters[(n * 97) % letters.length];  // (97: prime, longer than any list: every letter comes up)
  }
  return null;
}
// A word of mixed letters: runs of plain Latin letters become lorem words of their lengths (case kept),
// every other letter its script's next letter; digits as generic() writes them.
function genericWord(w) {
  let out = '';
  let run = '';
  const flush = () => {
    if (!run) return;
    let g = lorem(run.length);
    if (run === run.toUpperCase() && /\p{Lu}/u.test(run) && run.length > 1) g = g.toUpperCase();
    else if (/^\p{Lu}/u.test(run)) g = g[0].toUpperCase() + g.slice(1);
    out += g; run = '';
  };
  for (const ch of w) {
    if (/[A-Za-z]/.test(ch)) { run += ch; continue; }
    flush();
    if (/\d/.test(ch)) { out += String((out.length * 3 + 1) % 10); continue; }
    const other = fromPool(ch);
    out += other === null ? ch : other;
  }
  flush();
  return out;
}

function generic(text) {
  let s = String(text);
  if (!opt.generic) return s;
  if (opt.realFonts) {
    // Punctuation, symbols, emoji and spaces stay; letters keep their script.
    return s.replace(/[\p{L}\p{N}\p{M}]+/gu, (w) => (/^\d+$/.test(w)
      ? w.replace(/\d/g, (d, i) => String((i * 3 + 1) % 10)) : genericWord(w)));
  }
  s = s.replace(/[\p{L}\p{N}]+/gu, (w) => {
    if (/^\d+$/.test(w)) return w.replace(/\d/g, (d, i) => String((i * 3 + 1) % 10));
    let g = lorem(w.length);
    if (w === w.toUpperCase() && /\p{Lu}/u.test(w) && w.length > 1) g = g.toUpperCase();
    else if (/^\p{Lu}/u.test(w)) g = g[0].toUpperCase() + g.slice(1);
    return g;
  });
  return [...s].map((ch) => {
    const cp = ch.codePointAt(0);
    if (cp < 0x100 || '–—‘’“”•…'.includes(ch)) return ch;
    if (TYPO[ch]) return TYPO[ch];
    if (/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/u.test(ch)) return ch;
    return '*';
  }).join('');
}

// A long path (a brand's logo) becomes a generic blob over the same absolute bounding box (estimated from
// its absolute coordinates), so the SVG is still drawn with its fill and stroke but shows no one's mark.
function genericPath(d) {
  // Trace the path (end points and control points, current point kept for relative commands).
  const toks = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) || [];
  const ARGS = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  let x = 0, y = 0, sx = 0, sy = 0, cmd = 'M', i = 0;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const see = (px, py) => { x0 = Math.min(x0, px); x1 = Math.max(x1, px); y0 = Math.min(y0, py); y1 = Math.max(y1, py); };
  while (i < toks.length) {
    if (/[a-z]/i.test(toks[i])) { cmd = toks[i++]; if (/z/i.test(cmd)) { x = sx; y = sy; continue; } }
    const lc = cmd.toLowerCase(), rel = cmd === lc, n = ARGS[lc];
    if (!n || i + n > toks.length) break;
    const v = toks.slice(i, i + n).map(Number); i += n;
    if (lc === 'h') { x = rel ? x + v[0] : v[0]; }
    else if (lc === 'v') { y = rel ? y + v[0] : v[0]; }
    else if (lc === 'a') { x = rel ? x + v[5] : v[5]; y = rel ? y + v[6] : v[6]; }
    else {
      for (let k = 0; k + 1 < n - 2; k += 2) see(rel ? x + v[k] : v[k], rel ? y + v[k + 1] : v[k + 1]);
      x = rel ? x + v[n - 2] : v[n - 2]; y = rel ? y + v[n - 1] : v[n - 1];
    }
    see(x, y);
    if (lc === 'm') { sx = x; sy = y; cmd = rel ? 'l' : 'L'; }
  }
  if (!(x1 > x0) || !(y1 > y0)) { x1 = x0 + 20; y1 = y0 + 20; }
  const f = (v) => Math.round(v * 100) / 100;
  const w = x1 - x0, h = y1 - y0, cx = x0 + w / 2, cy = y0 + h / 2;
  return `M${f(cx)} ${f(y0)}C${f(x1)} ${f(y0)} ${f(x1)} ${f(cy)} ${f(x1)} ${f(cy)}L${f(x1 - w * 0.2)} ${f(y1)}`
    + `H${f(x0 + w * 0.2)}L${f(x0)} ${f(cy)}C${f(x0)} ${f(y0 + h * 0.2)} ${f(x0 + w * 0.2)} ${f(y0)} ${f(cx)} ${f(y0)}Z`
    + `M${f(cx - w * 0.15)} ${f(cy)}h${f(w * 0.3)}v${f(h * 0.2)}h${f(-w * 0.3)}Z`;
}

function fixUrls(value) {
  return value.replace(/url\((['"]?)([^)'"]*)\1\)/g,
    (m, _q, ref) => (ref.startsWith('#') ? m : realImageOf(ref) ? `url(real-img:${realImageOf(ref)})`
      : `url(../../assets/${assetFor(ref)})`));
}

function styleOut(style) {
  const out = {};
  for (const [k, v] of Object.entries(style || {})) {
    if (v === undefined) continue;
    if (isMagic(v)) continue;
    out[k] = typeof v === 'string' ? fixUrls(v) : v;
  }
  return out;
}

const FRAGMENT = Symbol.for('react.fragment');
function children(node) {
  const out = [];
  const walk = (n) => {
    if (n === null || n === undefined || n === false || n === true) return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    if (isMagic(n)) { out.push(generic(SAMPLE)); return; }
    if (typeof n === 'string') { out.push(generic(n)); return; }
    if (typeof n === 'number' || typeof n === 'bigint') { out.push(generic(String(n))); return; }
    if (typeof n === 'object' && n.$$typeof) {
      if (n.type === FRAGMENT) { walk(n.props.children); return; }
      if (typeof n.type === 'function') { walk(n.type(n.props)); return; }
      if (typeof n.type === 'object' && n.type && typeof n.type.render === 'function') {
        walk(n.type.render(n.props, null)); return;
      }
      out.push(element(n)); return;
    }
    // A plain {type, props} object (satori-html's VNodes, a card's own `h()` helper): Satori reads it as
    // it reads a React element.
    if (typeof n === 'object' && typeof n.type === 'string' && n.props && typeof n.props === 'object') {
      out.push(element(n)); return;
    }
    if (typeof n === 'object' && typeof n.then === 'function') throw new Error('async component');
    out.push(generic(String(n)));
  };
  walk(node);
  return out;
}

function element(n) {
  const props = {};
  for (const [k, v] of Object.entries(n.props || {})) {
    if (k === 'children' || v === undefined || (typeof v === 'function' && !isMagic(v))) continue;
    if (k === 'style') { props.style = styleOut(v); continue; }
    if (k === 'src' || (k === 'href' && n.type === 'image')) {
      const real = realImageOf(v);
      props[k] = real ? `real-img:${real}` : `../../assets/${typeof v === 'string' ? assetFor(v) : ASSETS.png}`; continue;
    }
    if (k === 'alt' || k === 'aria-label' || k === 'title') { props[k] = generic(isMagic(v) ? SAMPLE : v); continue; }
    if (isMagic(v)) { props[k] = generic(SAMPLE); continue; }
    if (k === 'd' && typeof v === 'string' && v.length > 240 && !opt.keepPaths) { props[k] = genericPath(v); continue; }
    props[k] = typeof v === 'string' ? fixUrls(v) : v;
  }
  const kids = children(n.props ? n.props.children : undefined);
  if (kids.length === 1) props.children = kids[0];
  else if (kids.length > 1) props.children = kids;
  return { type: n.type, props };
}

let root = children(captured.element);
if (root.length !== 1) root = { type: 'div', props: { children: root } };
else root = root[0];
if (typeof root === 'string') root = { type: 'div', props: { children: root } };
const o = captured.options || {};
const size = exp.size || {};
const doc = { width: o.width ?? size.width ?? 1200, height: o.height ?? size.height ?? 630 };
if (Array.isArray(o.fonts) && o.fonts.length) {
  doc.fonts = o.fonts.map((f) => {
    const file = identifyFont(f.data) || fontFor(`${f.name} ${f.weight || ''}`);
    const entry = { name: f.name, path: file.startsWith('real:') ? file : `../../fonts/${file}` };
    if (f.weight) entry.weight = f.weight;
    if (f.style) entry.style = f.style;
    return entry;
  });
}
if (o.emoji) doc.emoji = o.emoji;
doc.element = root;
process.stdout.write(JSON.stringify(doc, null, 1) + '\n');
