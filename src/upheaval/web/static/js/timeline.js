// Events per day, week or month (chosen by the range of dates), stacked by
// type, with a brush: drag across bars to pick a range; the range filters the
// map, the table and the spread.
import { TYPE_COLORS, addDays, colorOf, daysBetween } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 150;
const MARGIN = { left: 34, right: 10, top: 8, bottom: 22 };
// At most this many labels on the axis, so they never overlap.
const MAX_LABELS = 9;
// Up to this many days a bar is a day; up to WEEKS_UP_TO a week; else a month.
const DAYS_UP_TO = 120;
const WEEKS_UP_TO = 3 * 366;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

// Bins: the first day of each, and how to step to the next.
const UNITS = {
  day: { start: (d) => d, next: (d) => addDays(d, 1), title: "Events per day" },
  week: {
    // Weeks start on Monday (ISO).
    start: (d) => addDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7)),
    next: (d) => addDays(d, 7),
    title: "Events per week",
  },
  month: {
    start: (d) => `${d.slice(0, 7)}-01`,
    next: (d) => {
      const [y, m] = d.split("-").map(Number);
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
    },
    title: "Events per month",
  },
};

export function unitFor(first, last) {
  const span = daysBetween(first, last) + 1;
  return span <= DAYS_UP_TO ? "day" : span <= WEEKS_UP_TO ? "week" : "month";
}

function label(day, unit, withYear) {
  const [y, m, d] = day.split("-");
  const month = MONTHS[Number(m) - 1];
  if (unit === "month") return withYear ? `${month} ${y}` : month;
  return withYear ? `${Number(d)} ${month} ${y}` : `${Number(d)} ${month}`;
}

export function createTimeline(root, title, onRange) {
  let bins = []; // [{ start, end, counts, total }]
  let unit = "day";
  let width = 0;
  let range = null;
  const types = Object.keys(TYPE_COLORS);

  const inner = () => width - MARGIN.left - MARGIN.right;
  const x = (i) => MARGIN.left + (i * inner()) / Math.max(1, bins.length);
  const binAt = (px) => {
    const i = Math.floor(((px - MARGIN.left) * bins.length) / inner());
    return Math.max(0, Math.min(bins.length - 1, i));
  };
  const indexOf = (day) => {
    for (let i = 0; i < bins.length; i += 1) if (day <= bins[i].end) return i;
    return bins.length - 1;
  };

  function binEvents(events) {
    const dates = events.map((e) => e.event_date).sort();
    unit = unitFor(dates[0], dates[dates.length - 1]);
    const { start, next } = UNITS[unit];
    const out = [];
    const at = new Map();
    for (let day = start(dates[0]); day <= dates[dates.length - 1]; day = next(day)) {
      at.set(day, out.length);
      out.push({ start: day, end: addDays(next(day), -1), counts: {}, total: 0 });
    }
    for (const event of events) {
      const bin = out[at.get(start(event.event_date))];
      bin.counts[event.event_type] = (bin.counts[event.event_type] || 0) + 1;
      bin.total += 1;
    }
    return out;
  }

  function drawAxis(max) {
    root.append(svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: HEIGHT - MARGIN.bottom,
                              y2: HEIGHT - MARGIN.bottom, class: "axis" }));
    const step = Math.max(1, Math.ceil(bins.length / MAX_LABELS));
    let year = null;
    for (let i = 0; i < bins.length; i += step) {
      const day = bins[i].start;
      // Each tick says its year the first time and whenever the year changes.
      const withYear = day.slice(0, 4) !== year;
      year = day.slice(0, 4);
      root.append(svg("line", { x1: x(i), x2: x(i), y1: HEIGHT - MARGIN.bottom,
                                y2: HEIGHT - MARGIN.bottom + 4, class: "axis" }));
      root.append(svg("text", { x: x(i) + 2, y: HEIGHT - 6, class: "tick" }, label(day, unit, withYear)));
    }
    root.append(svg("text", { x: 4, y: MARGIN.top + 8, class: "tick" }, String(max)));
  }

  function drawBars(max) {
    const barWidth = Math.max(1, x(1) - x(0) - (bins.length > 200 ? 0 : 1));
    const scale = (HEIGHT - MARGIN.top - MARGIN.bottom) / max;
    bins.forEach((bin, i) => {
      let y = HEIGHT - MARGIN.bottom;
      const keys = [...types, ...Object.keys(bin.counts).filter((t) => !types.includes(t))];
      for (const type of keys) {
        const n = bin.counts[type] || 0;
        if (!n) continue;
        y -= n * scale;
        const bar = svg("rect", { x: x(i), y, width: barWidth, height: n * scale,
                                  fill: colorOf(type), class: "bar", "data-day": bin.start,
                                  "data-end": bin.end });
        const when = bin.start === bin.end ? bin.start : `${bin.start} to ${bin.end}`;
        bar.append(svg("title", {}, `${when}: ${n} ${type}`));
        root.append(bar);
      }
    });
  }

  function drawBrush() {
    root.querySelectorAll(".brush").forEach((node) => node.remove());
    if (!range || !bins.length) return;
    const left = x(indexOf(range[0]));
    const right = x(indexOf(range[1]) + 1);
    root.append(svg("rect", { x: left, y: MARGIN.top, width: right - left,
                              height: HEIGHT - MARGIN.top - MARGIN.bottom, class: "brush" }));
  }

  function draw(events, kept = range) {
    root.replaceChildren();
    width = root.clientWidth || 800;
    root.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    root.setAttribute("height", HEIGHT);
    range = kept;
    const dated = events.filter((e) => e.event_date); // an undated event has no bar
    if (!dated.length) { bins = []; root.dataset.unit = ""; return; }
    bins = binEvents(dated);
    root.dataset.unit = unit;
    title.textContent = UNITS[unit].title;
    const max = Math.max(...bins.map((b) => b.total));
    drawAxis(max);
    drawBars(max);
    drawBrush();
  }

  // The brush: pointer down, drag, up. A click without a drag picks one bin.
  let start = null;
  const pointX = (event) => {
    const box = root.getBoundingClientRect();
    return ((event.clientX - box.left) * width) / box.width;
  };
  const rangeBetween = (a, b) => [bins[binAt(Math.min(a, b))].start, bins[binAt(Math.max(a, b))].end];
  root.addEventListener("pointerdown", (event) => {
    if (!bins.length) return;
    start = pointX(event);
    root.setPointerCapture(event.pointerId);
  });
  root.addEventListener("pointermove", (event) => {
    if (start === null) return;
    range = rangeBetween(start, pointX(event));
    drawBrush();
  });
  root.addEventListener("pointerup", (event) => {
    if (start === null) return;
    range = rangeBetween(start, pointX(event));
    start = null;
    drawBrush();
    onRange(range);
  });

  return {
    draw,
    clear() { range = null; drawBrush(); },
  };
}
