"""``annalyst serve``: the HTTP API and web UI over a store (docs/web.md)."""

from annalyst.serve.app import MAX_PAGE, create_app
from annalyst.serve.server import serve

__all__ = ["MAX_PAGE", "create_app", "serve"]
