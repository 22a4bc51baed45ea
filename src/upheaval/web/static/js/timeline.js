// Events per day, stacked by type, with a brush: drag across days to pick a
// range; the range filters the map and the table.
import { TYPE_COLORS, addDays, colorOf, daysBetween } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 150;
const MARGIN = { left: 34, right: 10, top: 8, bottom: 22 };
// At most this many date labels on the axis, so they never overlap.
const MAX_LABELS = 8;

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

function countByDay(events) {
  const days = new Map();
  for (const event of events) {
    const day = days.get(event.event_date) || {};
    day[event.event_type] = (day[event.event_type] || 0) + 1;
    days.set(event.event_date, day);
  }
  return days;
}

export function createTimeline(root, onRange) {
  let first = null;
  let span = 0;
  let width = 0;
  let range = null;
  const types = Object.keys(TYPE_COLORS);

  const x = (i) => MARGIN.left + (i * (width - MARGIN.left - MARGIN.right)) / span;
  const dayAt = (px) => {
    const i = Math.floor(((px - MARGIN.left) * span) / (width - MARGIN.left - MARGIN.right));
    return addDays(first, Math.max(0, Math.min(span - 1, i)));
  };

  function drawAxis(max) {
    root.append(svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: HEIGHT - MARGIN.bottom,
                              y2: HEIGHT - MARGIN.bottom, class: "axis" }));
    const step = Math.max(1, Math.ceil(span / MAX_LABELS));
    for (let i = 0; i < span; i += step) {
      root.append(svg("text", { x: x(i) + 2, y: HEIGHT - 6, class: "tick" }, addDays(first, i).slice(5)));
    }
    root.append(svg("text", { x: 4, y: MARGIN.top + 8, class: "tick" }, String(max)));
  }

  function drawBars(days, max) {
    const barWidth = Math.max(1, x(1) - x(0) - 1);
    const scale = (HEIGHT - MARGIN.top - MARGIN.bottom) / max;
    for (const [day, counts] of days) {
      let y = HEIGHT - MARGIN.bottom;
      const left = x(daysBetween(first, day));
      for (const type of [...types, ...Object.keys(counts).filter((t) => !types.includes(t))]) {
        const n = counts[type] || 0;
        if (!n) continue;
        y -= n * scale;
        const bar = svg("rect", { x: left, y, width: barWidth, height: n * scale,
                                  fill: colorOf(type), class: "bar", "data-day": day });
        bar.append(svg("title", {}, `${day}: ${n} ${type}`));
        root.append(bar);
      }
    }
  }

  function drawBrush() {
    root.querySelectorAll(".brush").forEach((node) => node.remove());
    if (!range) return;
    const left = x(daysBetween(first, range[0]));
    const right = x(daysBetween(first, range[1]) + 1);
    root.append(svg("rect", { x: left, y: MARGIN.top, width: right - left,
                              height: HEIGHT - MARGIN.top - MARGIN.bottom, class: "brush" }));
  }

  function draw(events) {
    root.replaceChildren();
    width = root.clientWidth || 800;
    root.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    root.setAttribute("height", HEIGHT);
    if (!events.length) { first = null; return; }
    const dates = events.map((e) => e.event_date).sort();
    first = dates[0];
    span = daysBetween(first, dates[dates.length - 1]) + 1;
    const days = countByDay(events);
    const max = Math.max(...[...days.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
    drawAxis(max);
    drawBars(days, max);
    drawBrush();
  }

  // The brush: pointer down, drag, up. A click without a drag picks one day.
  let start = null;
  const pointX = (event) => {
    const box = root.getBoundingClientRect();
    return ((event.clientX - box.left) * width) / box.width;
  };
  root.addEventListener("pointerdown", (event) => {
    if (!first) return;
    start = pointX(event);
    root.setPointerCapture(event.pointerId);
  });
  root.addEventListener("pointermove", (event) => {
    if (start === null) return;
    const a = dayAt(Math.min(start, pointX(event)));
    const b = dayAt(Math.max(start, pointX(event)));
    range = [a, b];
    drawBrush();
  });
  root.addEventListener("pointerup", (event) => {
    if (start === null) return;
    const end = pointX(event);
    range = [dayAt(Math.min(start, end)), dayAt(Math.max(start, end))];
    start = null;
    drawBrush();
    onRange(range);
  });

  return {
    draw,
    clear() { range = null; drawBrush(); },
  };
}
