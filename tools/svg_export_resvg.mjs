// Dev tool: rasterise SVG files with the resvg that Next.js's ImageResponse uses (the resvg-wasm bundled
// in next/dist/compiled/@vercel/og), as Next calls it (fitTo the SVG's width). Used by
// tools/svg_export_check.py and tests/svg_export/test_resvg.py to check pureog's SVG export; never at
// runtime.
//
//   node tools/svg_export_resvg.mjs < jobs.json   jobs = [{"svg": "a.svg", "out": "a.png", "width": 1200}]
//                                                 -> one JSON line per job on stdout: {"ok": true} or
//                                                    {"ok": false, "error": "..."}
//
// The bundle's resvg is module-private, so a copy of the bundle with one export line appended is imported
// from a temporary directory (next to links to the files it loads), as tools/tailwind_query.mjs does.
// Nothing is modified in node_modules. Reads conformance/oracle/node_modules (`npm ci --omit=optional`).
import fs from "fs";
import os from "os";
import path from "path";
import { fileURLToPath } from "url";

const here = path.dirname(fileURLToPath(import.meta.url));
const og = path.join(here, "..", "conformance", "oracle", "node_modules", "next", "dist", "compiled", "@vercel", "og");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pureog-resvg-"));
for (const f of ["Geist-Regular.ttf", "resvg.wasm", "yoga.wasm"]) fs.symlinkSync(path.join(og, f), path.join(dir, f));
// Resvg2: resvg-wasm's Resvg class; initializedResvg: the bundle's own initWasm(resvg.wasm) promise.
const source = fs.readFileSync(path.join(og, "index.node.js"), "utf8")
  + "\nexport const __pureog = { Resvg: Resvg2, ready: initializedResvg };\n";
fs.writeFileSync(path.join(dir, "og.mjs"), source);
const { __pureog: resvg } = await import(path.join(dir, "og.mjs"));
fs.rmSync(dir, { recursive: true, force: true });
await resvg.ready;

const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
for (const job of jobs) {
  try {
    const svg = fs.readFileSync(job.svg, "utf8");
    const renderer = new resvg.Resvg(svg, { fitTo: { mode: "width", value: job.width } });
    const image = renderer.render();
    fs.writeFileSync(job.out, image.asPng());
    image.free();
    renderer.free();
    process.stdout.write(JSON.stringify({ ok: true }) + "\n");
  } catch (error) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(error && error.message || error) }) + "\n");
  }
}
