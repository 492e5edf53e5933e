"""The NB-LR half of each code's classifier: a logistic regression equal to the average of two."""

import numpy as np
from scipy.sparse import csr_matrix
from scipy.special import logit
from sklearn.linear_model import LogisticRegression

from pipeline.classifier.log_count_ratio import LogCountRatioBlend, log_count_ratio


def features(rng: np.random.Generator) -> tuple[csr_matrix, np.ndarray]:
    """200 segments, 30 n-grams: the first two tell the code, the rest are noise."""
    y = rng.integers(0, 2, 200)
    dense = rng.random((200, 30)) * (rng.random((200, 30)) < 0.2)
    dense[:, 0] += (y == 1) * (rng.random(200) < 0.7)
    dense[:, 1] += (y == 0) * (rng.random(200) < 0.7)
    return csr_matrix(dense), y


def test_the_blend_is_the_average_of_the_plain_and_the_nb_models_log_odds() -> None:
    X, y = features(np.random.default_rng(1))
    settings = {"C": 4.0, "class_weight": "balanced", "solver": "liblinear", "random_state": 1}
    blend = LogCountRatioBlend(**settings).fit(X, y)
    ratio = log_count_ratio(X, y)
    plain = LogisticRegression(**settings).fit(X, y)
    scaled = LogisticRegression(**settings).fit(X.multiply(ratio).tocsr(), y)
    expected = (logit(plain.predict_proba(X)[:, 1]) + logit(scaled.predict_proba(X.multiply(ratio).tocsr())[:, 1])) / 2
    assert np.allclose(logit(blend.predict_proba(X)[:, 1]), expected)
    # one linear model: the code stage and the review queue's evidence read its weights as any regression's
    assert blend.coef_.shape == (1, 30)
    assert blend.coef_[0, 0] > 0 > blend.coef_[0, 1]


def test_the_ratio_favours_the_n_grams_that_come_with_the_code() -> None:
    X, y = features(np.random.default_rng(2))
    ratio = log_count_ratio(X, y)
    assert ratio[0] > 0.3 > abs(ratio[5])
    assert ratio[1] < -0.3
