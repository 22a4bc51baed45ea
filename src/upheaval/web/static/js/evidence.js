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
    box.append(el("mark", { class: "evidence-span", "data-start": start, "data-end": end },
                  text.slice(start, end)));
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

function documentView(event, doc, index) {
  const text = doc.text || "";
  const spans = spansOf(event, doc.doc_id, text.length);
  return el("article", { class: "report", "data-doc": doc.doc_id, id: `report-${index}` },
    el("h3", {}, doc.title || doc.doc_id),
    el("p", { class: "meta" }, [doc.published, doc.source].filter(Boolean).join(" · "), " ",
       safeLink(doc.url)),
    highlighted(text, spans));
}

// Every evidence span of the event, report by report: a merged event has
// several. A click brings that span into view.
function evidenceList(event, documents, root) {
  const titles = new Map(documents.map((d, i) => [d.doc_id, [d.title || d.doc_id, i]]));
  const items = event.evidence.map((proof) => {
    const [title, index] = titles.get(proof.doc_id) || [proof.doc_id, -1];
    return el("li", { "data-doc": proof.doc_id,
      onclick: () => {
        if (index < 0) return;
        const box = root.querySelector(`#report-${index} .report-text`);
        const marks = [...box.querySelectorAll("mark.evidence-span")];
        const mark = marks.find((m) => m.dataset.start <= proof.start && proof.start < m.dataset.end)
          || marks[0];
        if (mark) reveal(root, mark);
      } },
      el("q", {}, proof.text), " ", el("span", { class: "meta" }, `— ${title}`));
  });
  const reports = new Set(event.evidence.map((p) => p.doc_id)).size;
  return el("section", { class: "evidence-list-box" },
    el("h4", {}, `Evidence: ${event.evidence.length} span${event.evidence.length === 1 ? "" : "s"} `
      + `in ${reports} report${reports === 1 ? "" : "s"}`),
    el("ol", { class: "evidence-list" }, ...items));
}

// Scroll the report box, then the panel, so the mark is in view in both.
function reveal(root, mark) {
  const box = mark.closest(".report-text");
  const markTop = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, markTop - box.clientHeight / 3);
  const boxTop = box.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop;
  const inBox = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
  root.scrollTop = Math.max(0, boxTop + inBox - root.clientHeight / 3);
}

export function createEvidence(root) {
  let current = 0;

  function clear(message) {
    current += 1;
    root.replaceChildren(el("p", { class: "hint" }, message));
  }

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
    root.dataset.event = event.event_id;
    root.replaceChildren(...[
      el("h3", { class: "event-title" },
         el("span", { class: "swatch", style: `background:${colorOf(event.event_type)}` }),
         `${event.event_type}: ${event.sub_event_type}`),
      facts(event),
      event.notes ? el("p", { class: "notes" }, event.notes) : null,
      evidenceList(event, documents, root),
      ...documents.map((doc, index) => documentView(event, doc, index))].filter(Boolean));
    for (const box of root.querySelectorAll(".report-text")) {
      const mark = box.querySelector("mark.evidence-span");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
    }
    const first = root.querySelector("mark.evidence-span");
    if (first) reveal(root, first);
  }

  return { show, clear };
}
