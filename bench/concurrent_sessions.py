"""Twenty people open the app at once: how long until each sees markers on the map.

    python bench/concurrent_sessions.py [--sessions 20] [--server-only]

Starts `streamlit run app.py` on a free port (the seed corpus, the local gazetteer), opens the
sessions at the same moment in one headless Debian Chromium (Playwright's async API, separate
browser contexts, so separate Streamlit sessions), and prints the seconds from opening the page
to the first marker for each, then the median and the worst, and the server's peak memory.
The target (issue "Hostile input and faults") is every session under 10 s. One session first
warms the server (the gazetteer index and the corpus's events are read once per process and
shared); then the sessions open together. The server's CPU time for them is printed apart: here
the twenty Chromium pages run on the same two cores as the server.

--server-only opens the sessions without browsers: each is a WebSocket client speaking
Streamlit's protocol (a BackMsg asking for the page, ForwardMsgs back), timed until the server
has sent the map with its markers. That is the server's share of the wait, apart from twenty
browsers drawing on the same cores.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, MAP_FRAME, free_port, start_app  # noqa: E402


async def one_session(browser, url: str) -> float:
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    started = time.perf_counter()
    await page.goto(url, timeout=180_000, wait_until="commit")
    await page.frame_locator(MAP_FRAME).locator(".event-marker, .marker-cluster").first.wait_for(timeout=180_000)
    seconds = time.perf_counter() - started
    await context.close()
    return seconds


async def one_protocol_session(url: str) -> float:
    """Seconds until the server has sent the map component (its markers in its arguments)."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    started = time.perf_counter()
    stream = url.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(stream, subprotocols=["streamlit"], origin=url, max_size=None) as ws:
        ask = BackMsg()
        ask.rerun_script.query_string = ""
        await ws.send(ask.SerializeToString())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await ws.recv())
            if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                if element.WhichOneof("type") == "component_instance" and \
                        "folium" in element.component_instance.component_name:
                    return time.perf_counter() - started
            if message.WhichOneof("type") == "script_finished":
                raise RuntimeError("the page finished without a map")


async def run_without_browsers(sessions: int, url: str) -> list[float]:
    return list(await asyncio.gather(*(one_protocol_session(url) for _ in range(sessions))))


async def run(sessions: int, url: str) -> list[float]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        times = await asyncio.gather(*(one_session(browser, url) for _ in range(sessions)))
        await browser.close()
    return list(times)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process and its children so far."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--server-only", action="store_true", help="sessions without browsers (see above)")
    args = parser.parse_args()
    opened = run_without_browsers if args.server_only else run
    port = free_port()
    server = start_app(port)
    try:
        url = f"http://127.0.0.1:{port}"
        asyncio.run(opened(1, url))  # the server's first session: the index and the corpus, read once
        before = cpu_seconds(server.pid)
        times = asyncio.run(opened(args.sessions, url))
        server_cpu = cpu_seconds(server.pid) - before
        peak = server_peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=20)
    what = "the server sent the map with its markers" if args.server_only else "first markers"
    print(f"{args.sessions} sessions opened at once{' (no browsers)' if args.server_only else ''}: {what} after "
          f"median {statistics.median(times):.1f} s, worst {max(times):.1f} s (target: every one under 10 s)")
    print("each: " + ", ".join(f"{t:.1f}" for t in sorted(times)))
    print(f"server CPU for them: {server_cpu:.1f} s ({server_cpu / args.sessions:.2f} s a session)"
          + ("" if args.server_only else "; the rest of the wait is the browsers themselves, all on this "
                                         "machine's cores"))
    print(f"server peak memory: {peak:.0f} MB; this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
