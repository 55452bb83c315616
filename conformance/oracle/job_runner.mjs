// Shared by the reference driver (render.mjs) and the Takumi benchmark driver (bench/takumi_render.mjs):
// fonts read once per path, and one job rendered N times with its PNG written and its times reported.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const fontCache = new Map();

// A job's fonts ({name, path, weight, style, lang}) as {name, data, ...}; undefined when the job gives
// none (Next's default: Geist Regular 400).
export function loadFonts(fonts, baseDir) {
  if (fonts === null || fonts === undefined) return undefined;
  return fonts.map((f) => {
    const path = resolve(baseDir, f.path);
    let data = fontCache.get(path);
    if (!data) {
      data = readFileSync(path);
      fontCache.set(path, data);
    }
    // `as_written`: a face's missing weight or style stays missing, as in a user's options (the
    // mutation differential, conformance/mutate); otherwise they default as Next's docs show them.
    const font = f.as_written ? { name: f.name, data } : { name: f.name, data, weight: f.weight ?? 400, style: f.style ?? 'normal' };
    if (f.as_written && f.weight !== undefined) font.weight = f.weight;
    if (f.as_written && f.style !== undefined) font.style = f.style;
    // an empty lang reaches Satori as written: it passes addFonts' truthiness test and keys the face `name_`
    if (f.lang !== undefined && f.lang !== null) font.lang = f.lang;
    return font;
  });
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round2 = (x) => (x === null ? null : Math.round(x * 100) / 100);

// Runs `renderOnce()` (resolving to {png, ms}) `runs` times, writes the first PNG to `out` and fills
// `entry`: ok, bytes, cold_ms (the first render), warm_median_ms (the others), nondeterministic.
export async function timeRenders(renderOnce, runs, out, entry) {
  const times = [];
  let png = null;
  for (let r = 0; r < Math.max(1, runs); r++) {
    const result = await renderOnce();
    times.push(result.ms);
    if (png === null) png = result.png;
    else if (!png.equals(result.png)) entry.nondeterministic = true;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, png);
  entry.ok = true;
  entry.bytes = png.length;
  entry.cold_ms = round2(times[0]);
  if (runs > 1) entry.warm_median_ms = round2(median(times.slice(1)));
}
