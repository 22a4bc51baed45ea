// The spread view: places in the order unrest reached them, and a replay that
// steps through the days on the map.
import { el, getJSON } from "./util.js";

// Milliseconds per day of the replay: slow enough to follow, quick enough
// that a month replays in about half a minute.
const STEP_MS = 900;
// Places listed at most (the replay still steps through every day).
const MAX_LISTED = 500;

function km(value) {
  return value === null || value === undefined ? "" : `${Math.round(value)} km`;
}

export function createSpread(parts, mapView) {
  const { list, summary, scope, slider, label, button } = parts;
  let places = [];
  let days = [];
  let timer = null;

  function summaryText(s) {
    if (!s.places) return "No events with a place of their own.";
    const bits = [`${s.places} places in ${s.days + 1} days, from ${s.origin} (${s.first_date})`];
    if (s.median_days_between !== null) bits.push(`median ${s.median_days_between} days between new places`);
    if (s.median_km_from_nearest !== null) bits.push(`median ${km(s.median_km_from_nearest)} from the nearest earlier place`);
    if (s.max_km_from_origin !== null) bits.push(`farthest ${km(s.max_km_from_origin)} from the origin`);
    return bits.join("; ") + ".";
  }

  function item(place) {
    const step = place.order === 1 ? "origin"
      : [place.days_from_previous !== null ? `+${place.days_from_previous} d` : "",
         place.came_from ? `${km(place.km_from_nearest)} from ${place.came_from}` : ""]
        .filter(Boolean).join(", ");
    return el("li", { "data-date": place.first_date, "data-key": place.place_key },
      el("span", { class: "nowrap" }, place.first_date), " ",
      el("strong", {}, place.location),
      place.geo_precision === 3 ? " (region)" : place.admin1 ? ` (${place.admin1})` : "", " ",
      el("span", { class: "step" }, step));
  }

  function showDay(index) {
    if (!days.length) { mapView.clearSpread(); label.textContent = ""; return; }
    const day = days[Math.max(0, Math.min(days.length - 1, index))];
    slider.value = String(index);
    label.textContent = day.date;
    for (const li of list.children) {
      li.classList.toggle("reached", li.dataset.date <= day.date);
      li.classList.toggle("fresh", li.dataset.date === day.date);
    }
    mapView.showSpread(places, day.date);
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    button.textContent = "Replay";
  }

  function replay() {
    if (timer) { stop(); return; }
    let index = 0;
    button.textContent = "Stop";
    showDay(index);
    timer = setInterval(() => {
      index += 1;
      if (index >= days.length) { stop(); return; }
      showDay(index);
    }, STEP_MS);
  }

  function reset() {
    stop();
    places = [];
    days = [];
    summary.textContent = "";
    scope.textContent = "";
    list.replaceChildren();
    slider.max = "0";
    label.textContent = "";
    mapView.clearSpread();
  }

  // What the spread covers: the filters and the timeline's range.
  function scopeText(query) {
    const bits = [];
    if (query.get("country")) bits.push(query.get("country"));
    if (query.get("type")) bits.push(query.get("type"));
    if (query.get("place")) bits.push(`places matching “${query.get("place")}”`);
    const since = query.get("since"); const until = query.get("until");
    if (since || until) bits.push(`${since || "…"} to ${until || "…"}`);
    return bits.length ? `Over ${bits.join(", ")}.` : "Over all events.";
  }

  let ticket = 0;
  async function load(query) {
    stop();
    const mine = ++ticket;
    const body = await getJSON(`/api/spread?${query}`);
    if (mine !== ticket) return; // a newer range won
    scope.textContent = scopeText(query);
    list.dataset.query = String(query);
    places = body.places;
    days = body.days;
    summary.textContent = summaryText(body.summary);
    // The list shows the first places; the summary counts them all.
    list.replaceChildren(...places.slice(0, MAX_LISTED).map(item));
    if (places.length > MAX_LISTED) {
      list.append(el("li", { class: "more" }, `… and ${places.length - MAX_LISTED} more places`));
    }
    slider.max = String(Math.max(0, days.length - 1));
    slider.value = "0";
    label.textContent = "";
    mapView.clearSpread();
  }

  button.addEventListener("click", replay);
  slider.addEventListener("input", () => { stop(); showDay(Number(slider.value)); });
  return { load, stop, reset };
}
