from annalyst.model import Document, Status
from annalyst.pipeline.base import Pipeline, RunSummary, Step, batched


class Upper(Step):
    name = "upper"
    sets = ("text",)

    def process(self, doc):
        doc.text = (doc.raw or "").upper()
        return doc


class Picky(Step):
    name = "picky"

    def process(self, doc):
        if "BAD" in doc.text:
            raise ValueError("cannot handle BAD")
        if not doc.text:
            return doc.skip("empty")
        return doc


def _docs(*texts):
    return [Document(doc_id=str(i), source="mem", raw=t, position=f"record {i}") for i, t in enumerate(texts)]


def test_bad_record_fails_alone_and_run_continues():
    seen = []
    summary = Pipeline([Upper(), Picky()]).run(_docs("ok", "bad", "", "fine"), sink=seen.extend, batch_size=2)
    assert [d.status for d in seen] == [Status.PROCESSED, Status.FAILED, Status.SKIPPED, Status.PROCESSED]
    assert summary.records == 4 and summary.processed == 2 and summary.failed == 1 and summary.skipped == 1
    assert summary.failures[0][1] == "record 1" and "cannot handle BAD" in summary.failures[0][2]
    assert summary.skip_reasons == {"empty": 1}


def test_skipped_records_are_not_touched_by_later_steps():
    doc = Document(doc_id="a", source="mem", raw="x").skip("language:de")
    out = Pipeline([Upper()]).run_batch([doc])
    assert out[0].text == "" and out[0].status is Status.SKIPPED


def test_summaries_merge():
    a, b = RunSummary(processed=2, skip_reasons={"x": 1}, skipped=1), RunSummary(failed=1, skip_reasons={"x": 2}, skipped=2)
    merged = a.merge(b)
    assert merged.records == 6 and merged.skip_reasons == {"x": 3}
    assert "6 records" in merged.describe()


def test_batched_keeps_everything():
    items = _docs(*"abcde")
    assert [len(b) for b in batched(items, 2)] == [2, 2, 1]


def test_first_batch_freezes_the_loaded_objects_and_output_is_the_same():
    """``freeze_loaded_tables``: after a batch every object alive is out of the collector's generations
    (``gc.get_freeze_count``), once per process; the records come out as without it."""
    import gc

    from annalyst.pipeline import base

    before = [d.text for d in Pipeline([Upper()]).run_batch(_docs("a", "b"))]
    assert base._TABLES_FROZEN and gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    base.freeze_loaded_tables()  # a second call does nothing
    assert gc.get_freeze_count() == frozen
    assert [d.text for d in Pipeline([Upper()]).run_batch(_docs("a", "b"))] == before == ["A", "B"]
