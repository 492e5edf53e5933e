"""The gate's scorer: an identifier counts as found only when every character of it is covered."""

import pandas as pd

from pipeline.gate_evaluation import label_spans, score

SOURCE = "SYNTHETIC.\nP1: ask Jo Smith on 07700 900123\nP2: fine, thanks\nP3: Jo Smith said yes\n"


def findings(*spans: tuple[int, int]) -> pd.DataFrame:
    return pd.DataFrame([{"workshop_id": "x1", "start": a, "end": b} for a, b in spans])


def test_every_occurrence_of_a_labelled_text_is_an_identifier() -> None:
    labels = pd.DataFrame([{"file": "x1.txt", "line": "2", "kind": "name", "text": "Jo Smith"}])
    spans = label_spans({"x1": SOURCE}, labels)
    assert [SOURCE[a:b] for a, b in zip(spans["start"], spans["end"], strict=True)] == ["Jo Smith", "Jo Smith"]


def test_recall_by_span_and_line_and_false_alarms() -> None:
    labels = label_spans(
        {"x1": SOURCE},
        pd.DataFrame(
            [
                {"file": "x1.txt", "line": "2", "kind": "name", "text": "Jo Smith"},
                {"file": "x1.txt", "line": "2", "kind": "phone", "text": "07700 900123"},
            ]
        ),
    )
    first, phone, second = (SOURCE.index("Jo Smith"), SOURCE.index("07700"), SOURCE.rindex("Jo Smith"))
    found = findings(
        (first, first + 8),  # the whole name
        (second, second + 2),  # half a name: still a leak
        (SOURCE.index("fine"), SOURCE.index("fine") + 4),  # no identifier there
    )
    table = score(found, labels, {"x1": SOURCE}, ["name", "phone"]).set_index("kind")
    assert table.loc["name", "found"] == 1
    assert table.loc["phone", "found"] == 0
    assert table.attrs["span_recall"] == round(1 / 3, 3)
    assert table.attrs["line_recall"] == 1.0  # both identifier lines raised something
    assert table.attrs["false_alarms"] == 1
    assert phone > first
