"""Fetch the real GeoNames dumps (AZ.zip, AM.zip, admin1CodesASCII.txt) into a folder.

Only on the user's request and only when online; tests point ``base_url`` at a local folder.
Files are written to temporary names and moved into place, so an interrupted download
never leaves a truncated dump for the index to read.
"""

from __future__ import annotations

import io
import os
import urllib.request
import zipfile
from pathlib import Path

GEONAMES_DUMP = "https://download.geonames.org/export/dump/"


class DownloadError(Exception):
    """One-line reason a download failed."""


def download_geonames(
    target: Path, countries: tuple[str, ...] = ("AZ", "AM"), base_url: str = GEONAMES_DUMP,
    timeout: float = 60.0,
) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for country in countries:
        data = _fetch(f"{base_url}{country}.zip", timeout)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                dump = archive.read(f"{country}.txt")
        except (zipfile.BadZipFile, KeyError):
            raise DownloadError(f"{country}.zip: not a GeoNames dump archive") from None
        written.append(_write(target / f"{country}.txt", dump))
    written.append(_write(target / "admin1CodesASCII.txt",
                          _fetch(f"{base_url}admin1CodesASCII.txt", timeout)))
    return written


def _fetch(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (user asked)
            return response.read()
    except OSError as exc:
        raise DownloadError(f"cannot download {url}: {getattr(exc, 'reason', exc)}") from None


def _write(path: Path, data: bytes) -> Path:
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def gazetteer_or_download(directory: Path, cache: Path) -> Path:
    """The configured gazetteer folder; if it is missing and GEO_GAZETTEER_DOWNLOAD is set
    (a hosted deployment without ../shared), the real GeoNames dumps fetched once into the
    cache."""
    if directory.is_dir() or not os.environ.get("GEO_GAZETTEER_DOWNLOAD"):
        return directory
    target = cache / "geonames"
    if not (target / "admin1CodesASCII.txt").is_file():
        download_geonames(target)
    return target
