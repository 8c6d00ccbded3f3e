"""Load test: N concurrent clients against ``annalyst serve`` on loopback, for a bounded time.

The server runs as a real ``annalyst serve`` process on 127.0.0.1 (never another address); each
client is a thread with its own keep-alive connection, sending a mix of what the UI asks for
(event pages with filters, an event, a document, actors, dyads, timeline, the UI's files) until
the time or the request budget is spent.  Reports throughput, p50/p90/p99/max latency and
errors (any status other than 200, or a failed connection; goal: zero).

    python bench/load.py                               # demo store, 8 clients, 20 s
    python bench/load.py --db /tmp/bbc.duckdb --clients 16 --seconds 60 --json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import httpx

HOST = "127.0.0.1"  # loopback only: a load test must never reach another machine


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    by_path: dict[str, list[float]] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def demo_store(folder: Path) -> Path:
    """The founding article ingested into a fresh store (what ``annalyst demo`` builds)."""
    from annalyst.pipeline.run import demo

    db = folder / "demo.duckdb"
    demo(db)
    return db


def request_mix(base: httpx.Client) -> list[tuple[str, dict[str, Any]]]:
    """Paths and parameters the UI uses, with ids taken from the store itself."""
    first = base.get("/api/events", params={"limit": 50, "include_flagged": "true"}).json()
    events = first.get("events", [])
    mix: list[tuple[str, dict[str, Any]]] = [
        ("/api/events", {"limit": 50}),
        ("/api/events", {"limit": 500, "include_flagged": "true"}),
        ("/api/events", {"limit": 50, "sort": "-goldstein"}),
        ("/api/events", {"country": "PRK", "limit": 50}),
        ("/api/events", {"cameo": "04", "limit": 50, "include_flagged": "true"}),
        ("/api/events", {"text": "sanctions", "limit": 50}),
        ("/api/events", {"actor": "Korea", "since": "2022", "limit": 50}),
        ("/api/actors", {"limit": 50}),
        ("/api/dyads", {}),
        ("/api/timeline", {"period": "month"}),
        ("/api/health", {}),
        ("/", {}),
        ("/static/app.js", {}),
    ]
    for ev in events[:5]:
        mix.append((f"/api/events/{ev['event_id']}", {}))
        mix.append((f"/api/documents/{ev['doc_id']}", {}))
    return mix


def client_loop(url: str, mix: list[tuple[str, dict[str, Any]]], deadline: float, budget: list[int],
                lock: threading.Lock, result: Result, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=30.0) as client:
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            path, params = rng.choice(mix)
            started = time.perf_counter()
            try:
                status = client.get(path, params=params).status_code
                error = None if status == 200 else f"HTTP {status}"
            except httpx.HTTPError as exc:
                status, error = 0, type(exc).__name__
            took = time.perf_counter() - started
            key = path if not path.startswith(("/api/events/", "/api/documents/")) else path.rsplit("/", 1)[0] + "/{id}"
            with lock:
                result.latencies.append(took)
                result.statuses[status] += 1
                result.by_path.setdefault(key, []).append(took)
                if error:
                    result.errors[f"{key}: {error}"] += 1


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "annalyst", "serve", "--db", str(db), "--host", HOST, "--port", str(port)]
    proc = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"annalyst serve exited with {proc.returncode}; see {log}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"annalyst serve did not answer within 60 s; see {log}")


def run(db: Path, clients: int, seconds: float, max_requests: int, seed: int) -> dict[str, Any]:
    port = free_port()
    log = Path(tempfile.mkdtemp(prefix="annalyst-load-")) / "serve.log"
    proc = start_server(db, port, log)
    url = f"http://{HOST}:{port}"
    try:
        with httpx.Client(base_url=url, timeout=30.0) as probe:
            mix = request_mix(probe)
        result, lock, budget = Result(), threading.Lock(), [max_requests]
        deadline = time.monotonic() + seconds
        started = time.perf_counter()
        threads = [threading.Thread(target=client_loop, args=(url, mix, deadline, budget, lock, result, seed + i))
                   for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    n = len(result.latencies)
    return {
        "db": str(db), "clients": clients, "seconds": round(wall, 2), "requests": n,
        "throughput_rps": round(n / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(result.latencies, 50) * 1000, 1),
        "p90_ms": round(percentile(result.latencies, 90) * 1000, 1),
        "p99_ms": round(percentile(result.latencies, 99) * 1000, 1),
        "max_ms": round(max(result.latencies, default=0.0) * 1000, 1),
        "mean_ms": round(statistics.fmean(result.latencies) * 1000, 1) if n else 0.0,
        "errors": sum(result.errors.values()), "error_kinds": dict(result.errors),
        "statuses": {str(k): v for k, v in result.statuses.items()},
        "p99_ms_by_path": {k: round(percentile(v, 99) * 1000, 1) for k, v in sorted(result.by_path.items())},
    }


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="N concurrent clients against annalyst serve on 127.0.0.1.")
    parser.add_argument("--db", type=Path, help="store to serve (default: the demo store, built in a tmp dir)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=20.0, help="how long to load (default 20)")
    parser.add_argument("--max-requests", type=int, default=100_000, help="request budget (default 100000)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients and --seconds must be positive")
    db = args.db or demo_store(Path(tempfile.mkdtemp(prefix="annalyst-load-db-")))
    report = run(db, args.clients, args.seconds, args.max_requests, args.seed)
    if args.json:
        print(json.dumps(report))
    else:
        print(f"load: {report['clients']} clients, {report['requests']} requests in {report['seconds']} s "
              f"= {report['throughput_rps']} req/s; p50 {report['p50_ms']} ms, p90 {report['p90_ms']} ms, "
              f"p99 {report['p99_ms']} ms, max {report['max_ms']} ms; errors {report['errors']}")
        for kind, count in sorted(report["error_kinds"].items()):
            print(f"  {count:6d}  {kind}")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
