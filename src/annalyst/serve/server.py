"""Running the web app: in the foreground (``annalyst serve``) or in a thread (tests, benches)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import uvicorn

from annalyst.errors import AnnalystError, InputError
from annalyst.serve.app import create_app
from annalyst.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def check_store(db_path: Union[str, Path]) -> None:
    """Fail before listening when the store is missing or unreadable (StoreError says what to do)."""
    with Store(db_path, read_only=True):
        pass


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only then, and without it
    # every keep-alive response waits ~40 ms for the client's delayed ACK (Nagle)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         "choose another --port (or stop the program using this one)") from exc
    sock.listen(128)
    return sock


def _server(db_path: Union[str, Path], log_level: str) -> uvicorn.Server:
    config = uvicorn.Config(create_app(db_path), log_level=log_level, access_log=log_level == "debug",
                            lifespan="on", server_header=False)
    return uvicorn.Server(config)


def serve(db_path: Union[str, Path], host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          log_level: str = "warning") -> None:
    """Serve the API and UI until interrupted.  Binds loopback unless ``host`` says otherwise."""
    check_store(db_path)
    sock = _bind(host, port)
    _server(db_path, log_level).run(sockets=[sock])


@dataclass
class RunningServer:
    """A server running in a background thread; ``stop()`` ends it."""

    url: str
    port: int
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> "RunningServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_in_thread(db_path: Union[str, Path], host: str = DEFAULT_HOST, port: int = 0, *,
                    log_level: str = "warning", timeout: float = 20.0) -> RunningServer:
    """Start the app on ``host`` (port 0: a free one) in a daemon thread; return once it answers."""
    check_store(db_path)
    sock = _bind(host, port)
    actual_port = sock.getsockname()[1]
    server = _server(db_path, log_level)
    # uvicorn installs signal handlers only on the main thread; a background server needs none
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="annalyst-serve")
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise AnnalystError(f"the web server did not start within {timeout:.0f} s",
                                "run `annalyst serve` in a terminal to see why", code="E500")
        time.sleep(0.02)
    shown = f"[{host}]" if ":" in host else host
    return RunningServer(url=f"http://{shown}:{actual_port}", port=actual_port, _server=server, _thread=thread)


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "RunningServer", "check_store", "serve", "start_in_thread"]
