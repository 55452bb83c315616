// pureog preview: the page's script (pureog/preview/page.html). It listens to /events (Server-Sent
// Events carrying the preview's state, see server.py), shows the last good image at a known scale, the
// error and warnings of the latest render, and on hover the layout box under the cursor.
// In the in-browser mode (state.mode "pyodide") the server only says that files changed: the page loads
// Pyodide and pureog's wheels, fetches /files and renders with pureog.preview.browser itself.
"use strict";

const $ = (id) => document.getElementById(id);
const view = {
  state: null,      // the latest state from the server
  boxes: [],        // the boxes of the image shown (they change with it, not before)
  width: 0,         // the size of the image shown
  height: 0,
  shown: null,      // the image_version shown
  scale: 1,
  hovered: null,
};

function fmt(n) {
  return n === null || n === undefined ? "?" : String(Math.round(n * 100) / 100);
}

function applyState(state) {
  view.state = state;
  document.body.dataset.version = String(state.version);
  $("document").textContent = state.document + (state.data ? " + " + state.data : "") +
    (state.item !== null && state.item !== undefined ? " [item " + state.item + "]" : "");
  document.title = state.document + " · pureog preview";
  const status = $("status");
  status.className = "status " + (state.error ? "error" : "ok");
  status.textContent = state.error ? "error" : "rendered";
  if (state.render_ms !== null) {
    const where = state.mode === "pyodide" ? " in the browser" : "";
    const at = new Date(state.rendered_at * 1000).toLocaleTimeString();
    $("timing").textContent = "render " + Math.round(state.render_ms) + " ms" + where + " · layout " +
      Math.round(state.layout_ms) + " ms · " + at;
  } else {
    $("timing").textContent = "";
  }
  showError(state);
  showWarnings(state.warnings);
  if (state.image_version !== null && state.image_version !== view.shown) {
    loadImage(state);
  }
  $("canvas").classList.toggle("error", Boolean(state.error));
}

function showError(state) {
  const banner = $("error");
  const error = state.error;
  banner.hidden = !error;
  if (!error) return;
  $("error-kind").textContent = error.kind;
  $("error-path").textContent = error.path || "";
  $("error-message").textContent = error.message;
  $("error-note").textContent = state.image_version === null
    ? "No render has succeeded yet."
    : "The image below is the last good render; it updates when the document renders again.";
}

function showWarnings(warnings) {
  const banner = $("warnings");
  banner.hidden = warnings.length === 0;
  $("warnings-title").textContent = warnings.length + (warnings.length === 1 ? " warning" : " warnings") +
    " (input Next.js tolerates: rendered as there)";
  const list = $("warning-list");
  list.replaceChildren(...warnings.map((w) => {
    const li = document.createElement("li");
    if (w.path) {
      const code = document.createElement("code");
      code.textContent = w.path;
      li.append(code, ": ");
    }
    li.append(w.message);
    return li;
  }));
}

function loadImage(state) {
  const img = $("card");
  const version = state.image_version;
  const next = new Image();
  next.onload = () => {
    if (view.state && view.state.image_version !== version) return; // a newer one is on its way
    if (img.src.startsWith("blob:")) URL.revokeObjectURL(img.src);
    img.src = next.src;
    img.dataset.version = String(version);
    view.shown = version;
    view.boxes = state.boxes;
    view.width = state.width;
    view.height = state.height;
    $("size").textContent = state.width + " × " + state.height;
    $("canvas").hidden = false;
    $("empty").hidden = true;
    clearOutline(); // the boxes are new
    layoutCanvas();
  };
  next.src = state.image_url || "/image.png?v=" + version;
}

function layoutCanvas() {
  if (!view.width) return;
  const zoom = $("zoom").value;
  if (zoom === "fit") {
    const stage = $("stage");
    const room = stage.clientWidth - 32;
    view.scale = Math.min(1, room / view.width);
  } else {
    view.scale = Number(zoom);
  }
  const canvas = $("canvas");
  canvas.style.width = view.width * view.scale + "px";
  canvas.style.height = view.height * view.scale + "px";
  canvas.dataset.scale = String(view.scale);
  drawAllBoxes();
  if (view.hovered) outline(view.hovered);
}

function usable(box) {
  return box.x !== null && box.y !== null && box.width !== null && box.height !== null;
}

function place(element, box) {
  element.style.left = box.x * view.scale + "px";
  element.style.top = box.y * view.scale + "px";
  element.style.width = box.width * view.scale + "px";
  element.style.height = box.height * view.scale + "px";
}

function drawAllBoxes() {
  const layer = $("all");
  if (!$("all-boxes").checked) {
    layer.replaceChildren();
    return;
  }
  layer.replaceChildren(...view.boxes.filter(usable).map((box) => {
    const div = document.createElement("div");
    place(div, box);
    return div;
  }));
}

// The box under a canvas point: the last one in document order (children come after their parent and
// later siblings paint over earlier ones) whose border box holds the point.
function boxAt(x, y) {
  for (let i = view.boxes.length - 1; i >= 0; i--) {
    const b = view.boxes[i];
    if (usable(b) && b.width > 0 && b.height > 0 && x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height) {
      return b;
    }
  }
  return null;
}

function outline(box) {
  const element = $("outline");
  place(element, box);
  element.hidden = false;
  $("box-hint").hidden = true;
  $("box-path").textContent = box.path;
  $("box-tag").textContent = "<" + box.type + ">";
  $("box-rect").textContent = "x " + fmt(box.x) + "  y " + fmt(box.y) + "  width " + fmt(box.width) +
    "  height " + fmt(box.height);
}

function clearOutline() {
  view.hovered = null;
  $("outline").hidden = true;
  $("box-hint").hidden = false;
  $("box-path").textContent = "";
  $("box-tag").textContent = "";
  $("box-rect").textContent = "";
}

function onMove(event) {
  const rect = $("canvas").getBoundingClientRect();
  const box = boxAt((event.clientX - rect.left) / view.scale, (event.clientY - rect.top) / view.scale);
  if (box === view.hovered) return;
  if (box) {
    view.hovered = box;
    outline(box);
  } else {
    clearOutline();
  }
}

// --- the in-browser mode ------------------------------------------------------------------------

const inBrowser = { module: null, wanted: 0, done: 0, busy: false };

function setStatus(kind, text) {
  const status = $("status");
  status.className = "status " + kind;
  status.textContent = text;
}

async function startPyodide(wheels) {
  setStatus("offline", "loading Pyodide");
  const { loadPyodide } = await import("/pyodide/pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: "/pyodide/" });
  setStatus("offline", "installing pureog");
  await pyodide.loadPackage(wheels);
  inBrowser.module = pyodide.pyimport("pureog.preview.browser");
}

// Render every change the server announced, one at a time, the newest last.
async function renderInBrowser(serverState) {
  inBrowser.wanted = Math.max(inBrowser.wanted, serverState.version);
  if (inBrowser.busy) return;
  inBrowser.busy = true;
  try {
    if (!inBrowser.module) await startPyodide(serverState.wheels);
    while (inBrowser.done < inBrowser.wanted) {
      const target = inBrowser.wanted;
      const bundle = await (await fetch("/files")).text();
      setStatus("offline", "rendering");
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the status show
      const state = JSON.parse(inBrowser.module.update(bundle));
      inBrowser.done = target;
      state.mode = "pyodide";
      if (state.image_version !== null && state.image_version !== view.shown) {
        const png = inBrowser.module.image();
        const bytes = png.toJs();
        png.destroy();
        state.image_url = URL.createObjectURL(new Blob([bytes], { type: "image/png" }));
      }
      applyState(state);
    }
  } catch (error) {
    setStatus("error", "Pyodide failed");
    showError({ error: { kind: "Pyodide", path: null, message: String(error && error.stack || error) },
                image_version: view.shown });
  } finally {
    inBrowser.busy = false;
  }
}

function onServerState(state) {
  if (state.mode === "pyodide") {
    renderInBrowser(state);
  } else {
    applyState(state);
  }
}

function connect() {
  const events = new EventSource("/events");
  events.addEventListener("state", (event) => onServerState(JSON.parse(event.data)));
  events.onopen = () => {
    if (view.state && view.state.mode !== "pyodide") applyState(view.state);
  };
  events.onerror = () => {
    const status = $("status");
    status.className = "status offline";
    status.textContent = "disconnected: retrying";
  };
}

$("canvas").addEventListener("mousemove", onMove);
$("canvas").addEventListener("mouseleave", clearOutline);
$("zoom").addEventListener("change", layoutCanvas);
$("all-boxes").addEventListener("change", drawAllBoxes);
window.addEventListener("resize", layoutCanvas);
connect();
