"""A battery of hostile inputs and careless operations against the command line.

Every case must end in a clear outcome: events for what is readable, one line on stderr for what
is not, the right exit status, never a traceback, never a hang (a generous timeout catches one;
speed itself is measured in bench/hostile_shapes.py), and nothing silently dropped: every input
file is either in the output or named on stderr. The app's side of the battery is in
test_app.py (uploads, dates, stores) and test_browser.py (evidence in popups, reloads, links).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from geo.config import PROJECT_ROOT

GOOD = "أعلنت وزارة الدفاع الأذربيجانية اليوم الاثنين تحرير قرية قاودار التابعة لمدينة جبرائيل."
STRIKE = "قصفت القوات الأرمينية مدينة ترتر بالصواريخ صباح اليوم."


def run(*args, env: dict | None = None, timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=PROJECT_ROOT, env={**os.environ, **(env or {})})


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# name -> (bytes, readable): readable files must give events, the others one stderr line each
HOSTILE_FILES: dict[str, tuple[bytes, bool]] = {
    "empty.txt": (b"", False),
    "blank.txt": (b" \n\t\n   \n", False),
    "binary.txt": (bytes(range(256)) * 40, False),
    "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, False),
    "nul-late.txt": (GOOD.encode() + b" " * 9000 + b"\x00tail", False),
    "utf16.txt": (GOOD.encode("utf-16"), True),
    "utf16-nobom.txt": (GOOD.encode("utf-16-le"), True),
    "cp1256.txt": (GOOD.encode("cp1256"), True),
    "iso8859-6.txt": (STRIKE.encode("iso-8859-6"), True),
    "bom-crlf.txt": (("\ufeff" + GOOD.replace(" ", " \r\n", 2)).encode(), True),
    "bad-utf8.txt": (GOOD.encode() + b"\xff\xfe\xfa broken " + STRIKE.encode(), True),
    "one-long-line.txt": ((" ".join(["قرية قاودار"] * 20000)).encode(), True),
    "no-punctuation.txt": (("قصفت القوات مدينة ترتر " * 8000).encode(), True),
    "only-numbers.txt": (("12345 " * 500).encode(), False),  # read, but names no place: said at the end
    "emoji.txt": (("🔥💥 " * 100 + STRIKE).encode(), True),
    "latin-tweet.txt": (b"Azerbaijani army liberated Jabrayil and Hadrut, said President Aliyev.", True),
    "rtl-marks.txt": (("\u200f" + GOOD + "\u200e\u202b" + STRIKE).encode(), True),
    "diacritics.txt": ("قَصَفَتِ القُوّاتُ مَدِينَةَ تَرْتَر".encode(), True),
    "page.html": (f"<html><head><title>خبر</title></head><body><p>{GOOD}</p><script>alert(1)</script>"
                  "</body></html>".encode(), True),
    "script-only.html": (b"<html><script>alert('x')</script><style>p{}</style></html>", False),
    "meta-flood.html": (b'<html><head>' + b'<meta content="2020-10-10"' * 5000 + b'</head><body><p>'
                        + STRIKE.encode() + b"</p></body></html>", True),
    "nested.html": (b"<div>" * 3000 + STRIKE.encode() + b"</div>" * 3000, True),
    "dated-1900.html": (b'<html><head><meta property="article:published_time" content="1900-01-01">'
                        b"</head><body><article><p>" + STRIKE.encode() * 3 + b"</p></article></body></html>", True),
    "dated-2099.html": (b'<html><head><meta property="article:published_time" content="2099-12-31">'
                        b"</head><body><article><p>" + STRIKE.encode() * 3 + b"</p></article></body></html>", True),
    "archive.zip": (zipped({"a.txt": GOOD.encode(), "b.bin": bytes(range(256)) * 10, "c.html": b"<p>" + STRIKE.encode()
                            + b"</p>"}), True),
    "broken.zip": (b"PK\x03\x04 this is not really a zip archive", False),
    "table.csv": (("text,published\n" + f'"{GOOD}",2020-10-05\n' + '"",2020-10-05\n'
                   + f'"{STRIKE}",not-a-date\n').encode(), True),
    "no-text-column.csv": (b"title,body_of_article\nx,y\n", False),
    "feed.jsonl": ((json.dumps({"text": STRIKE}, ensure_ascii=False) + "\n{not json\n"
                    + json.dumps({"text": 5}) + "\n").encode(), True),
    "formula.txt": (("=HYPERLINK(\"http://x\") " + STRIKE).encode(), True),
}


@pytest.fixture(scope="module")
def battery(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in HOSTILE_FILES.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop").symlink_to(folder / "loop")
    return folder, run("extract", folder, "--format", "jsonl")


def test_the_battery_ends_cleanly_with_no_traceback(battery):
    _, done = battery
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr.replace("UnicodeError", "")
    assert done.returncode == 1  # some inputs were unreadable, and said so


def test_every_readable_file_gives_events_or_is_a_named_copy(battery):
    _, done = battery
    found = {json.loads(line)["article"].split(":")[0].split("#")[0] for line in done.stdout.splitlines()}
    copies = {line.split(":")[1].strip() for line in done.stderr.splitlines() if "the same article as" in line}
    lost = [name for name, (_, ok) in HOSTILE_FILES.items()
            if ok and name not in found and name not in {c.split("#")[0] for c in copies}]
    assert not lost, lost
    assert {"bad-utf8.txt", "one-long-line.txt", "latin-tweet.txt", "dated-1900.html"} <= found


def test_every_unreadable_input_is_named_on_one_line(battery):
    _, done = battery
    lines = done.stderr.splitlines()
    for name, (_, ok) in HOSTILE_FILES.items():
        if not ok:
            assert any(name in line and "the same article" not in line for line in lines), name
    assert any("pipe.txt" in line for line in lines)  # a FIFO is refused, not waited on
    assert any("archive.zip" in line and "b.bin" in line for line in lines)  # a skipped member is said
    assert all(len(line) < 400 for line in lines)


def test_dates_outside_the_war_never_date_an_event(battery):
    _, done = battery
    for line in done.stdout.splitlines():
        event = json.loads(line)
        if event["article"].startswith("dated-"):
            assert event["published"] is None or "2020" <= event["published"] < "2022"


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (("extract",), 2, "usage"),
        (("extract", "/no/such/folder"), 1, "/no/such/folder"),
        (("extract", "{seed}", "--published", "yesterday"), 2, "published"),
        (("extract", "{seed}", "--published", "2020-02-30"), 2, "published"),
        (("extract", "{seed}", "--format", "xml"), 2, "format"),
        (("extract", "{seed}", "--workers", "0"), 2, "workers"),
        (("extract", "{seed}", "--out", "/proc/no-such-dir/out.jsonl"), 1, "cannot write"),
        (("control", "{seed}", "--as-of", "soon"), 2, "as-of"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_wrong_options_are_one_clear_line(args, status, says):
    from tests.conftest import SEEDS

    done = run(*(a.replace("{seed}", str(SEEDS / "001_3125d2bf6cf5a27d.txt")) for a in args))
    assert done.returncode == status, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr


def test_an_unusable_cache_or_gazetteer_is_said_in_one_line(tmp_path):
    from tests.conftest import SEEDS

    a_file = tmp_path / "cache-is-a-file"
    a_file.write_text("x")
    done = run("extract", SEEDS / "001_3125d2bf6cf5a27d.txt", env={"GEO_CACHE_DIR": str(a_file)})
    assert done.returncode == 0 and done.stdout and "cannot be used" in done.stderr
    assert "Traceback" not in done.stderr
    gone = run("extract", SEEDS / "001_3125d2bf6cf5a27d.txt", env={"GEO_GAZETTEER_DIR": str(tmp_path / "nope")})
    assert gone.returncode == 1 and len(gone.stderr.strip().splitlines()) == 1 and "Traceback" not in gone.stderr


READ_COUNTER = """
import runpy, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(args[0])
                 if event == "open" and str(args[0]).endswith(".html") else None)
sys.argv = ["geo", "extract", sys.argv[1]]
try:
    runpy.run_module("geo", run_name="__main__")
except SystemExit:
    pass
print("opened", len(opened), file=sys.stderr)
"""


def test_a_web_page_is_read_from_disk_once(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(f"<html><head><title>t</title></head><body><article><p>{GOOD}</p><p>{STRIKE}</p></article>"
                    "</body></html>", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", READ_COUNTER, str(page)], capture_output=True, text=True,
                          timeout=120, cwd=PROJECT_ROOT)
    assert "قاودار" in done.stdout
    assert "opened 1" in done.stderr.splitlines()[-1]
