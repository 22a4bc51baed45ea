// The events table: one row per event; a click selects it.
import { colorOf, el } from "./util.js";

// Rows drawn at once; past this the table says how many are left out
// (the filters or the timeline narrow it).
const MAX_ROWS = 500;

export function createTable(table, counter, onSelect) {
  const body = table.querySelector("tbody");

  function row(event) {
    const when = event.date_end ? `${event.event_date} – ${event.date_end}` : event.event_date;
    return el("tr", { "data-id": event.event_id, tabindex: 0,
                      onclick: () => onSelect(event.event_id),
                      onkeydown: (e) => { if (e.key === "Enter") onSelect(event.event_id); } },
      el("td", { class: "nowrap" }, when),
      el("td", {}, el("span", { class: "swatch", style: `background:${colorOf(event.event_type)}` }),
         event.event_type),
      el("td", {}, event.sub_event_type + (event.measures.length ? ` (${event.measures.join(", ")})` : "")),
      el("td", {}, event.location),
      el("td", {}, event.iso),
      el("td", {}, event.actor1 || ""),
      el("td", { class: "num" }, event.fatalities ?? ""),
      el("td", {}, event.size || ""),
      el("td", { class: "num" }, event.n_docs));
  }

  function show(events) {
    body.replaceChildren(...events.slice(0, MAX_ROWS).map(row));
    counter.textContent = events.length > MAX_ROWS
      ? `(showing ${MAX_ROWS} of ${events.length})` : `(${events.length})`;
  }

  function highlight(eventId) {
    for (const tr of body.querySelectorAll("tr")) {
      const on = tr.dataset.id === eventId;
      tr.classList.toggle("selected", on);
      if (on) tr.scrollIntoView({ block: "nearest" });
    }
  }

  return { show, highlight };
}
