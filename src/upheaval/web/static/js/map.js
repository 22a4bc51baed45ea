// The map: country outlines from world-atlas (no tile server), one circle per
// placed event, and a layer for the spread replay.
import { colorOf, el, radiusOf } from "./util.js";

function tooltip(event) {
  return el("div", { class: "tip" },
    el("strong", {}, event.location), ` · ${event.event_date}`, el("br"),
    `${event.event_type}: ${event.sub_event_type}`,
    event.fatalities ? ` · ${event.fatalities} killed` : "");
}

export function createMap(container, onSelect) {
  const map = L.map(container, { worldCopyJump: true, attributionControl: true,
                                 preferCanvas: false }).setView([20, 10], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  const outlines = L.layerGroup().addTo(map);
  const events = L.layerGroup().addTo(map);
  const spread = L.layerGroup().addTo(map);
  const markers = new Map();

  fetch("/vendor/world-atlas/countries-50m.json")
    .then((response) => response.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { interactive: false,
        style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } })
        .addTo(outlines);
    })
    .catch(() => container.classList.add("no-outlines"));

  function show(list, fit) {
    events.clearLayers();
    markers.clear();
    const points = [];
    for (const event of list) {
      if (event.latitude === null || event.longitude === null) continue;
      if (!event.admin1 && event.location === event.country) continue; // national level
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: radiusOf(event), color: "#ffffff", weight: 1,
        fillColor: colorOf(event.event_type), fillOpacity: 0.8,
        className: "event-marker" });
      marker.bindTooltip(tooltip(event));
      marker.on("click", () => onSelect(event.event_id));
      marker.addTo(events);
      markers.set(event.event_id, marker);
      points.push([event.latitude, event.longitude]);
    }
    if (fit && points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 7 });
  }

  function highlight(eventId) {
    for (const [id, marker] of markers) {
      marker.setStyle(id === eventId ? { color: "#000000", weight: 3 }
                                     : { color: "#ffffff", weight: 1 });
      if (id === eventId) marker.bringToFront();
    }
  }

  // Places reached up to a day of the replay: earlier ones faded, the day's
  // new places bright, each with a line from where it most likely came from.
  function showSpread(places, upTo) {
    spread.clearLayers();
    const byLocation = new Map(places.map((p) => [p.location, p]));
    for (const place of places) {
      if (place.first_date > upTo || place.latitude === null) continue;
      const fresh = place.first_date === upTo;
      const source = byLocation.get(place.came_from);
      if (source && source.latitude !== null) {
        L.polyline([[source.latitude, source.longitude], [place.latitude, place.longitude]],
          { color: "#333333", weight: fresh ? 2.5 : 1, opacity: fresh ? 0.9 : 0.4,
            dashArray: "4 4", interactive: false }).addTo(spread);
      }
      L.circleMarker([place.latitude, place.longitude], {
        radius: fresh ? 11 : 7, color: "#222222", weight: fresh ? 2 : 1,
        fillColor: fresh ? "#ffd92f" : "#bbbbbb", fillOpacity: 0.9,
        className: "spread-marker" })
        .bindTooltip(el("span", {}, `${place.order}. ${place.location} (${place.first_date})`))
        .addTo(spread);
    }
  }

  return { map, show, highlight, showSpread, clearSpread: () => spread.clearLayers() };
}
