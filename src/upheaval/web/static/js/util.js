// Small helpers shared by the dashboard's parts. Text from reports is only
// ever placed with textContent / text nodes: never parsed as HTML.

export const TYPE_COLORS = {
  "Protests": "#2166ac",
  "Riots": "#d6604d",
  "Battles": "#762a83",
  "Violence against civilians": "#b2182b",
  "Explosions/Remote violence": "#e08214",
  "Strategic developments": "#4d9221",
};
export const OTHER_COLOR = "#777777";

export function colorOf(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

// Build an element; children are nodes or strings (strings become text).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

// Whole days between two YYYY-MM-DD strings (UTC: no daylight-saving drift).
export function daysBetween(a, b) {
  return Math.round((Date.parse(b + "T00:00:00Z") - Date.parse(a + "T00:00:00Z")) / 86400000);
}

export function addDays(day, n) {
  const next = new Date(Date.parse(day + "T00:00:00Z") + n * 86400000);
  return next.toISOString().slice(0, 10);
}

// Reported crowd words as rough head counts, for marker sizes only.
const CROWD_WORDS = [
  [/tens of thousands/i, 30000], [/hundreds of thousands/i, 300000],
  [/thousands/i, 3000], [/hundreds/i, 300], [/dozens/i, 40],
];

function crowd(size) {
  if (!size) return 0;
  const digits = String(size).replace(/[,\s]/g, "").match(/\d+/);
  if (digits) return Number(digits[0]);
  for (const [pattern, n] of CROWD_WORDS) if (pattern.test(size)) return n;
  return 0;
}

// Marker radius in pixels: deaths weigh most, then crowd size; both on a
// square-root / log scale so one massacre does not hide everything else.
export function radiusOf(event) {
  const deaths = event.fatalities || 0;
  const people = crowd(event.size);
  const r = 5 + 2.2 * Math.sqrt(deaths) + 1.5 * Math.log10(1 + people);
  return Math.min(r, 24);
}
