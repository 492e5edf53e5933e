"""Review queue: the segments the model is least sure of, for a coder to decide; their decisions come back.

Takes ``segments.parquet``, the trained model and its card, the human coding files, the overrides and
the codebook; makes ``reports/review/queue.csv`` and ``queue.xlsx`` (with the codebook and
instructions). Each queued segment has one row per code the model proposes, with its probability,
the n-grams that pushed the model towards it and the nearest human-coded examples of that code,
the code's definition, and an empty ``decision`` for the coder (accept or reject), plus one empty
row to add a code the model missed.

Uncertainty sampling: a segment's uncertainty is the distance, in log-odds, between its probability
and the threshold of the code it is nearest to deciding the other way (see ``uncertainty``). The
queue is the ``--size`` least certain segments among those no human has reviewed, spread across
workshops, with no randomness: the same inputs always give the same queue.

Reading a filled queue back (active learning)::

    python -m pipeline.review --read-back queue.xlsx --coder coder_a --out data/raw/coding/coder_a.csv

writes the coder's decisions as an ordinary coding file (accepted and added codes; a segment whose
proposals were all rejected is reviewed with no code), so the next run trains on them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from pipeline.classifier.explain import code_weights, feature_view, nearest_examples, term_evidence
from pipeline.classifier.model import load_model
from pipeline.classifier.predict import read_probabilities
from pipeline.codebook import Codebook, load_codebook
from pipeline.coding import RESERVED_CODERS, codes_not_relied_on, consensus, read_coding, read_coding_file
from pipeline.double_coding import write_coder_workbook
from pipeline.errors import StudyError, did_you_mean, run_stage
from pipeline.overrides import empty_overrides, read_overrides
from pipeline.tables import among, read_segments, read_sheet, spreadsheet_row, spreadsheet_text, write_csv
from pipeline.texts import model_inputs

# what the coder decides comes first, then what they read to decide it, then the figures and where it is from (the
# issue-22 trial's decision column was the 16th of 16)
QUEUE_COLUMNS = (
    "rank",
    "decision",
    "code",
    "label",
    "model_says",
    "text",
    "previous_turn",
    "evidence",
    "nearest_coded",
    "definition",
    "probability",
    "threshold",
    "segment_id",
    "workshop_id",
    "speaker",
    "role",
)
DECISIONS = ("accept", "reject", "add")
# The columns a filled queue must keep for its decisions to be read back.
READ_BACK_COLUMNS = ("segment_id", "code", "model_says", "decision")
QUOTE_CHARS = 80
APPLIES, APPLIES_UNSURE, NOT_APPLIES_UNSURE = "applies", "applies, unsure", "does not apply, unsure"
FLAT = 1e-3  # a code's probabilities over the candidates spanning less than this: its model tells them apart not at all

INSTRUCTIONS = (
    "These are the segments the model is least sure of. Each segment has one row per code the model "
    "proposes ('model_says': applies, or does not apply but is close to applying), with the n-grams that "
    "pushed the model towards the code ('evidence'), the most similar human-coded segments with that code "
    "('nearest_coded') and the code's definition (all rules in sheet 'codes'). In 'decision' write accept "
    "if the code applies to the segment, reject if it does not. To add a code the model did not propose, "
    "write its id in 'code' on the segment's empty row and add in 'decision' (copy that row for more). "
    "Decide every proposed row of a segment, or none of them to leave the segment for later. Save the "
    "workbook (or the 'queue' sheet as CSV UTF-8) and read it back with: python -m pipeline.review "
    "--read-back <file> --coder <your coder id> (in the study's folder, or add --project <the study's folder>), "
    "before the next run: a run writes the queue again. Your decisions become data/raw/coding/<your coder id>.csv "
    "and the next run trains on them."
)


# --- Uncertainty sampling (the evidence shown beside each code: pipeline.classifier.explain) --------------


def log_odds(probabilities: np.ndarray) -> np.ndarray:
    clipped = np.clip(probabilities, 1e-9, 1 - 1e-9)
    return np.asarray(np.log(clipped / (1 - clipped)))


def uncertainty(
    probabilities: np.ndarray, thresholds: np.ndarray, decided: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Per segment, the code closest to its threshold and how close, in log-odds.

    Each code has its own F1-maximising threshold (0.16 for one, 0.33 for another), so a raw
    difference of probabilities means different things for different codes and squeezes near 0 and
    1. The log-odds of a logistic regression is its linear score, so the log-odds distance is the
    distance to the code's decision boundary in the model's own units, comparable across codes (and
    unchanged in order by a monotone calibration). Returns (distance, code index) per segment. A code an override
    already decided for a segment (``decided``, segments by codes) is no question: it is never the closest.
    """
    distance = np.abs(log_odds(probabilities) - log_odds(thresholds)[np.newaxis, :])
    if decided is not None:
        distance = np.where(decided, np.inf, distance)
    closest = np.argmin(distance, axis=1)  # the first code on a tie
    return distance[np.arange(len(distance)), closest], closest


def unreviewed(segments: pd.DataFrame, coding: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Segments no human has reviewed: in no coder's file and decided whole by no (fresh) override. A segment an
    override decided one code of stays: the model's other codes on it are unread (issue 22: after retraining, a
    corrected segment's four new model codes never reached the queue)."""
    whole = ~overrides["stale"].astype(bool) & overrides["action"].eq("only")
    seen = set(coding["segment_id"]) | set(overrides.loc[whole, "segment_id"])
    return segments[~among(segments["segment_id"], seen)]


def draw(candidates: pd.DataFrame, distance: np.ndarray, size: int) -> pd.DataFrame:
    """The ``size`` least certain segments, spread across workshops: each workshop's most uncertain
    first, then each one's second, and so on; within a round, the least certain first.

    Without the spread, one workshop unlike the training data would fill the queue and the coder
    would teach the model one group's way of talking. Ties keep the transcript order.
    """
    ranked = candidates.assign(distance=distance, _order=np.arange(len(candidates)))
    ranked = ranked.sort_values(["distance", "_order"], kind="stable")
    ranked["_round"] = ranked.groupby("workshop_id", sort=False).cumcount()
    chosen = ranked.sort_values(["_round", "distance", "_order"], kind="stable").head(size)
    return chosen.drop(columns=["_order", "_round"]).reset_index(drop=True)


# --- The queue ------------------------------------------------------------------------------------------


def quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1].rstrip() + "\u2026"


def build_queue(
    segments: pd.DataFrame,
    coding: pd.DataFrame,
    overrides: pd.DataFrame,
    consensus_share: float,
    model: Any,
    card: dict[str, Any],
    codebook: Codebook,
    size: int,
    probabilities: pd.DataFrame,
    not_relied: set[str] | None = None,
) -> pd.DataFrame:
    """The review queue: the least certain unreviewed segments, a row per proposed code and one to add.

    ``probabilities`` are the code stage's (``pipeline.code.predicted_probabilities``), one row per
    segment: the queue ranks what the model already said, and loads the model only for its evidence. When
    some codes' model codes are not relied on (``not_relied``, from the code stage), the queue ranks by those
    codes only: their findings wait on more coded examples, so the coder's next segments go to them."""
    codes = list(card["codes"])
    thresholds = np.array([card["thresholds"][code] for code in codes])
    candidates = unreviewed(segments.drop(columns="text"), coding, overrides).reset_index(drop=True)
    if candidates.empty:
        return pd.DataFrame(columns=list(QUEUE_COLUMNS))
    chosen = probabilities.set_index("segment_id").loc[candidates["segment_id"], codes].to_numpy()
    # the codes a one-code override decided on a candidate: asked no more, and ranking nothing (the fourteenth
    # trial's queue proposed a code its override had removed, and ranked the segment by it)
    fresh = overrides[~overrides["stale"].astype(bool) & overrides["action"].isin(["add", "remove"])]
    pairs = set(zip(fresh["segment_id"], fresh["code"], strict=True))
    decided = np.array([[(s, c) in pairs for c in codes] for s in candidates["segment_id"]], dtype=bool)
    decided = decided.reshape(len(candidates), len(codes))
    # a code whose model gives every candidate the same probability says nothing about any of them: it neither
    # ranks the queue nor is proposed (the second issue-22 trial's first queue asked "lobbying, applies, unsure" of
    # all twelve segments, at p 0.056 = its threshold, from a model at cross-validated alpha -0.52)
    informative = np.ptp(chosen, axis=0) > FLAT if len(chosen) > 1 else np.ones(len(codes), dtype=bool)
    ranked_by = [j for j, code in enumerate(codes) if code in (not_relied or set()) and informative[j]]
    ranked_by = ranked_by or [j for j in range(len(codes)) if informative[j]] or list(range(len(codes)))
    distance, closest = uncertainty(chosen[:, ranked_by], thresholds[ranked_by], decided[:, ranked_by])
    closest = np.asarray(ranked_by)[closest]
    candidates = candidates.assign(candidate=np.arange(len(candidates)), closest=closest)
    queue = draw(candidates, distance, size)

    # the saved model wraps the TF-IDF pipeline with its calibration curves: the probabilities above are
    # calibrated, and the evidence comes from the pipeline's own features and weights
    linear = getattr(model, "classifier", model)
    features = linear.named_steps["features"]
    names, is_word = feature_view(linear)
    weights = code_weights(linear, len(names))
    reviewed, agreed = consensus(coding, consensus_share)
    # what the model reads, and the texts, of the queued and the coded segments' workshops only: at ten
    # thousand workshops the whole study's took gigabytes
    shown = set(queue["workshop_id"]) | set(segments.loc[among(segments["segment_id"], reviewed), "workshop_id"])
    segments = segments[among(segments["workshop_id"], shown)]
    inputs = model_inputs(segments, card["settings"].get("context", "none"))
    examples = features.transform(inputs.loc[reviewed].tolist()) if reviewed else sparse.csr_matrix((0, len(names)))
    example_row = {segment_id: i for i, segment_id in enumerate(reviewed)}
    text_by_id = dict(zip(segments["segment_id"], segments["text"].astype(str), strict=True))
    previous = dict(
        zip(
            segments["segment_id"], segments.groupby("workshop_id")["text"].shift(1).fillna("").astype(str), strict=True
        )
    )
    queued = features.transform(inputs.loc[queue["segment_id"]].tolist())

    rows: list[dict[str, Any]] = []
    for rank, segment in enumerate(queue.to_dict("records"), start=1):
        p = chosen[segment["candidate"]]
        proposed = [
            j
            for j in np.argsort(-p, kind="stable")
            if (p[j] >= thresholds[j] or j == segment["closest"])
            and not decided[segment["candidate"], j]
            and (informative[j] or j == segment["closest"])
        ]
        base = {
            "rank": rank,
            "segment_id": segment["segment_id"],
            "workshop_id": segment["workshop_id"],
            "speaker": segment["speaker"],
            "role": segment["role"],
            "previous_turn": spreadsheet_text(previous[segment["segment_id"]]),
            "text": spreadsheet_text(text_by_id[segment["segment_id"]]),
        }
        for j in proposed:
            code = codebook.code(codes[j])
            applies = p[j] >= thresholds[j]
            says = APPLIES if applies and j != segment["closest"] else APPLIES_UNSURE if applies else NOT_APPLIES_UNSURE
            terms = term_evidence(queued[rank - 1], weights[:, j], names, is_word)
            carriers = sorted(agreed.loc[agreed["code"] == code.id, "segment_id"], key=example_row.__getitem__)
            near = nearest_examples(queued[rank - 1], examples[[example_row[s] for s in carriers]], carriers)
            rows.append(
                base
                | {
                    "code": code.id,
                    "label": spreadsheet_text(code.label),
                    "model_says": says,
                    "probability": round(float(p[j]), 3),
                    "threshold": round(float(thresholds[j]), 3),
                    "evidence": spreadsheet_text("; ".join(f"{term} {value:.2f}" for term, value in terms)),
                    "nearest_coded": spreadsheet_text(
                        "; ".join(f'{s} ({similarity:.2f}): "{quote(text_by_id[s])}"' for s, similarity in near)
                    ),
                    "definition": spreadsheet_text(code.brief),
                    "decision": "",
                }
            )
        blank = dict.fromkeys(
            ("code", "label", "model_says", "evidence", "nearest_coded", "definition", "decision"), ""
        )
        rows.append(base | blank | {"probability": np.nan, "threshold": np.nan})
    return pd.DataFrame(rows, columns=list(QUEUE_COLUMNS))


# --- Reading a filled queue back --------------------------------------------------------------------


def read_filled_queue(path: Path) -> pd.DataFrame:
    """A filled queue as strings, from the CSV or the workbook's ``queue`` sheet; row 2 is the first."""
    return read_sheet(path, "queue", READ_BACK_COLUMNS)[list(READ_BACK_COLUMNS)]


def read_decisions(path: Path, segment_ids: set[str], codebook: Codebook) -> tuple[pd.DataFrame, list[str]]:
    """The coder's decisions as coding rows ``segment_id, code`` ('' for reviewed with no code), and
    the segments left for later (no decision at all).

    A segment counts as reviewed once any of its rows has a decision; then every code the model
    proposed for it needs one, so a half-read segment is never taken as a coder's full judgement.
    """
    table = read_filled_queue(path)
    leaf_ids = set(codebook.leaf_ids)
    proposed: dict[str, list[tuple[int, str, str]]] = {}  # segment: (row, code, decision) the model proposed
    added: dict[str, list[str]] = {}
    order: list[str] = []
    columns = [table[column].astype(str).str.strip().tolist() for column in READ_BACK_COLUMNS]
    for index, (segment_id, code, says, written) in enumerate(zip(*columns, strict=True)):
        where = f"{path} row {spreadsheet_row(index)}"
        decision = written.lower()
        if not (segment_id or code or decision):
            continue  # a blank line, e.g. left at the end by a spreadsheet
        if not segment_id:
            raise StudyError(f"{where}: empty segment_id; keep the segment id of every row you decide")
        if segment_id not in segment_ids:
            raise StudyError(
                f"{where}: segment '{segment_id}' is not in this study; keep the ids the queue gave "
                "(was the queue made for another study, or did a transcript change?)"
            )
        if code and code not in leaf_ids:
            raise StudyError(
                f"{where}: unknown code '{code}'{did_you_mean(code, leaf_ids, codebook.labels())}; use a theme or "
                "tension-pole id from the 'codes' sheet"
            )
        if decision not in ("", *DECISIONS):
            raise StudyError(f"{where}: decision '{written}' must be accept, reject or add")
        if segment_id not in proposed:
            order.append(segment_id)
            proposed[segment_id], added[segment_id] = [], []
        if says:
            if not code:
                raise StudyError(f"{where}: the code the model proposed is missing; write it back or delete the row")
            # 'add' on a proposed code says the same as accept
            proposed[segment_id].append((index, code, "accept" if decision == "add" else decision))
        elif code:
            if decision == "reject":
                raise StudyError(
                    f"{where}: reject on code '{code}', which the model did not propose; write add to add it, "
                    "or clear the row"
                )
            added[segment_id].append(code)
        elif decision:
            raise StudyError(f"{where}: decision '{decision}' but no code; write the code id in the code column")
    rows: list[tuple[str, str]] = []
    later: list[str] = []
    for segment_id in order:
        decided = [d for _, _, d in proposed[segment_id] if d]
        if not decided and not added[segment_id]:
            later.append(segment_id)
            continue
        for index, code, decision in proposed[segment_id]:
            if not decision:
                raise StudyError(
                    f"{path} row {spreadsheet_row(index)}: no decision on code '{code}' for segment "
                    f"'{segment_id}', whose other rows are decided; write accept or reject"
                )
        accepted = [code for _, code, decision in proposed[segment_id] if decision == "accept"]
        applied = list(dict.fromkeys(accepted + added[segment_id]))
        rows += [(segment_id, code) for code in applied] or [(segment_id, "")]
    return pd.DataFrame(rows, columns=["segment_id", "code"]), later


def merge_into_coding_file(decisions: pd.DataFrame, out: Path, segment_ids: set[str], codebook: Codebook) -> None:
    """Write the decisions into the coder's file, keeping the coder's other rows.

    Reading the same sheet back twice (say, after correcting a decision) replaces that sheet's
    segments instead of listing them twice.
    """
    if out.is_file():
        existing = read_coding_file(out, segment_ids, codebook)[["segment_id", "code"]]
        existing = existing[~among(existing["segment_id"], set(decisions["segment_id"]))]
        decisions = pd.concat([existing, decisions], ignore_index=True)
    write_csv(decisions, out)


def read_back(
    filled: Path, coder: str, out: Path, segments: pd.DataFrame, codebook: Codebook
) -> tuple[Path, pd.DataFrame, list[str]]:
    """Read a filled queue into the coder's coding file ``out`` (``data/raw/coding/<coder>.csv`` of the study)."""
    coder = coder.strip()
    if not coder or coder in RESERVED_CODERS or "/" in coder or coder.startswith("."):
        raise StudyError(f"--coder '{coder}': give the human coder's id, e.g. coder_a (it names the coding file)")
    if out.suffix != ".csv" or out.stem != coder:
        raise StudyError(f"--out {out}: the coding file must be named {coder}.csv, since its name is the coder")
    segment_ids = set(segments["segment_id"])
    decisions, later = read_decisions(filled, segment_ids, codebook)
    merge_into_coding_file(decisions, out, segment_ids, codebook)
    return out, decisions, later


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.review", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--segments",
        type=Path,
        nargs="+",
        help="segment table(s) (default: the study's data/processed/segments.parquet)",
    )
    parser.add_argument("--codebook", type=Path, help="the codebook (default: the study's config/codebook.yaml)")
    # as coding-sheet, overrides and run take it: the fourth issue-22 trial, run from outside the study, got a
    # traceback, then a coding file written into the folder it stood in
    parser.add_argument("--project", type=Path, default=Path(), help="the study folder (default: here)")
    parser.add_argument("--model", type=Path, help="the trained model (data/processed/model/model.skops)")
    parser.add_argument("--card", type=Path, help="the model's card (data/processed/model/model_card.json)")
    parser.add_argument("--coding", type=Path, nargs="*", default=[], help="human coding files")
    parser.add_argument("--overrides", type=Path, help="overrides.csv (optional)")
    parser.add_argument("--consensus", type=float, default=0.5, help="coding.consensus, for the coded examples")
    parser.add_argument("--size", type=int, default=40, help="segments in the queue")
    parser.add_argument("--probabilities", type=Path, nargs="*", default=[], help="the code stage's, one per shard")
    parser.add_argument(
        "--reliability", type=Path, help="the code stage's reliability.csv: the queue favours codes not relied on"
    )
    parser.add_argument("--queue", type=Path, help="output queue (CSV)")
    parser.add_argument("--workbook", type=Path, help="output queue (XLSX: queue, codes, instructions)")
    parser.add_argument("--read-back", type=Path, metavar="FILLED", help="a filled queue (.csv or .xlsx) to read back")
    parser.add_argument("--coder", help="with --read-back: the coder who filled it")
    parser.add_argument(
        "--out", type=Path, help="with --read-back: the coding file (default data/raw/coding/<coder>.csv)"
    )
    args = parser.parse_args(argv)
    project = args.project
    codebook = load_codebook(args.codebook or project / "config" / "codebook.yaml")
    segment_paths = args.segments or [project / "data" / "processed" / "segments.parquet"]
    for path in segment_paths:
        if not path.is_file():
            raise StudyError(
                f"{path}: not found; run the pipeline first (python -m pipeline run), or give the study's folder "
                "with --project"
            )
    segments = read_segments(segment_paths)
    if args.read_back is not None:
        if not args.coder:
            parser.error("--read-back needs --coder")
        out = args.out if args.out is not None else project / "data" / "raw" / "coding" / f"{args.coder.strip()}.csv"
        filled = args.read_back
        if not filled.is_file() and (project / filled).is_file():
            filled = project / filled  # a path in the study, as coding-sheet takes it (the fifth issue-22 trial's)
        out, decisions, later = read_back(filled, args.coder, out, segments, codebook)
        reviewed = decisions["segment_id"].nunique()
        copies = sorted(filled.parent.glob(f"{filled.stem}.filled-*{filled.suffix}"))
        if not reviewed and copies:
            # a queue the run wrote again, read back in place of the decided one it set aside (the sixth issue-22
            # trial's "0 decided" looked like success)
            print(f"note: nothing is decided in {filled.name}; the decided queue the run set aside is {copies[-1]}")
        print(
            f"{filled}: {reviewed + len(later)} segments in; {reviewed} decided, written to {out} "
            f"({int((decisions['code'] != '').sum())} codes, {int((decisions['code'] == '').sum())} with no code); "
            f"{len(later)} left undecided for a later queue"
        )
        return 0
    for option in ("model", "card", "probabilities", "queue", "workbook"):
        if not getattr(args, option):
            parser.error(f"making the queue needs --{option}")
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    overrides = read_overrides(args.overrides, segments, codebook) if args.overrides else empty_overrides()
    model, card = load_model(args.model, args.card, codebook)
    probabilities = read_probabilities(args.probabilities, segments, card)
    not_relied = codes_not_relied_on(args.reliability) if args.reliability is not None else None
    queue = build_queue(
        segments, coding, overrides, args.consensus, model, card, codebook, args.size, probabilities, not_relied
    )
    write_csv(queue, args.queue)
    write_coder_workbook("queue", queue, codebook, INSTRUCTIONS, args.workbook, {"decision": DECISIONS})
    print(
        f"review queue: {queue['segment_id'].nunique()} of {len(unreviewed(segments, coding, overrides))} "
        f"unreviewed segments, from {queue['workshop_id'].nunique()} workshops, "
        f"{int((queue['model_says'] != '').sum())} proposed codes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
