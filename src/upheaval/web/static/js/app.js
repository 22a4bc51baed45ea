// The dashboard: loads events from the API and wires map, timeline, table,
// evidence panel and spread view together. The filters and the timeline's
// range live in the URL, so a view can be shared and the back button works.
import { createEvidence } from "./evidence.js";
import { createMap } from "./map.js";
import { createSpread } from "./spread.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";
import { colorOf, el, getJSON } from "./util.js";

// /api/points answers up to this many events at once; past it the status
// line asks for narrower filters.
const MAX_POINTS = 100000;
// Filters the API applies; "range" is the timeline's brush (client side).
const FILTERS = ["country", "type", "place", "since", "until"];

const $ = (id) => document.getElementById(id);
const state = { all: [], range: null, selected: null, filters: new URLSearchParams() };

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

// Rows of /api/points as objects: one per event.
function toEvents(body) {
  const names = body.columns;
  return body.rows.map((row) => {
    const event = {};
    for (let i = 0; i < names.length; i += 1) event[names[i]] = row[i];
    event.measures = event.measures && event.measures !== "[]" ? JSON.parse(event.measures) : [];
    return event;
  });
}

function readURL() {
  const url = new URLSearchParams(window.location.search);
  const filters = new URLSearchParams();
  for (const key of FILTERS) if (url.get(key)) filters.set(key, url.get(key));
  const range = (url.get("range") || "").split("..");
  return { filters, range: range.length === 2 && range[0] && range[1] ? range : null };
}

function writeURL(push) {
  const params = new URLSearchParams(state.filters);
  if (state.range) params.set("range", `${state.range[0]}..${state.range[1]}`);
  if (state.selected) params.set("event", state.selected);
  const query = params.toString();
  const target = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (target === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", target);
  else window.history.replaceState(null, "", target);
}

function fillForm(filters) {
  const form = $("filters");
  for (const key of FILTERS) {
    const input = form.elements.namedItem(key);
    if (!input) continue;
    const value = filters.get(key) || "";
    if (input.tagName === "SELECT" && value
        && ![...input.options].some((o) => o.value === value)) {
      input.append(el("option", { value }, value)); // as asked, so the error below names it
    }
    input.value = value;
  }
}

function formFilters() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($("filters"))) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  return params;
}

function legend(events) {
  const counts = new Map();
  for (const event of events) counts.set(event.event_type, (counts.get(event.event_type) || 0) + 1);
  const present = [...counts].sort((a, b) => b[1] - a[1]);
  $("legend").replaceChildren(...present.map(([type, n]) =>
    el("li", { "data-type": type }, el("span", { class: "swatch", style: `background:${colorOf(type)}` }),
       `${type} (${n})`)));
}

function start() {
  if (typeof L === "undefined" || typeof topojson === "undefined"
      || typeof L.markerClusterGroup === "undefined") {
    setStatus("The map's files are missing: run `npm ci` (make install) and restart.", true);
    return;
  }
  const evidence = createEvidence($("evidence"));
  const select = (eventId, fromURL = false) => {
    state.selected = eventId;
    table.highlight(eventId);
    mapView.highlight(eventId);
    evidence.show(eventId);
    if (!fromURL) writeURL(false);
  };
  const mapView = createMap($("map"), (id) => select(id));
  const table = createTable($("events"), $("table-count"), (id) => select(id));
  const visible = () => (state.range
    ? state.all.filter((e) => e.event_date >= state.range[0] && e.event_date <= state.range[1])
    : state.all);
  const spread = createSpread({ list: $("spread-list"), summary: $("spread-summary"),
    scope: $("spread-scope"), slider: $("spread-day"), label: $("spread-date"),
    button: $("replay") }, mapView);

  // The panels follow what is shown: an event the filters or the range
  // removed leaves the evidence panel.
  const render = (fit) => {
    const shown = visible();
    const t0 = performance.now();
    mapView.show(shown, fit);
    const t1 = performance.now();
    table.show(shown);
    legend(shown);
    state.drawTiming = { markers: Math.round(t1 - t0), table: Math.round(performance.now() - t1) };
    if (state.selected && !shown.some((e) => e.event_id === state.selected)) {
      state.selected = null;
      evidence.clear("The selected event is outside the filters now.");
    }
    if (state.selected) { table.highlight(state.selected); mapView.highlight(state.selected); }
    return shown;
  };
  const spreadQuery = () => {
    const params = new URLSearchParams(state.filters);
    if (state.range) {
      params.set("since", state.range[0] > (params.get("since") || "") ? state.range[0] : params.get("since"));
      params.set("until", !params.get("until") || state.range[1] < params.get("until")
        ? state.range[1] : params.get("until"));
    }
    return params;
  };
  const showRange = () => {
    $("range").textContent = !state.range ? "drag across the bars to filter"
      : state.range[0] === state.range[1] ? state.range[0] : `${state.range[0]} to ${state.range[1]}`;
    $("clear-range").hidden = !state.range;
  };
  const timeline = createTimeline($("timeline"), $("timeline-title"), (range) => {
    state.range = range;
    showRange();
    render(false);
    writeURL(true);
    spread.load(spreadQuery()).catch((error) => setStatus(`Spread: ${error.message}`, true));
  });

  $("clear-range").addEventListener("click", () => {
    state.range = null;
    timeline.clear();
    showRange();
    render(false);
    writeURL(true);
    spread.load(spreadQuery()).catch((error) => setStatus(`Spread: ${error.message}`, true));
  });

  let ticket = 0;
  async function reload({ range = null, selected = null } = {}) {
    const mine = ++ticket;
    document.body.dataset.ready = "false";
    const began = performance.now();
    setStatus("loading…");
    const params = new URLSearchParams(state.filters);
    params.set("limit", String(MAX_POINTS));
    let body;
    try {
      body = await getJSON(`/api/points?${params}`);
    } catch (error) {
      if (mine !== ticket) return;
      // Said, not silently empty: an unknown country or type is the API's 400.
      state.all = [];
      state.range = null;
      timeline.draw([]);
      render(false);
      spread.reset();
      setStatus(`No events: ${error.message}`, true);
      document.body.dataset.ready = "true";
      return;
    }
    if (mine !== ticket) return;
    const fetched = performance.now();
    state.all = toEvents(body);
    state.range = range;
    const t0 = performance.now();
    timeline.draw(state.all, range);
    const timelineMs = Math.round(performance.now() - t0);
    showRange();
    const parsed = performance.now();
    const shown = render(true);
    const drawn = performance.now();
    setStatus(body.total > state.all.length
      ? `${state.all.length} of ${body.total} events (narrow the filters)`
      : `${body.total} event${body.total === 1 ? "" : "s"}`);
    if (selected && shown.some((e) => e.event_id === selected)) select(selected, true);
    await mapView.ready();
    if (mine !== ticket) return;
    const done = performance.now();
    // Where the time went, for the speed test and for people (ms).
    document.body.dataset.timing = JSON.stringify({
      fetch: Math.round(fetched - began), parse: Math.round(parsed - fetched),
      draw: Math.round(drawn - parsed), timeline: timelineMs, ...state.drawTiming,
      cluster: Math.round(done - drawn) });
    document.body.dataset.readyMs = String(Math.round(done - began));
    document.body.dataset.ready = "true";
    mapView.loadTowns();
    spread.load(spreadQuery()).catch((error) => setStatus(`Spread: ${error.message}`, true));
  }

  function fromURL() {
    const { filters, range } = readURL();
    state.filters = filters;
    fillForm(filters);
    const selected = new URLSearchParams(window.location.search).get("event");
    return reload({ range, selected });
  }

  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    state.filters = formFilters();
    state.range = null;
    writeURL(true);
    reload();
  });
  window.addEventListener("popstate", fromURL);
  window.addEventListener("resize", () => timeline.draw(state.all, state.range));
  fromURL();
}

start();
