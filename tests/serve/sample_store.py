"""A small hand-built store for the web and report tests (real Store, plain model dataclasses).

Offsets are computed from the text, never typed in, so the records are self-consistent: a
sentence's ``span`` slices the cleaned text, an actor's ``start``/``end`` slice its words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from annalyst.codes import lookup
from annalyst.model import ActorRef, Attribution, Document, Event, Location, RemovedLine, Status
from annalyst.store import Store

PRK_TEXT = (
    "North Korea has officially recognized the independence of the Donetsk People's Republic.\n\n"
    "Ukraine responded by severing diplomatic relations with the DPRK.\n\n"
    "It is widely expected that Russia will reciprocate such support to North Korea."
)

XSS_TEXT = (
    "The <script>window.__pwned = 1</script> ministry accused \"onerror=alert(1) the United States of sabotage.\n\n"
    "Officials said <img src=x onerror=\"window.__pwned = 2\"> nothing more."
)


@dataclass(frozen=True)
class Sample:
    """Ids the tests look for."""

    db: Path
    prk_doc: str = "doc-prk"
    xss_doc: str = "doc-xss"
    failed_doc: str = "doc-failed"


def _ref(text: str, doc_text: str, country: Optional[str], code: Optional[str], *, sector: Optional[str] = None,
         kind: str = "state", occurrence: int = 0) -> ActorRef:
    start = -1
    for _ in range(occurrence + 1):
        start = doc_text.index(text, start + 1)
    return ActorRef(text=text, country=country, sector=sector, code=code, start=start, end=start + len(text),
                    name=text, kind=kind, resolved_by="kb-phrase")


def _event(doc: Document, sentence_index: int, source: ActorRef, target: Optional[ActorRef], cameo: str,
           trigger: str, date: Optional[dt.date], precision: Optional[str], flags: tuple[str, ...] = (),
           said_by: Optional[str] = None, location: Optional[Location] = None) -> Event:
    sentence = doc.sentences[sentence_index]
    code = lookup(cameo)
    at = doc.text.index(trigger, sentence.start)
    ev = Event(doc_id=doc.doc_id, sentence_index=sentence_index, text=sentence.text, span=(sentence.start, sentence.end),
               source=source, target=target, cameo=cameo, trigger=trigger, trigger_span=(at, at + len(trigger)),
               goldstein=code.goldstein, quad_class=code.quad_class, event=code.event, mode=code.mode,
               context=code.context, date=date, date_precision=precision, confidence=0.8,
               attribution=Attribution(text=said_by) if said_by else None, location=location)
    for flag in flags:
        ev.add_flag(flag)
    ev.assign_id()
    return ev


def _document(doc_id: str, text: str, **meta) -> Document:
    from annalyst.model import Sentence

    doc = Document(doc_id=doc_id, source=f"/in/{doc_id}.txt", raw=text, text=text, language="en",
                   status=Status.PROCESSED, content_hash=f"hash-{doc_id}", **meta)
    start = 0
    for index, para in enumerate(text.split("\n\n")):
        doc.sentences.append(Sentence(index=index, start=start, end=start + len(para), text=para))
        start += len(para) + 2
    return doc


def prk_document() -> Document:
    doc = _document("doc-prk", PRK_TEXT, title="DPRK Recognizes Donetsk and Lugansk", outlet="New Eastern Outlook",
                    author="Konstantin Asmolov", published=dt.date(2022, 7, 18), url="https://journal-neo.org/dprk",
                    removed=[RemovedLine("casino siteleri yeni bahis siteleri", "spam:language:tr", 0),
                             RemovedLine("Please select digest to download:", "boilerplate", 40)])
    t = doc.text
    prk = _ref("North Korea", t, "PRK", "PRK")
    dpr = _ref("Donetsk People's Republic", t, "UKR", "UKRREB", sector="REB", kind="group")
    ukr = _ref("Ukraine", t, "UKR", "UKR")
    dprk = _ref("DPRK", t, "PRK", "PRK")
    rus = _ref("Russia", t, "RUS", "RUS")
    prk2 = _ref("North Korea", t, "PRK", "PRK", occurrence=1)
    doc.actors = [prk, dpr, ukr, dprk, rus, prk2]
    doc.events = [
        # the map's three cases: coordinates (Pyongyang), country only (Ukraine), none (below)
        _event(doc, 0, prk, dpr, "054", "recognized", dt.date(2022, 7, 13), "day",
               location=Location("Pyongyang", country="PRK", city="Pyongyang", lat=39.03, lon=125.75)),
        _event(doc, 1, ukr, dprk, "161", "severing diplomatic relations", dt.date(2022, 7, 14), "day",
               location=Location("Ukraine", country="UKR")),
        _event(doc, 2, rus, prk2, "057", "reciprocate", dt.date(2022, 7, 18), "publication", flags=("hypothetical",)),
    ]
    return doc


def xss_document() -> Document:
    doc = _document("doc-xss", XSS_TEXT, title="<script>window.__pwned = 3</script> \"onerror=alert(1) headline",
                    outlet="<b>Evil</b> Outlet", published=dt.date(2022, 8, 1), url="javascript:alert(1)",
                    removed=[RemovedLine("<img src=x onerror=\"window.__pwned = 4\">", "boilerplate", 3)])
    t = doc.text
    src = _ref("<script>window.__pwned = 1</script> ministry", t, "PRK", "PRKGOV", sector="GOV", kind="sector")
    usa = _ref("the United States", t, "USA", "USA")
    doc.actors = [src, usa]
    doc.events = [_event(doc, 0, src, usa, "111", "accused", dt.date(2022, 8, 1), "day",
                         said_by="<img src=x onerror=\"window.__pwned = 5\">")]
    return doc


def failed_document() -> Document:
    return Document(doc_id="doc-failed", source="/in/broken.html", position="record 3").fail("read: bad gzip")


def build_sample_store(path: Path) -> Sample:
    with Store(path) as store:
        store.write_documents([prk_document(), xss_document(), failed_document()])
    return Sample(db=path)


# A second small store for the views that need more than a handful of events: edges of different
# weights (network filter), several pages (paging), a statement and an appeal (the material
# filter), dates spread over two years plus one historical date (the timeline's span).
# (source, target, CAMEO, trigger, date, place)  place: (name, country, lat, lon), country only, or None
BUSY_EVENTS = [
    ("Britain", "France", "036", "wants to meet", dt.date(2004, 3, 2), ("London", "GBR", 51.51, -0.13)),
    ("Britain", "France", "036", "wants to meet", dt.date(2004, 3, 9), ("London", "GBR", 51.51, -0.13)),
    ("Britain", "France", "042", "visited", dt.date(2004, 6, 1), ("Paris", "FRA", 48.85, 2.35)),
    ("Britain", "France", "051", "praised", dt.date(2004, 9, 14), ("Paris", "FRA", 48.85, 2.35)),
    ("France", "Britain", "111", "criticised", dt.date(2004, 11, 3), "FRA"),
    ("France", "Britain", "010", "said of", dt.date(2005, 1, 20), None),
    ("Russia", "Britain", "020", "appealed to", dt.date(2005, 2, 11), "RUS"),
    ("Russia", "Ukraine", "173", "arrested", dt.date(2005, 3, 30), ("Kiev", "UKR", 50.45, 30.52)),
    ("Ukraine", "Russia", "111", "criticised", dt.date(2005, 4, 4), ("Kiev", "UKR", 50.45, 30.52)),
    ("Britain", "France", "057", "signed with", dt.date(2005, 5, 5), None),
    ("Russia", "Ukraine", "173", "arrested", dt.date(2005, 8, 8), None),
    ("Britain", "Germany", "036", "wants to meet", dt.date(1939, 9, 1), "DEU"),
]
BUSY_COUNTRIES = {"Britain": "GBR", "France": "FRA", "Russia": "RUS", "Ukraine": "UKR", "Germany": "DEU"}


def busy_documents() -> list[Document]:
    """One short document per event of BUSY_EVENTS, published on the event's date."""
    docs = []
    for i, (src, tgt, cameo, trigger, date, place) in enumerate(BUSY_EVENTS):
        text = f"{src} {trigger} {tgt} about trade."
        doc = _document(f"busy-{i:02d}", text, title=f"Busy story {i}", outlet="Test Wire",
                        published=max(date, dt.date(2004, 1, 1)))
        s = _ref(src, text, BUSY_COUNTRIES[src], BUSY_COUNTRIES[src])
        t = _ref(tgt, text, BUSY_COUNTRIES[tgt], BUSY_COUNTRIES[tgt])
        location = None
        if isinstance(place, tuple):
            location = Location(place[0], country=place[1], city=place[0], lat=place[2], lon=place[3])
        elif place:
            location = Location(place, country=place)
        doc.actors = [s, t]
        doc.events = [_event(doc, 0, s, t, cameo, trigger, date, "day", location=location)]
        docs.append(doc)
    return docs


def build_busy_store(path: Path) -> Path:
    with Store(path) as store:
        store.write_documents(busy_documents())
    return path
