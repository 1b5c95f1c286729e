// Builds static/map/partner-map.json: the Caspian-region partner map as
// projected, simplified SVG path data (Natural Earth via world-atlas, public
// domain). Regenerate with: cd scripts/partner_map && npm ci && node build.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoConicEqualArea, geoPath } from "d3-geo";
import polylabel from "polylabel";
import { feature, merge } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";

const here = dirname(fileURLToPath(import.meta.url));
const atlasDir = join(here, "node_modules", "world-atlas");
const outFile = join(here, "..", "..", "static", "map", "partner-map.json");

const WIDTH = 1000; // viewBox width; the height follows from the fitted region
const PAD = 16; // margin (SVG units) around the partner countries
const SIMPLIFY_STERADIANS = 2e-6; // Visvalingam: drop points whose triangle is smaller
const MIN_RING_AREA = 4; // drop islands/slivers smaller than this (SVG units²)
const ASTRAKHAN = [48.04, 46.35]; // [lon, lat]

// ISO 3166-1 numeric (world-atlas ids) -> alpha-2.
const PARTNERS = {
  "031": "AZ",
  "398": "KZ",
  "795": "TM",
  "364": "IR",
  "112": "BY",
  "860": "UZ",
  "498": "MD",
};
// Every other country is context: all of them are merged into ONE land shape
// (topojson-client `merge` drops the arcs they share), so the map draws no
// border between, or inside, countries that are not partners.
const CONTEXT_CODE = "land";

const atlasPkg = JSON.parse(readFileSync(join(atlasDir, "package.json"), "utf8"));
const topology = JSON.parse(readFileSync(join(atlasDir, "countries-50m.json"), "utf8"));

// --- Topology-preserving simplification (topojson-simplify) -----------------
// Visvalingam's algorithm on the shared arcs (not each country separately), so
// neighbouring borders stay identical and no hairline gaps appear between
// countries. Weights are spherical triangle areas (steradians), so the same
// detail is kept at every latitude.
const presimplified = presimplify(topology, sphericalTriangleArea);
// An island is one closed arc: keep its three weightiest points whatever their
// weight, so that small islands stay (at least) triangles instead of vanishing.
for (const arc of presimplified.arcs) {
  const [first, last] = [arc[0], arc.at(-1)];
  if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
  for (const point of arc.slice(1, -1).sort((a, b) => b[2] - a[2]).slice(0, 3)) point[2] = Infinity;
}
const simplified = simplify(presimplified, SIMPLIFY_STERADIANS);
// Simplification can collapse tiny islands into slivers whose winding reads
// as "the whole globe but this speck"; drop such inverted polygons.
function dropInverted(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((coordinates) => geoArea({ type: "Polygon", coordinates }) < 2 * Math.PI);
  return { type: "MultiPolygon", coordinates: kept };
}
const countries = feature(simplified, simplified.objects.countries).features.map((f) => ({
  ...f,
  geometry: dropInverted(f.geometry),
}));
const contextLand = {
  type: "Feature",
  properties: {},
  geometry: dropInverted(
    merge(
      simplified,
      simplified.objects.countries.geometries.filter((g) => !PARTNERS[g.id]),
    ),
  ),
};

// --- Projection fitted to the partner countries ------------------------------
const partnerFeatures = countries.filter((f) => PARTNERS[f.id]);
if (partnerFeatures.length !== Object.keys(PARTNERS).length) {
  throw new Error("Some partner countries are missing from world-atlas");
}
const projection = geoConicEqualArea()
  .parallels([32, 52])
  .rotate([-55, 0])
  .precision(0) // no adaptive resampling: the arcs are dense enough already
  .fitWidth(WIDTH - 2 * PAD, { type: "FeatureCollection", features: partnerFeatures });
// Work out the height the partners need, then shift everything by PAD.
const [[x0, y0], [, y1]] = geoPath(projection).bounds({
  type: "FeatureCollection",
  features: partnerFeatures,
});
const HEIGHT = Math.ceil(y1 - y0 + 2 * PAD);
const [t0, t1] = projection.translate();
projection.translate([t0 - x0 + PAD, t1 - y0 + PAD]).clipExtent([
  [0, 0],
  [WIDTH, HEIGHT],
]);

// --- Path serialisation -----------------------------------------------------
// A d3-geo path context that collects rings in tenths of SVG units, drops
// repeated points and tiny rings, and writes compact relative path data.
class RingContext {
  constructor() {
    this.rings = [];
    this.ring = null;
  }
  moveTo(x, y) {
    this.end();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }
  lineTo(x, y) {
    const p = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring.at(-1);
    if (p[0] !== last[0] || p[1] !== last[1]) this.ring.push(p);
  }
  closePath() {
    this.end();
  }
  arc() {
    throw new Error("unexpected point geometry");
  }
  end() {
    if (!this.ring) return;
    const ring = this.ring;
    this.ring = null;
    const first = ring[0];
    const last = ring.at(-1);
    if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (ring.length < 3) return;
    if (Math.abs(ringArea(ring)) / 100 < MIN_RING_AREA) return;
    this.rings.push(ring);
  }
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return sum / 2;
}

const fmt = (tenths) => {
  // Tenths (an integer) -> shortest decimal string: 12 -> "1.2", -5 -> "-.5".
  const s = (tenths / 10).toString();
  return s.replace(/^(-?)0\./, "$1.");
};

function pathData(rings) {
  let d = "";
  for (const ring of rings) {
    d += `M${fmt(ring[0][0])} ${fmt(ring[0][1])}`;
    let prev = ring[0];
    let out = "";
    for (let i = 1; i < ring.length; i++) {
      const dx = ring[i][0] - prev[0];
      const dy = ring[i][1] - prev[1];
      const sdx = fmt(dx);
      const sdy = fmt(dy);
      out += (sdy.startsWith("-") ? `${sdx}${sdy}` : `${sdx} ${sdy}`) + " ";
      prev = ring[i];
    }
    // Negative numbers need no separator: "1-2" is two numbers.
    d += `l${out.trim().replace(/ -/g, "-")}z`;
  }
  return d;
}

function project(f) {
  const ctx = new RingContext();
  geoPath(projection, ctx)(f);
  ctx.end();
  return ctx.rings;
}

// --- Label points (polylabel) ---------------------------------------------
// A label point well inside the country: the pole of inaccessibility (the
// point furthest from the border) of its largest ring, with horizontal
// distances counted half (labels are wide, not tall): polylabel on the ring
// squeezed to half its width, stretched back.
const LABEL_X_WEIGHT = 0.5;
const LABEL_PRECISION = 0.5; // SVG units

function labelPoint(rings) {
  const ring = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const squeezed = ring.map(([x, y]) => [(x / 10) * LABEL_X_WEIGHT, y / 10]);
  const [x, y] = polylabel([squeezed], LABEL_PRECISION);
  return [round1(x / LABEL_X_WEIGHT), round1(y)];
}

// Manual label nudges in SVG units, { CODE: [dx, dy] }, if a visual review
// ever needs one (none do with the current data).
const LABEL_NUDGE = {};

// --- Assemble ---------------------------------------------------------------
const partners = {};
for (const f of countries) {
  const partnerCode = PARTNERS[f.id];
  if (!partnerCode) continue;
  const rings = project(f);
  const [lx, ly] = labelPoint(rings);
  const [nx, ny] = LABEL_NUDGE[partnerCode] || [0, 0];
  partners[partnerCode] = {
    d: pathData(rings),
    label: [round1(lx + nx), round1(ly + ny)],
    area: rings.reduce((sum, r) => sum + Math.abs(ringArea(r)), 0),
  };
}
const contextRings = project(contextLand);
if (!contextRings.length) throw new Error("The merged context land fell outside the frame");
const context = [{ code: CONTEXT_CODE, d: pathData(contextRings) }];

function round1(v) {
  return Math.round(v * 10) / 10;
}

const [ax, ay] = projection(ASTRAKHAN);
const result = {
  viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
  source: `Natural Earth via world-atlas ${atlasPkg.version} (public domain)`,
  context,
  // Largest first: the template draws them in this order, so the labels of
  // small countries (which may overhang a neighbour) end up on top.
  partners: Object.fromEntries(
    Object.entries(partners)
      .sort(([, a], [, b]) => b.area - a.area)
      .map(([code, p]) => [code, { d: p.d, label: p.label }]),
  ),
  astrakhan: [round1(ax), round1(ay)],
};

mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(result);
writeFileSync(outFile, `${json}\n`);
console.log(
  `Wrote ${outFile}: ${(json.length / 1024).toFixed(1)} KB, viewBox ${result.viewBox}, ` +
    `one merged context shape of ${contextRings.length} rings`,
);
