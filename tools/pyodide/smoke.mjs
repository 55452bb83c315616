#!/usr/bin/env node
// pureog in Pyodide (CPython compiled to WebAssembly), offline: installs pureog and its dependencies
// from pure-Python wheels in a local folder, renders the cards of card.py (beside this file) and
// prints a JSON report on stdout: the Pyodide and package versions, start-up and install times, and
// for each card its PNG's SHA-256 and size, the first render's time, the warm render time (median of
// --runs renders after one untimed) and whether the digest matches the one given with --expect.
//
//   node tools/pyodide/smoke.mjs WHEEL_DIR [--expect dict=SHA256] [--expect yaml=SHA256]
//                                          [--runs 5] [--out DIR]
//
// WHEEL_DIR holds one py3-none-any wheel each of pureog, fonttools, pypng and pyyaml (spec/pyodide.md
// says how to make them; tests/test_pyodide.py does). Pyodide itself comes from node_modules (`npm ci`
// here). Nothing is downloaded: the wheels are installed from their paths with pyodide.loadPackage,
// and fetch() is disabled, so that reaching for Pyodide's CDN would fail loudly. The "dict" card is
// rendered before PyYAML is installed (documents given as dicts need no YAML), the others after.
// --out DIR writes the PNGs there (pyodide-NAME.png).
// Exit status: 0 when every expected digest matched, 1 when one did not, 2 on any other failure.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { loadPyodide, version as pyodideVersion } from "pyodide";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DISTRIBUTIONS = ["pureog", "fonttools", "pypng", "pyyaml"]; // wheel file names start so, as pip writes them

// The Python half, run inside Pyodide once pureog is installed; card.py is copied to /smoke first.
const DRIVER = `
import hashlib, importlib.metadata, importlib.util, platform, sys, time
sys.path.insert(0, "/smoke")
import card

def render(name, runs):
    start = time.perf_counter()
    png = card.render(name)
    first_ms = (time.perf_counter() - start) * 1000
    return {"png": png, "sha256": hashlib.sha256(png).hexdigest(), "bytes": len(png),
            "first_ms": round(first_ms), "warm_ms": round(card.warm_ms(name, runs), 1)}

def check_no_yaml():
    assert importlib.util.find_spec("yaml") is None, "PyYAML is installed already"

def check_pure_yaml():
    import yaml
    assert not yaml.__with_libyaml__, "this PyYAML has its C extension (libyaml): not the pure wheel"

def versions():
    names = ${JSON.stringify(DISTRIBUTIONS)}
    return {"python": platform.python_version(), **{n: importlib.metadata.version(n) for n in names}}

{"cards": list(card.CARDS), "render": render, "check_no_yaml": check_no_yaml,
 "check_pure_yaml": check_pure_yaml, "versions": versions}
`;

class UsageError extends Error {}

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      expect: { type: "string", multiple: true, default: [] },
      runs: { type: "string", default: "5" },
      out: { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one WHEEL_DIR");
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs wants a positive whole number, got ${values.runs}`);
  const expected = {};
  for (const item of values.expect) {
    const match = /^([\w-]+)=([0-9a-f]{64})$/.exec(item);
    if (!match) throw new UsageError(`--expect ${item}: want NAME=SHA256 (64 lowercase hex digits)`);
    expected[match[1]] = match[2];
  }
  return { wheels: findWheels(positionals[0]), runs, expected, out: values.out };
}

/** The wheel of each distribution in `dir`, by name; every one must be pure (…-none-any.whl). */
function findWheels(dir) {
  const wheels = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".whl"))) {
    const name = file.split("-")[0].toLowerCase();
    if (!DISTRIBUTIONS.includes(name)) continue;
    if (!file.endsWith("-none-any.whl")) throw new UsageError(`${file} is not a pure-Python wheel (…-none-any.whl)`);
    if (wheels[name]) throw new UsageError(`two ${name} wheels in ${dir}: ${path.basename(wheels[name])} and ${file}`);
    wheels[name] = path.resolve(dir, file);
  }
  const missing = DISTRIBUTIONS.filter((name) => !wheels[name]);
  if (missing.length) throw new UsageError(`no wheel of ${missing.join(", ")} in ${dir}`);
  return wheels;
}

/** A Python dict (a PyProxy) as a plain object, the proxy released. */
function toObject(proxy) {
  const value = proxy.toJs({ dict_converter: Object.fromEntries });
  proxy.destroy();
  return value;
}

async function main() {
  const { wheels, runs, expected, out } = parseCommandLine();
  globalThis.fetch = async (resource) => {
    throw new Error(`network access attempted (${resource}): the smoke check runs offline`);
  };
  const quiet = { messageCallback: () => {}, errorCallback: (message) => console.error(message) };
  let clock = performance.now();
  const lap = () => {
    const start = clock;
    clock = performance.now();
    return Math.round(clock - start);
  };

  // Python's own output goes to stderr: stdout is the report's.
  const pyodide = await loadPyodide({ stdout: (line) => console.error(line) });
  const startupMs = lap();
  await pyodide.loadPackage([wheels.pureog, wheels.fonttools, wheels.pypng], quiet);
  const installMs = lap();
  pyodide.FS.mkdirTree("/smoke");
  pyodide.FS.writeFile("/smoke/card.py", readFileSync(path.join(HERE, "card.py")));
  const smoke = toObject(pyodide.runPython(DRIVER)); // its functions stay proxies, callable from here
  const unknown = Object.keys(expected).filter((name) => !smoke.cards.includes(name));
  if (unknown.length) throw new UsageError(`--expect names no card of card.py: ${unknown.join(", ")}`);

  const cards = {};
  const render = (name) => {
    const { png, ...report } = toObject(smoke.render(name, runs));
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `pyodide-${name}.png`), png);
    }
    if (name in expected) report.match = report.sha256 === expected[name];
    cards[name] = report;
  };
  smoke.check_no_yaml();
  render("dict");
  await pyodide.loadPackage([wheels.pyyaml], quiet);
  smoke.check_pure_yaml();
  smoke.cards.filter((name) => name !== "dict").forEach(render);

  const ok = Object.values(cards).every((card) => card.match !== false);
  const versions = toObject(smoke.versions());
  const report = { pyodide: pyodideVersion, ...versions, startup_ms: startupMs, install_ms: installMs, runs, cards, ok };
  console.log(JSON.stringify(report, null, 2));
  return ok ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
    console.error(`smoke.mjs: ${error.message}`);
    console.error("usage: node smoke.mjs WHEEL_DIR [--expect NAME=SHA256]... [--runs N] [--out DIR]");
  } else {
    console.error(error);
  }
  process.exitCode = 2;
}
