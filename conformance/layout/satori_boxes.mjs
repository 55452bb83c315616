// Differential-testing helper for pureog's layout: every element's box as the REAL Satori lays it out.
//
// Role: JSON element trees in -> per-element boxes out, computed by the exact Satori 0.29.0 + Yoga
// that Next.js 16.4.6 bundles (conformance/oracle/node_modules/next/dist/compiled/@vercel/og). Dev tool
// only: pureog never runs it; the boxes it reports are committed in conformance/layout/corpus/.
//
// Next's bundle does not export `satori`, and `ImageResponse` does not forward `onNodeDetected`, so
// a module load hook (node:module register) appends one export line to the bundle's source as Node
// loads it. Nothing on disk changes and the bundle keeps its own URL, so its Yoga WASM loads as usual.
//
// Input (stdin, JSON): {"cases": [{"width": 400, "height": 300, "element": {type, props}, "fonts"?: [...]}, ...]}
// A case's optional "fonts" ([{name, path, weight, style}], paths relative to the repository) replace
// the default face, as ImageResponse's `fonts` option does.
// Output (stdout, JSON Lines): one line per case, in order, written as soon as the case is done:
//   {"boxes": [[left, top, width, height, type], ...]} | {"error": "message"}
// (and with the case's "text": true, "text": [[x, y, width, height, "text"], ...], see textBoxes)
// (Satori never returns on a few trees; the caller kills the process and learns from the lines
// written so far which case hung.)
// Boxes are in document order (Satori reports a parent before its children); text is not reported.
// Text is laid out with pureog's bundled Geist Regular (the same file Next bundles).
// Emoji no font covers are laid out as Next's ImageResponse lays them out online: its own
// loadAdditionalAsset (exported from the bundle with satori) fetches the Twemoji SVG, which
// --emoji-dir DIR serves from files named as the CDN names them (conformance/oracle/regenerate.py's
// write_emoji_set); without it, or for a file DIR lacks, the request gets the CDN's 404 page, as Next
// would. Fallback font downloads are refused (Next logs and goes on without them, as offline).
//
// Usage: node satori_boxes.mjs [--emoji-dir DIR] < cases.json > boxes.json

import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const BUNDLE = resolve(REPO, 'conformance/oracle/node_modules/next/dist/compiled/@vercel/og/index.node.js');
const FONT = resolve(REPO, 'pureog/fonts/Geist-Regular.ttf');
const TWEMOJI_PREFIX = 'https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/';

const HOOK = `
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (url.endsWith('/@vercel/og/index.node.js')) {
    const source = String(result.source) +
      '\\nexport { satori as __pureogSatori, loadDynamicAsset as __pureogLoadDynamicAsset };\\n';
    return { ...result, source };
  }
  return result;
}
`;

async function loadSatori() {
  register('data:text/javascript,' + encodeURIComponent(HOOK), pathToFileURL(HERE + '/'));
  const mod = await import(pathToFileURL(BUNDLE).href);
  if (typeof mod.__pureogSatori !== 'function' || typeof mod.__pureogLoadDynamicAsset !== 'function') {
    throw new Error('could not expose satori and loadDynamicAsset from the Next bundle');
  }
  return [mod.__pureogSatori, mod.__pureogLoadDynamicAsset];
}

// A case with "text": true is drawn with debug: true, and the boxes Satori outlines around its text
// runs (the #575eff <rect>s: one per segment it shapes, x, baseline - line height, width, line height)
// come back as "text", in the order Satori writes them.
function textBoxes(svg) {
  const found = [];
  for (const [tag] of svg.matchAll(/<rect [^>]*stroke="#575eff"[^>]*>/g)) {
    const attr = (name) => {
      const m = tag.match(new RegExp(` ${name}="([^"]*)"`));
      return m ? Number(m[1]) : null;
    };
    found.push([attr('x'), attr('y'), attr('width'), attr('height'), /transform=/.test(tag) ? 'transformed' : 'text']);
  }
  return found;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const at = process.argv.indexOf('--emoji-dir');
  const emojiDir = at > 0 ? process.argv[at + 1] : null;
  // Nothing here may reach the network: Twemoji comes from --emoji-dir, fallback fonts are refused.
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('data:')) return realFetch(input, init);
    if (url.startsWith(TWEMOJI_PREFIX)) {
      const file = emojiDir ? resolve(emojiDir, basename(new URL(url).pathname)) : null;
      if (file && existsSync(file)) {
        return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'image/svg+xml' } });
      }
      return new Response(`Couldn't find the requested file /${basename(url)}.`, { status: 404 });
    }
    throw new TypeError(`satori_boxes: network access refused for ${url}`);
  };
  const [satori, loadDynamicAsset] = await loadSatori();
  const loadAdditionalAsset = loadDynamicAsset({ emoji: 'twemoji' });
  const fonts = [{ name: 'Geist', data: readFileSync(FONT), weight: 400, style: 'normal' }];
  // One Buffer per file: Satori caches parsed fonts by buffer identity (as a server loading its fonts once).
  const files = new Map();
  const caseFonts = (list) => list.map((f) => {
    if (!files.has(f.path)) files.set(f.path, readFileSync(resolve(REPO, f.path)));
    return { name: f.name, data: files.get(f.path), weight: f.weight ?? 400, style: f.style ?? 'normal' };
  });
  const { cases } = JSON.parse(await readStdin());
  for (const c of cases) {
    const boxes = [];
    let result;
    try {
      const svg = await satori(c.element, {
        width: c.width,
        height: c.height,
        fonts: c.fonts ? caseFonts(c.fonts) : fonts,
        loadAdditionalAsset,
        debug: c.text === true,
        onNodeDetected: (n) => boxes.push([n.left, n.top, n.width, n.height, n.type]),
      });
      result = c.text === true ? { boxes, text: textBoxes(svg) } : { boxes };
    } catch (err) {
      result = { error: String(err && err.message ? err.message : err) };
    }
    process.stdout.write(JSON.stringify(result) + '\n'); // synchronous on a pipe (Linux)
  }
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
