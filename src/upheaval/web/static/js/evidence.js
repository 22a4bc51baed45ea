// The evidence panel: the event's coding and each report behind it, with the
// evidence sentences highlighted. Report text is placed as text nodes only.
import { colorOf, el, getJSON } from "./util.js";

// Evidence spans of one document, sorted, overlaps merged.
function spansOf(event, docId, length) {
  const spans = event.evidence
    .filter((p) => p.doc_id === docId)
    .map((p) => [Math.max(0, p.start), Math.min(length, p.end)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

function highlighted(text, spans) {
  const box = el("div", { class: "report-text" });
  let at = 0;
  for (const [start, end] of spans) {
    box.append(document.createTextNode(text.slice(at, start)));
    box.append(el("mark", { class: "evidence-span" }, text.slice(start, end)));
    at = end;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

function safeLink(url) {
  // Only web links: a report's url field must never become javascript:.
  return /^https?:\/\//i.test(url || "")
    ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url) : null;
}

function facts(event) {
  const rows = [
    ["Date", event.date_end ? `${event.event_date} – ${event.date_end}` : event.event_date],
    ["Place", [event.location, event.admin1, event.country].filter(Boolean).join(", ")],
    ["Actors", [event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2]
      .filter(Boolean).join("; ")],
    ["Deaths", event.fatalities], ["Size", event.size],
    ["Measures", event.measures.join(", ")],
    ["Reported by", event.attribution], ["Hedged", event.hedged ? "yes" : null],
    ["Citations", event.citations.join(", ")],
    ["Confidence", typeof event.confidence === "number" ? event.confidence.toFixed(2) : null],
  ];
  return el("dl", { class: "facts" }, ...rows
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .flatMap(([name, value]) => [el("dt", {}, name), el("dd", {}, String(value))]));
}

function documentView(event, doc) {
  const text = doc.text || "";
  const spans = spansOf(event, doc.doc_id, text.length);
  return el("article", { class: "report", "data-doc": doc.doc_id },
    el("h3", {}, doc.title || doc.doc_id),
    el("p", { class: "meta" }, [doc.published, doc.source].filter(Boolean).join(" · "), " ",
       safeLink(doc.url)),
    highlighted(text, spans));
}

export function createEvidence(root) {
  let current = 0;

  async function show(eventId) {
    const ticket = ++current;
    root.replaceChildren(el("p", { class: "hint" }, "loading…"));
    let body;
    try {
      body = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    } catch (error) {
      if (ticket === current) root.replaceChildren(el("p", { class: "error" }, String(error.message)));
      return;
    }
    if (ticket !== current) return; // a newer selection won
    const { event, documents } = body;
    root.replaceChildren(
      el("h3", { class: "event-title" },
         el("span", { class: "swatch", style: `background:${colorOf(event.event_type)}` }),
         `${event.event_type}: ${event.sub_event_type}`),
      facts(event),
      event.notes ? el("p", { class: "notes" }, event.notes) : null,
      ...documents.map((doc) => documentView(event, doc)));
    const mark = root.querySelector("mark.evidence-span");
    if (mark) {
      const box = mark.closest(".report-text");
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
    }
  }

  return { show };
}
