"""Leaflet served from this machine, so the map draws without internet.

Folium points at CDNs; offline that renders a blank map. Debian's libjs-leaflet and
libjs-leaflet.markercluster (or npm's leaflet) put the files on disk; they are copied into
./static/vendor (git-ignored) and served by Streamlit's static file serving at
/app/static/. When no local copy exists (a hosted deployment), the CDN is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENDOR = PROJECT_ROOT / "static" / "vendor" / "leaflet"
URL_PREFIX = "/app/static/vendor/leaflet"
GENERATED = PROJECT_ROOT / "static" / "generated"
GENERATED_URL = "/app/static/generated"
SOURCES = (
    Path("/usr/share/javascript/leaflet"),
    PROJECT_ROOT / "node_modules" / "leaflet" / "dist",
)
NEEDED = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
          "MarkerCluster.Default.css")
CDN = {
    "leaflet.js": "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
    "leaflet.css": "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
    "leaflet.markercluster.js":
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js",
    "MarkerCluster.css":
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css",
    "MarkerCluster.Default.css":
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css",
}


@dataclass(frozen=True)
class LeafletAssets:
    local: bool
    urls: dict[str, str]

    @property
    def map_js(self) -> list[tuple[str, str]]:
        return [("leaflet", self.urls["leaflet.js"])]

    @property
    def map_css(self) -> list[tuple[str, str]]:
        return [("leaflet_css", self.urls["leaflet.css"])]

    @property
    def cluster_js(self) -> list[tuple[str, str]]:
        return [("markerclusterjs", self.urls["leaflet.markercluster.js"])]

    @property
    def cluster_css(self) -> list[tuple[str, str]]:
        return [("markerclustercss", self.urls["MarkerCluster.css"]),
                ("markerclusterdefaultcss", self.urls["MarkerCluster.Default.css"])]


def install_local_copy(target: Path = VENDOR, sources: tuple[Path, ...] = SOURCES) -> bool:
    """Copy Leaflet from the first source that has every file; True when a local copy exists."""
    if all((target / name).is_file() for name in NEEDED):
        return True
    for source in sources:
        found = {name: _find(source, name) for name in NEEDED}
        if all(found.values()):
            target.mkdir(parents=True, exist_ok=True)
            for name, path in found.items():
                shutil.copyfile(path, target / name)
            images = source / "images"
            if images.is_dir():
                shutil.copytree(images, target / "images", dirs_exist_ok=True)
            return True
    return False


def _find(source: Path, name: str) -> Path | None:
    for candidate in (source / name, source.parent.parent / "leaflet.markercluster" / "dist" / name):
        if candidate.is_file():
            return candidate
    return None


def published(name: str, value, folder: Path = GENERATED) -> str | None:
    """``value`` as a JSON file under static/, named by its content, and its URL: the browser
    fetches it once and keeps it, where data embedded in the map would travel again with every
    rerun of every session. None when static/ cannot be written (the caller embeds the data)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    path = folder / f"{name}-{hashlib.sha1(text.encode()).hexdigest()[:12]}.json"
    try:
        if not path.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
    except OSError:
        return None
    return f"{GENERATED_URL}/{path.name}"


def leaflet_assets() -> LeafletAssets:
    if install_local_copy():
        return LeafletAssets(True, {name: f"{URL_PREFIX}/{name}" for name in NEEDED})
    return LeafletAssets(False, dict(CDN))


if __name__ == "__main__":  # python -m ui.assets: copy Leaflet before the first start
    if install_local_copy():
        print(f"Leaflet copied to {VENDOR}")
    else:
        print("no local Leaflet found (apt-get install libjs-leaflet libjs-leaflet.markercluster);"
              " the app will use the CDN")
