// Builds static/map/partner-map.json: the Caspian-region partner map as
// projected, simplified SVG path data (Natural Earth via world-atlas, public
// domain). Regenerate with: cd scripts/partner_map && npm ci && node build.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoConicEqualArea, geoPath } from "d3-geo";
import { feature, merge } from "topojson-client";

const here = dirname(fileURLToPath(import.meta.url));
const atlasDir = join(here, "node_modules", "world-atlas");
const outFile = join(here, "..", "..", "static", "map", "partner-map.json");

const WIDTH = 1000; // viewBox width; the height follows from the fitted region
const PAD = 16; // margin (SVG units) around the partner countries
const SIMPLIFY_DEG = 0.035; // Douglas-Peucker tolerance, in degrees of latitude
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

// --- Topology-preserving simplification -------------------------------------
// Simplify the shared arcs (not each country separately), so neighbouring
// borders stay identical and no hairline gaps appear between countries.
function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points;
  // Measure in approximately isotropic units (scale longitude by cos(lat)).
  const k = Math.cos((points[0][1] * Math.PI) / 180);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = (bx - ax) * k;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let maxDist = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const px = (points[i][0] - ax) * k;
      const py = points[i][1] - ay;
      let dist;
      if (len2 === 0) {
        dist = Math.hypot(px, py);
      } else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        dist = Math.hypot(px - t * dx, py - t * dy);
      }
      if (dist > maxDist) {
        maxDist = dist;
        index = i;
      }
    }
    if (maxDist > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const simplified = {
  type: "Topology",
  objects: topology.objects,
  arcs: decodeArcs(topology).map((arc) => {
    // Closed arcs (islands) need at least 4 points to stay a valid ring.
    const out = douglasPeucker(arc, SIMPLIFY_DEG);
    return out.length < 4 && arc.length >= 4 && arc[0][0] === arc.at(-1)[0] && arc[0][1] === arc.at(-1)[1]
      ? arc
      : out;
  }),
};
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

// --- Label points -----------------------------------------------------------
function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

// A label point well inside the country: grid search for the point inside the
// largest ring that is furthest from the border, with the horizontal distance
// weighted down (labels are wide, not tall).
function labelPoint(rings) {
  const ring = rings.reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
  const pts = ring.map(([x, y]) => [x / 10, y / 10]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const others = rings.filter((r) => r !== ring).map((r) => r.map(([x, y]) => [x / 10, y / 10]));
  const step = Math.max(1, Math.min(maxX - minX, maxY - minY) / 60);
  let best = null;
  let bestScore = -Infinity;
  for (let x = minX; x <= maxX; x += step) {
    for (let y = minY; y <= maxY; y += step) {
      if (!pointInRing([x, y], pts) || others.some((r) => pointInRing([x, y], r))) continue;
      // Score: distance to the border, where horizontal room counts half.
      let d = Infinity;
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const a = [pts[j][0] * 0.5, pts[j][1]];
        const b = [pts[i][0] * 0.5, pts[i][1]];
        d = Math.min(d, distToSegment([x * 0.5, y], a, b));
      }
      if (d > bestScore) {
        bestScore = d;
        best = [x, y];
      }
    }
  }
  return best.map((v) => Math.round(v * 10) / 10);
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
