"""Fuzz the readers and the cleaner for a fixed time and report crashes (goal: none).

A *crash* is any exception escaping ``annalyst.read.iter_documents`` or ``clean_document``: by
contract a reader turns a bad record into a FAILED Document and the cleaner marks a record
skipped, so neither may raise on any input.  Each input is fed to one target, picked by its
first byte:

- ``read``: the bytes are written to a file with a text-ish suffix (``.txt .html .jsonl .warc
  .gz .json``, or none) and read with ``iter_documents``; every record is then cleaned too;
- ``clean-text`` / ``clean-html``: the bytes, decoded leniently, are the raw text or HTML of a
  Document given straight to ``clean_document``.

With atheris installed (``pip install atheris``: a wheel for CPython 3.11 on Linux) the loop is
coverage-guided (libFuzzer); without it, hypothesis draws random bytes for the same time.

    python bench/fuzz.py --seconds 300                  # atheris if importable, else hypothesis
    python bench/fuzz.py --seconds 60 --engine hypothesis --json

Crashing inputs are saved under ``--crash-dir`` (named by their SHA-1) to replay with
``python bench/fuzz.py --replay FILE``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

SUFFIXES = (".txt", ".html", ".jsonl", ".warc", ".gz", ".json", "")
TARGETS = ("read", "clean-text", "clean-html")


@dataclass
class Tally:
    runs: int = 0
    crashes: int = 0
    kinds: Counter = field(default_factory=Counter)
    first: dict[str, str] = field(default_factory=dict)  # kind → one traceback


class Fuzzer:
    """The targets, a scratch file for the reader, and the crash log."""

    def __init__(self, crash_dir: Path, max_bytes: int, state: Optional[Path] = None) -> None:
        from annalyst.clean import clean_document
        from annalyst.model import Document
        from annalyst.read import iter_documents

        self.clean_document = clean_document
        self.Document = Document
        self.iter_documents = iter_documents
        self.crash_dir = crash_dir
        self.max_bytes = max_bytes
        self.scratch = Path(tempfile.mkdtemp(prefix="annalyst-fuzz-"))
        self.tally = Tally()
        self.state = state  # where a libFuzzer child leaves its tally (libFuzzer exits with _exit)

    def one(self, data: bytes) -> None:
        """Run one input; an exception is recorded as a crash, never raised."""
        data = data[: self.max_bytes]
        self.tally.runs += 1
        try:
            self._dispatch(data)
        except Exception as exc:  # every escaping exception is a finding
            self._record(data, exc)
            self.save()
        if self.tally.runs % 50 == 0:
            self.save()

    def save(self) -> None:
        if self.state is not None:
            t = self.tally
            self.state.write_text(json.dumps({"runs": t.runs, "crashes": t.crashes, "kinds": dict(t.kinds),
                                              "first": t.first}))

    def _dispatch(self, data: bytes) -> None:
        if not data:
            return
        selector, body = data[0], data[1:]
        target = TARGETS[selector % len(TARGETS)]
        if target == "read":
            suffix = SUFFIXES[(selector // len(TARGETS)) % len(SUFFIXES)]
            path = self.scratch / f"input{suffix}"
            path.write_bytes(body)
            for doc in self.iter_documents([str(path)]):
                self.clean_document(doc)
        else:
            text = body.decode("utf-8", errors="replace")
            doc = self.Document(doc_id="fuzz", source="fuzz", **({"raw": text} if target == "clean-text" else {"raw_html": text}))
            self.clean_document(doc)

    def _record(self, data: bytes, exc: Exception) -> None:
        kind = f"{type(exc).__name__} in {_where(exc)}"
        self.tally.crashes += 1
        self.tally.kinds[kind] += 1
        self.tally.first.setdefault(kind, "".join(traceback.format_exception(exc))[-3000:])
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        (self.crash_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)


def _where(exc: BaseException) -> str:
    """The innermost annalyst frame of a traceback (where the contract broke)."""
    tb, where = exc.__traceback__, "?"
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "annalyst" in name:
            where = f"{Path(name).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def seeds() -> list[bytes]:
    """Small valid inputs of each format, so mutation starts from the shapes readers expect."""
    article = (b"Kenya accused Uganda of violating the border agreement on Monday.\n\n"
               b"Officials in Nairobi said the talks would continue.\n")
    html = b"<html><head><title>T</title></head><body><article><p>" + article + b"</p></article></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    warc = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/\r\n"
            b"WARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(http)}\r\n\r\n".encode() + http + b"\r\n\r\n")
    jsonl = json.dumps({"id": 1, "title": "T", "date": "2024-03-01", "text": article.decode()}).encode() + b"\n{bad\n"
    # first byte: selector % 3 picks the target, (selector // 3) % 7 the suffix (see _dispatch)
    return [bytes([0]) + article, bytes([3]) + html, bytes([6]) + jsonl, bytes([9]) + warc,
            bytes([12]) + gzip.compress(article), bytes([1]) + article, bytes([2]) + html]


def run_hypothesis(fuzzer: Fuzzer, seconds: float) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    deadline = time.monotonic() + seconds
    inputs = st.one_of(st.binary(max_size=fuzzer.max_bytes),
                       st.sampled_from(seeds()).flatmap(lambda s: st.binary(max_size=64).map(lambda junk: s[:len(s) // 2] + junk + s[len(s) // 2:])))

    @settings(max_examples=200, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(inputs)
    def batch(data: bytes) -> None:
        fuzzer.one(data)

    for seed in seeds():
        fuzzer.one(seed)
    while time.monotonic() < deadline:
        batch()


def atheris_child(fuzzer: Fuzzer, seconds: float) -> None:
    """Run libFuzzer in this process until the time is up (it ends the process itself)."""
    import atheris

    corpus = Path(tempfile.mkdtemp(prefix="annalyst-fuzz-corpus-"))
    for i, seed in enumerate(seeds()):
        (corpus / f"seed{i}").write_bytes(seed)
    atheris.Setup([sys.argv[0], f"-max_total_time={max(1, int(seconds))}", f"-max_len={fuzzer.max_bytes}",
                   "-print_final_stats=0", str(corpus)], fuzzer.one)
    atheris.Fuzz()


def run_atheris(args: argparse.Namespace, fuzzer: Fuzzer) -> None:
    """libFuzzer leaves with _exit, so it runs in a child that keeps its tally in a state file."""
    import subprocess

    state = Path(tempfile.mkdtemp(prefix="annalyst-fuzz-state-")) / "state.json"
    log = state.with_name("libfuzzer.log")
    command = [sys.executable, str(Path(__file__).resolve()), "--atheris-child", str(state),
               "--seconds", str(args.seconds), "--max-bytes", str(args.max_bytes), "--crash-dir", str(args.crash_dir)]
    with log.open("w") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=args.seconds + 300, check=False)
    if state.exists():
        saved = json.loads(state.read_text())
        fuzzer.tally = Tally(saved["runs"], saved["crashes"], Counter(saved["kinds"]), saved["first"])
    if done.returncode != 0:  # libFuzzer itself stopped early: out of memory, a timeout, a native crash
        kind = f"fuzzer process exited with {done.returncode}"
        fuzzer.tally.crashes += 1
        fuzzer.tally.kinds[kind] += 1
        fuzzer.tally.first[kind] = f"see {log}"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz annalyst's readers and cleaner for a fixed time.")
    parser.add_argument("--seconds", type=float, default=120.0, help="how long to fuzz (default 120)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--max-bytes", type=int, default=16384, help="largest input (default 16384)")
    parser.add_argument("--crash-dir", type=Path, default=Path(tempfile.gettempdir()) / "annalyst-fuzz-crashes")
    parser.add_argument("--replay", type=Path, help="run one saved input and show its traceback")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--atheris-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.atheris_child:
        import atheris

        with atheris.instrument_imports(include=["annalyst"]):
            import annalyst.clean  # noqa: F401
            import annalyst.read  # noqa: F401
        atheris_child(Fuzzer(args.crash_dir, args.max_bytes, args.atheris_child), args.seconds)
        return 0

    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"

    started = time.monotonic()

    def make() -> Fuzzer:
        return Fuzzer(args.crash_dir, args.max_bytes)

    def report(fuzzer: Fuzzer) -> None:
        out = {"engine": engine, "seconds": round(time.monotonic() - started, 1), "runs": fuzzer.tally.runs,
               "crashes": fuzzer.tally.crashes, "kinds": dict(fuzzer.tally.kinds),
               "crash_dir": str(args.crash_dir) if fuzzer.tally.crashes else None}
        if args.json:
            print(json.dumps(out))
        else:
            print(f"fuzz ({engine}): {out['runs']} inputs in {out['seconds']} s, {out['crashes']} crashes")
            for kind, count in fuzzer.tally.kinds.most_common():
                print(f"  {count:6d}  {kind}")
                print("          " + fuzzer.tally.first[kind].strip().splitlines()[-1])
            if fuzzer.tally.crashes:
                print(f"  inputs saved in {args.crash_dir}")
        sys.stdout.flush()

    if args.replay:
        fuzzer = make()
        fuzzer._dispatch(args.replay.read_bytes())  # raises: the traceback is the point
        print("no crash")
        return 0
    fuzzer = make()
    if engine == "atheris":
        run_atheris(args, fuzzer)
    else:
        run_hypothesis(fuzzer, args.seconds)
    report(fuzzer)
    return 1 if fuzzer.tally.crashes else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
