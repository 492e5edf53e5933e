"""The classifier itself: built, fitted, saved and loaded.

``build_model`` is TF-IDF over word 1-2-grams and character 2-5-grams (``pipeline.classifier.ngrams``) feeding one
balanced logistic regression per code, fitted as the average of a plain one and one on the features weighted by
their log-count ratios (NB-LR, ``pipeline.classifier.log_count_ratio``); the ``tfidf+embeddings`` backend averages
it with a sentence-embedding model (``pipeline.classifier.embeddings``). The model file holds a
``CalibratedModel``: the classifier fitted on every coded segment with each code's Platt curve
(``pipeline.classifier.calibration``). It is saved with skops (never a raw pickle), byte-stable, and loaded
with an allow-list of the types it may hold (``TRUSTED_MODEL_TYPES``) and its card's codebook checked.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.classifier.calibration import apply_platt
from pipeline.codebook import Codebook
from pipeline.errors import StudyError
from pipeline.tables import write_stable_zip

MODEL_NAME = "tfidf-logreg"


BACKENDS = ("tfidf", "tfidf+embeddings")


def build_model(regularisation: float, seed: int, backend: str = "tfidf") -> Any:
    """The classifier: word and character n-gram TF-IDF into balanced one-vs-rest logistic regressions, each the
    average of a plain one and an NB-LR one (``pipeline.classifier.log_count_ratio``).

    Word 1-2-grams read the segment and the turn before it apart (the turn's words marked ``prev_``);
    character 2-5-grams read both turns' words together, unmarked (``pipeline.classifier.ngrams``). Against
    character n-grams of the whole marked input, as before, this gave on the demo study a grouped
    cross-validated macro F1 of 0.531 instead of 0.514 (same folds), and coding went from about
    2,000 to 4,000-5,000 segments a second in one process on a busy machine, training used a sixth
    less CPU and saving took 1.8 s instead of 12 (``benchmarks/README.md``). Character
    n-grams of the segment's own text alone were as fast but lost quality (macro F1 0.476), and 3-5-grams
    instead of 2-5 lost it on EPITOME (explorations F1 0.720 to 0.681).

    The ``tfidf+embeddings`` backend averages it with a sentence-embedding model
    (``pipeline.classifier.embeddings``, an optional extra).
    """
    # scikit-learn is imported here, not with the module: a training the memo can reuse starts in a
    # second less without it
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    from pipeline.classifier.log_count_ratio import LogCountRatioBlend
    from pipeline.classifier.ngrams import NgramTfidf, character_ngrams

    features = FeatureUnion(
        [
            ("words", NgramTfidf(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", NgramTfidf(analyzer=character_ngrams, sublinear_tf=True, min_df=2)),
        ]
    )
    # the dual problem: with tens of thousands of n-gram features and a few thousand segments,
    # liblinear solves it about twenty times faster than the primal, to the same optimum; a tolerance
    # of 1e-3 moves no weight by more than 1e-5 on 8,000 segments and saves a fifth of the time
    classifier = LogCountRatioBlend(
        C=regularisation,
        class_weight="balanced",
        solver="liblinear",
        dual=True,
        tol=1e-3,
        max_iter=1000,
        random_state=seed,
    )
    text_model = Pipeline([("features", features), ("classifier", OneVsRestClassifier(classifier))])
    if backend == "tfidf+embeddings":
        from pipeline.classifier.embeddings import FusedModel

        return FusedModel(text_model, seed)
    return text_model


# what build_model's features are, in the model card and in the model's id (a change of features is
# another model, even from the same coded segments)
FEATURES = (
    "TF-IDF of word 1-2-grams (the turn before's words marked prev_) and of character 2-5-grams "
    "(the segment's and the turn before's words together), into a logistic regression per code averaged with one "
    "on the features weighted by their log-count ratios (NB-LR)"
)


def code_probabilities(model: Any, texts: Any, n_codes: int) -> np.ndarray:
    """Probability of each code per text (or per row of a feature matrix), as a (texts, codes) array.

    With a single code, scikit-learn sees a binary problem and returns both classes' columns;
    the second is the code's.
    """
    probabilities = np.asarray(model.predict_proba(texts if hasattr(texts, "shape") else list(texts)))
    if n_codes == 1 and probabilities.shape[1] == 2:
        return probabilities[:, 1:]
    return probabilities


def fit_quietly(model: Any, texts: Any, labels: np.ndarray) -> Any:
    """Fit, tolerating a code with no positive example in one cross-validation fold.

    One-vs-rest then predicts that code as constant absent, which is the honest prediction for
    that fold; scikit-learn warns about it, and the warning is expected here.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Label .* is present in all training examples")
        model.fit(texts if hasattr(texts, "shape") else list(texts), labels)
    return model


class CalibratedModel:
    """A multi-label text classifier whose per-code probabilities pass through Platt curves.

    ``classifier`` is any fitted scikit-learn estimator with ``predict_proba`` over texts (one column
    per code); the model file stores this object, so its type is in the loader's allow-list.

    ``embedding`` is set by the ``tfidf+embeddings`` backend (``pipeline.classifier.embeddings``): the fitted
    classifier on sentence embeddings, the fusion weight and the sentence encoder's package and
    version. The encoder itself is not stored (it is torch, not data, and no allow-list could vouch
    for it): it is re-created from the installed package, whose version is checked when the file is
    loaded. The file therefore holds only types the allow-list already has.
    """

    def __init__(
        self,
        classifier: Any,
        slopes: Sequence[float],
        intercepts: Sequence[float],
        embedding: dict[str, Any] | None = None,
    ) -> None:
        self.classifier = classifier
        self.slopes = np.asarray(slopes, dtype=float)
        self.intercepts = np.asarray(intercepts, dtype=float)
        self.embedding = embedding

    def __setstate__(self, state: dict[str, Any]) -> None:
        # skops and pickle both restore through here: a fused model is refused at load, with one line,
        # when its sentence encoder is not installed or is another version than it was trained with
        self.__dict__.update(state)
        self.__dict__.setdefault("embedding", None)  # files saved before the embeddings backend
        if self.embedding is not None:
            from pipeline.classifier.embeddings import check_encoder

            check_encoder(self.embedding)

    def raw_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        probabilities = np.asarray(self.classifier.predict_proba(list(texts)))
        if self.embedding is not None:
            from pipeline.classifier.embeddings import fused_probabilities

            probabilities = fused_probabilities(probabilities, self.embedding, texts)
        if len(self.slopes) == 1 and probabilities.shape[1] == 2:
            return probabilities[:, 1:]  # a single code is a binary problem to scikit-learn
        return probabilities

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return apply_platt(self.raw_probabilities(texts), self.slopes, self.intercepts)


# the model's name in its id (and in every code it makes): which backend made it
MODEL_NAMES = {"tfidf": MODEL_NAME, "tfidf+embeddings": "tfidf+minilm-logreg"}


def saved_model(evaluation: dict[str, Any]) -> CalibratedModel:
    """What the model file holds: the classifier fitted on every coded segment with its calibration
    curves; for the fused backend, its embedding side too (``FusedModel.embedding_side``)."""
    final, slopes, intercepts = evaluation["model"], evaluation["slopes"], evaluation["intercepts"]
    if hasattr(final, "embedding_side"):
        return CalibratedModel(final.text_model, slopes, intercepts, final.embedding_side())
    return CalibratedModel(final, slopes, intercepts)


def save_model(model: Any, path: Path) -> None:
    """Save with skops (no pickle), made byte-stable: the same model always gives the same file.

    skops names objects and array files by Python's ``id()`` (a memory address) and stamps zip entries
    with the time: ids are renumbered here in order of appearance and the timestamps fixed.
    """
    import pickle

    from skops.io import dumps

    # skops names shared objects by identity, so a model fitted in a worker process (returned through
    # pickle) and one fitted here would share different objects and give different files; one
    # in-memory pickle round trip (our own object, never a file) makes the sharing the same either way
    model = pickle.loads(pickle.dumps(model))
    classifier = getattr(model, "classifier", model)
    for _, vectorizer in classifier.named_steps["features"].transformer_list:
        # a cache of id(stop_words) that scikit-learn rebuilds when missing; it differs every run
        vars(vectorizer).pop("_stop_words_id", None)
    archive = zipfile.ZipFile(io.BytesIO(dumps(model)))
    schema = json.loads(archive.read("schema.json"))
    renumbered: dict[int, int] = {}

    def renumber(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "__id__" and isinstance(value, int):
                    node[key] = renumbered.setdefault(value, len(renumbered))
                elif key == "file" and isinstance(value, str) and value.removesuffix(".npy").isdigit():
                    node[key] = f"{renumbered.setdefault(int(value.removesuffix('.npy')), len(renumbered))}.npy"
                else:
                    renumber(value)
        elif isinstance(node, list):
            for item in node:
                renumber(item)

    renumber(schema)
    # compact: the vocabulary makes the schema hundreds of thousands of nodes, which the indenting
    # (pure-Python) JSON encoder takes seconds over
    entries = {"schema.json": json.dumps(schema, separators=(",", ":")).encode("utf-8")}
    for name in archive.namelist():
        if name != "schema.json":
            stem = name.removesuffix(".npy")
            entries[f"{renumbered[int(stem)]}.npy" if stem.isdigit() else name] = archive.read(name)
    write_stable_zip(entries, path)


# Types a model file may contain. skops refuses anything else, so a tampered file cannot run code.
TRUSTED_MODEL_TYPES = (
    "builtins.slice",
    "pipeline.classifier.model.CalibratedModel",
    "pipeline.classifier.log_count_ratio.LogCountRatioBlend",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "pipeline.classifier.ngrams.NgramTfidf",
    "pipeline.classifier.ngrams.character_ngrams",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
)


def read_card(card_path: Path, model_path: Path, codebook: Codebook) -> dict[str, Any]:
    """The model's card, refused when the model was trained on another codebook: its codes would
    silently mean other things."""
    card: dict[str, Any] = json.loads(card_path.read_text(encoding="utf-8"))
    if card["codebook"]["fingerprint"] != codebook.fingerprint:
        raise StudyError(
            f"{model_path}: trained on codebook version {card['codebook']['version']}, but "
            f"config/codebook.yaml is version {codebook.version} with other content; retrain the model"
        )
    return card


def load_model(model_path: Path, card_path: Path, codebook: Codebook) -> tuple[Any, dict[str, Any]]:
    """The trained model, loaded with an allow-list of types, and its card (see ``read_card``)."""
    card = read_card(card_path, model_path, codebook)
    return load_trusted(model_path), card


def load_trusted(model_path: Path) -> Any:
    """The skops model file, refused if it holds any type outside ``TRUSTED_MODEL_TYPES``.

    skops checks every type against the allow-list while it loads, in one pass over the file (asking it
    for the file's untrusted types first would walk the model's vocabulary twice: a second more per job).
    """
    from skops.io import get_untrusted_types, load
    from skops.io.exceptions import UntrustedTypesFoundException

    try:
        return load(model_path, trusted=list(TRUSTED_MODEL_TYPES))
    except UntrustedTypesFoundException:
        unexpected = sorted(set(get_untrusted_types(file=model_path)) - set(TRUSTED_MODEL_TYPES))
        raise StudyError(
            f"{model_path}: contains types outside the allow-list ({', '.join(unexpected)}); "
            "refusing to load it; retrain the model"
        ) from None
    except StudyError as error:  # the model itself refused (an optional backend's extra missing)
        raise StudyError(f"{model_path}: {error}") from None
    except Exception as error:  # skops raises several types for a damaged archive
        raise StudyError(
            f"{model_path}: not a readable model file ({type(error).__name__}); retrain the model"
        ) from None
