"""``annalyst serve``: loopback by default, a clear error without a store, a real server when run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from annalyst.cli import build_parser, main


def test_defaults_bind_loopback():
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.db == "annalyst.duckdb"


def test_missing_store_is_an_error_before_listening(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.duckdb"), "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "E003" in err and "annalyst ingest" in err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_command_answers_on_loopback(sample):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "annalyst", "serve", "--db", str(sample.db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "annalyst serve did not answer within 60 s"
                time.sleep(0.2)
        assert resp.status_code == 200 and resp.json()["events"] == 4
        assert "server" not in resp.headers  # no software banner
        if os.path.exists("/proc/net/tcp"):
            assert _listeners(port) == ["127.0.0.1"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert "serving" in proc.stderr.read()


def _listeners(port: int) -> list[str]:
    """Local addresses listening on ``port`` (from /proc/net/tcp; empty where that is unavailable)."""
    found = []
    try:
        lines = open("/proc/net/tcp").read().splitlines()[1:]
    except OSError:
        return found
    for line in lines:
        local, state = line.split()[1], line.split()[3]
        addr_hex, port_hex = local.split(":")
        if state == "0A" and int(port_hex, 16) == port:  # 0A = LISTEN
            found.append(socket.inet_ntoa(bytes.fromhex(addr_hex)[::-1]))
    return found


def test_listening_socket_is_tcp_so_replies_are_not_delayed():
    from annalyst.serve.server import _bind

    sock = _bind("127.0.0.1", 0)
    try:
        # asyncio turns on TCP_NODELAY for accepted sockets only when the listener says TCP
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
