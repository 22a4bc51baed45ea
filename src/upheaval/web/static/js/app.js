// The dashboard: loads events from the API and wires map, timeline, table,
// evidence panel and spread view together.
import { createEvidence } from "./evidence.js";
import { createMap } from "./map.js";
import { createSpread } from "./spread.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";
import { TYPE_COLORS, el, getJSON } from "./util.js";

// Events per request (the API's maximum page) and in all: past MAX_EVENTS
// the browser gets slow, and the status line asks for narrower filters.
const PAGE = 1000;
const MAX_EVENTS = 20000;

const $ = (id) => document.getElementById(id);
const state = { all: [], range: null, selected: null };

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($("filters"))) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  return params;
}

async function loadEvents(params) {
  const events = [];
  let total = 0;
  do {
    params.set("limit", String(PAGE));
    params.set("offset", String(events.length));
    const page = await getJSON(`/api/events?${params}`);
    total = page.total;
    events.push(...page.events);
    if (!page.events.length) break;
  } while (events.length < total && events.length < MAX_EVENTS);
  return { events, total };
}

function legend() {
  $("legend").replaceChildren(...Object.entries(TYPE_COLORS).map(([type, color]) =>
    el("li", {}, el("span", { class: "swatch", style: `background:${color}` }), type)));
}

function start() {
  if (typeof L === "undefined" || typeof topojson === "undefined") {
    setStatus("The map's files are missing: run `npm ci` (make install) and restart.", true);
    return;
  }
  const evidence = createEvidence($("evidence"));
  const select = (eventId) => {
    state.selected = eventId;
    table.highlight(eventId);
    mapView.highlight(eventId);
    evidence.show(eventId);
  };
  const mapView = createMap($("map"), select);
  const table = createTable($("events"), $("table-count"), select);
  const visible = () => (state.range
    ? state.all.filter((e) => e.event_date >= state.range[0] && e.event_date <= state.range[1])
    : state.all);
  const render = (fit) => {
    const shown = visible();
    mapView.show(shown, fit);
    table.show(shown);
    if (state.selected) { table.highlight(state.selected); mapView.highlight(state.selected); }
  };
  const timeline = createTimeline($("timeline"), (range) => {
    state.range = range;
    $("range").textContent = range[0] === range[1] ? range[0] : `${range[0]} to ${range[1]}`;
    $("clear-range").hidden = false;
    render(false);
  });
  const spread = createSpread({ list: $("spread-list"), summary: $("spread-summary"),
    slider: $("spread-day"), label: $("spread-date"), button: $("replay") }, mapView);

  $("clear-range").addEventListener("click", () => {
    state.range = null;
    timeline.clear();
    $("range").textContent = "drag across the days to filter";
    $("clear-range").hidden = true;
    render(false);
  });

  async function reload() {
    setStatus("loading…");
    const params = filterQuery();
    try {
      const { events, total } = await loadEvents(new URLSearchParams(params));
      state.all = events;
      state.range = null;
      $("clear-range").hidden = true;
      timeline.clear();
      timeline.draw(events);
      render(true);
      await spread.load(params);
      setStatus(total > events.length ? `${events.length} of ${total} events (narrow the filters)`
                                      : `${total} event${total === 1 ? "" : "s"}`);
      document.body.dataset.ready = "true";
    } catch (error) {
      setStatus(`Could not load events: ${error.message}`, true);
    }
  }

  $("filters").addEventListener("submit", (event) => { event.preventDefault(); reload(); });
  window.addEventListener("resize", () => timeline.draw(state.all));
  legend();
  reload();
}

start();
