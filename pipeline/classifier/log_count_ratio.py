"""One code's classifier: logistic regression on the n-gram features and on the same features weighted by how much
more often each n-gram occurs with the code than without it, their log-odds averaged.

The second model is NB-LR (Wang and Manning, ACL 2012, "NBSVM" with a logistic loss): each feature scaled by its
log-count ratio, log((p / |p|) / (q / |q|)), p and q the smoothed counts of segments with and without the code that
contain the n-gram. It leans on the n-grams that tell a code apart, where the plain model spreads its weight over
many; averaged, the two beat either alone. On the same grouped folds as the plain model (issue 20, measured by a
helper on EPITOME and the demo study, context chosen per study): EPITOME's Cohen's kappa 0.522 / 0.656 / 0.669 ->
0.575 / 0.641 / 0.744 (emotional reactions / interpretations / explorations; paired bootstrap over posts +0.053
[+0.034, +0.072], -0.016 [-0.032, -0.001], +0.075 [+0.051, +0.099]), the demo's macro alpha 0.509 -> 0.517
(+0.008 [-0.015, +0.032]). Nothing was tuned: equal weights, the plain model's C.

Averaging log-odds of two linear models is a linear model, so the fitted classifier is a logistic regression
whose weights are the two models' averaged (the scaled model's weights times the ratios): coding costs what the
plain model's did, and the model file holds the same kind of numbers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression


class LogCountRatioBlend(LogisticRegression):  # type: ignore[misc]
    """A logistic regression fitted as the average of a plain one and an NB-LR one (module docstring); its
    parameters are LogisticRegression's, used for both."""

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> LogCountRatioBlend:
        plain = LogisticRegression(**self.get_params()).fit(X, y, sample_weight)
        ratio = log_count_ratio(X, np.asarray(y))
        scaled = LogisticRegression(**self.get_params()).fit(X.multiply(ratio).tocsr(), y, sample_weight)
        self.classes_ = plain.classes_
        self.coef_ = (plain.coef_ + scaled.coef_ * ratio) / 2
        self.intercept_ = (plain.intercept_ + scaled.intercept_) / 2
        self.n_features_in_ = plain.n_features_in_
        self.n_iter_ = np.maximum(plain.n_iter_, scaled.n_iter_)
        return self


def log_count_ratio(X: Any, y: np.ndarray, smoothing: float = 1.0) -> np.ndarray:
    """Each feature's log-count ratio: in how many segments with the code it occurs against how many without,
    each count smoothed by ``smoothing`` and made a share of its class's total."""
    present = X.copy().tocsr()
    present.data[:] = 1.0
    positive = smoothing + np.asarray(present[y == 1].sum(axis=0)).ravel()
    negative = smoothing + np.asarray(present[y != 1].sum(axis=0)).ravel()
    ratio: np.ndarray = np.log((positive / positive.sum()) / (negative / negative.sum()))
    return ratio
