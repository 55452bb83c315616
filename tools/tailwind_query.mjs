// Dev tool: ask the Tailwind handler bundled in Next.js's @vercel/og (Satori 0.29 + its twrnc) for its
// theme and for the styles of class strings. Used by tools/gen_tailwind.py; never at runtime.
//
//   node tools/tailwind_query.mjs theme             -> JSON: the resolved theme sections twrnc reads,
//                                                      its static utilities, Satori's shadow utilities
//   node tools/tailwind_query.mjs styles < q.json   -> q = [{classes, width, height}], one fresh
//                                                      instance per query -> [{style, warnings}]
//
// The bundle's functions are module-private, so a copy of it with one export line appended is
// imported from a temporary directory (next to links to the files it loads). Nothing is modified in
// node_modules. Reads conformance/oracle/node_modules (run `npm ci --omit=optional` there first).
import fs from "fs";
import os from "os";
import path from "path";
import { fileURLToPath } from "url";

const here = path.dirname(fileURLToPath(import.meta.url));
const og = path.join(here, "..", "conformance", "oracle", "node_modules", "next", "dist", "compiled", "@vercel", "og");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pureog-tw-"));
for (const f of ["Geist-Regular.ttf", "resvg.wasm", "yoga.wasm"]) fs.symlinkSync(path.join(og, f), path.join(dir, f));
// Xo: Satori's tw factory (twrnc's create + Satori's plugin); od: a fresh instance; su/rd: resolveConfig;
// id: Satori's shadow plugin; Oo: twrnc's static utilities.
const source = fs.readFileSync(path.join(og, "index.node.js"), "utf8") + "\nexport const __pureog = { od, su, rd, id, Oo };\n";
fs.writeFileSync(path.join(dir, "og.mjs"), source);
const { __pureog: tw } = await import(path.join(dir, "og.mjs"));
fs.rmSync(dir, { recursive: true, force: true });

const SECTIONS = ["screens", "colors", "backgroundColor", "textColor", "borderColor", "margin", "padding", "width",
  "height", "minWidth", "minHeight", "maxWidth", "maxHeight", "lineHeight", "fontSize", "fontFamily", "borderWidth",
  "borderRadius", "inset", "flex", "flexGrow", "flexShrink", "opacity", "letterSpacing", "zIndex"];

function theme() {
  const config = tw.su.default(tw.rd({ plugins: [tw.id] }));
  const sections = Object.fromEntries(SECTIONS.map((name) => [name, config.theme[name]]));
  const statics = {};
  for (const [name, ir] of tw.Oo) {
    if (ir.kind === "complete") statics[name] = { style: ir.style };
    else { const probe = {}; ir.complete(probe); statics[name] = { fontVariant: probe.fontVariant[0] }; }
  }
  let plugin = {};
  tw.id.handler({ addUtilities: (utilities) => { plugin = utilities; } });
  return { theme: sections, static: statics, plugin };
}

function styles(queries) {
  const warn = console.warn;
  const out = [];
  for (const { classes, width, height } of queries) {
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(" "));
    const instance = tw.od(undefined);
    instance.setWindowDimensions({ width, height });
    let style;
    try { style = instance([classes]); } catch (error) { style = { __error: String(error) }; }
    out.push({ style, warnings });
  }
  console.warn = warn;
  return out;
}

const mode = process.argv[2];
if (mode === "theme") process.stdout.write(JSON.stringify(theme()));
else if (mode === "styles") process.stdout.write(JSON.stringify(styles(JSON.parse(fs.readFileSync(0, "utf8")))));
else { console.error("usage: node tools/tailwind_query.mjs theme | styles < queries.json"); process.exit(2); }
