"""One JSON error shape for every failure the HTTP API can answer with.

``{"error": {"code", "message", "fix"}}`` (``AnnalystError.to_json``): our own errors, FastAPI's
validation errors (422), unknown routes and methods (404/405) and unexpected exceptions (500)
all come out the same way, so a client needs one error path.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from annalyst.errors import AnnalystError, NotFoundError, QueryError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: ("E400", "Check the request against the API description at /openapi.json."),
    404: ("E404", "Check the address; the API lives under /api/ (see /openapi.json)."),
    405: ("E405", "This address answers GET only."),
}


class SafeJSONResponse(JSONResponse):
    """JSON whose ``<``, ``>`` and ``&`` are written as ``\\u003c``-style escapes.

    The same values for any JSON reader, but an article's ``<script>`` can never appear as
    markup in the bytes, even if the body is sniffed as HTML or pasted into a page.
    """

    def render(self, content: object) -> bytes:
        text = super().render(content).decode("utf-8")
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


def error_response(err: AnnalystError, status: int | None = None) -> JSONResponse:
    return SafeJSONResponse(err.to_json(), status_code=status or err.http_status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors():
        where = ".".join(str(x) for x in item.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AnnalystError)
    async def _annalyst(_: Request, exc: AnnalystError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        err = QueryError(_validation_message(exc), "Fix the parameter named above (see /openapi.json for the allowed values).")
        return error_response(err, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, fix = _HTTP_CODES.get(exc.status_code, (f"E{exc.status_code}", None))
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            err: AnnalystError = NotFoundError(message if message != "Not Found" else "no such address", fix)
        else:
            err = AnnalystError(message, fix, code=code)
        return error_response(err, exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        # the traceback goes to the server log, not to the client
        log.exception("unhandled error in the annalyst API")
        err = AnnalystError(f"internal error ({type(exc).__name__})",
                            "See the server log; report it with the request that caused it.", code="E500")
        return error_response(err, 500)
