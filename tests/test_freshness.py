"""A study file replaced by one with other content and an older date is remade from, not trusted."""

import os
import time
from pathlib import Path

from pipeline.freshness import RECORD, refresh


def test_a_file_whose_content_changed_under_an_older_date_is_dated_now(tmp_path: Path) -> None:
    """The issue-22 trial: a study copied in with its files' dates kept (cp -a, rsync -a) left the old study's
    report in place, as Snakemake compares dates. Content is compared instead; only the date is touched."""
    transcript = tmp_path / "data" / "raw" / "transcripts" / "ws01.txt"
    transcript.parent.mkdir(parents=True)
    transcript.write_text("P1: the old study\n", encoding="utf-8")
    same = tmp_path / "config" / "codebook.yaml"
    same.parent.mkdir()
    same.write_text("id: x\n", encoding="utf-8")
    assert refresh(tmp_path) == []  # the first run: nothing to compare with
    assert (tmp_path / RECORD).is_file()
    old = time.time() - 86_400
    transcript.write_text("P1: a new study!!\n", encoding="utf-8")  # the same size, other words
    os.utime(transcript, (old, old))
    os.utime(same, (old, old))  # an older date, the same content: left alone
    assert refresh(tmp_path) == [transcript]
    assert transcript.stat().st_mtime > time.time() - 60
    assert same.stat().st_mtime == old
    assert transcript.read_text(encoding="utf-8") == "P1: a new study!!\n"  # the content untouched
    assert refresh(tmp_path) == []  # recorded: the next run touches nothing
    # an edit in place is newer than the last run already: Snakemake sees it, nothing to touch
    transcript.write_text("P1: edited today\n", encoding="utf-8")
    assert refresh(tmp_path) == []


def test_a_workbook_saved_since_the_run_wrote_it_is_kept_before_the_next_run(tmp_path: Path) -> None:
    # a review queue decided and not read back was written over by the next run that remade the queue
    from pipeline.freshness import keep_filled_workbooks, remember_workbooks

    queue = tmp_path / "reports" / "review" / "queue.xlsx"
    own = tmp_path / "reports" / "coding" / "coder_a.xlsx"  # a coder's own workbook: no run writes it
    for path in (queue, own):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"as the run wrote it")
    assert keep_filled_workbooks(tmp_path) == []  # no run has recorded its workbooks yet
    remember_workbooks(tmp_path)
    assert keep_filled_workbooks(tmp_path) == []  # nothing saved since
    os.utime(queue)  # opened and saved with nothing changed: the same bytes, not a copy
    assert keep_filled_workbooks(tmp_path) == []
    queue.write_bytes(b"with the coder's decisions")
    own.write_bytes(b"with the coder's marks")
    [(workbook, copy)] = keep_filled_workbooks(tmp_path)
    assert workbook == queue
    assert copy.parent == queue.parent
    assert copy.name.startswith("queue.filled-")
    assert copy.read_bytes() == b"with the coder's decisions"
    remember_workbooks(tmp_path)  # the run after it: the copy is not a run's workbook, and is not copied again
    assert keep_filled_workbooks(tmp_path) == []
    assert sorted(path.name for path in queue.parent.iterdir()) == [copy.name, "queue.xlsx"]
