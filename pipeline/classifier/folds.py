"""Cross-validation folds that keep each workshop whole and spread every code's examples across folds.

Grouped cross-validation must never put a workshop in both the training and the test fold, since
segments of one conversation share speakers, topics and coder. Plain ``GroupKFold`` balances only
the folds' sizes, so a rare code whose examples sit in a few workshops can land wholly in one fold:
that fold's model never sees the code and the other folds never test it.

``grouped_stratified_folds`` is iterative stratification (Sechidis, Tsoumakas and Vlahavas 2011)
with the workshop, not the segment, as the unit that is assigned: the rarest code's workshops are
placed first, each in the fold that still wants most of that code, ties broken by the fold that
still wants most segments. No package in the lock does this for groups (iterative-stratification
and scikit-multilearn assign single samples), hence these few lines.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# below this many workshops, a bootstrap over them has too few distinct resamples (3 for two workshops, 10 for three,
# 35 for four, 126 for five) for its percentiles to be an interval: none is printed and no code is relied on
MIN_WORKSHOPS = 5
# below this many coded workshops the workshop bootstrap's width is dominated by the workshops' number
FEW_WORKSHOPS = 10


def grouped_stratified_folds(labels: np.ndarray, groups: Sequence[str], n_folds: int, seed: int) -> np.ndarray:
    """The fold (0 .. n_folds - 1) of each row; every group's rows share one fold.

    ``labels`` is a binary (rows, codes) matrix. With fewer groups than ``n_folds`` the number of folds
    is the number of groups. Ties are broken by a seeded shuffle of the groups, so the same seed
    gives the same folds.
    """
    names, group_index = np.unique(np.asarray(groups, dtype=str), return_inverse=True)
    n_groups = len(names)
    n_folds = min(n_folds, n_groups)
    labels = np.asarray(labels, dtype=float).reshape(len(group_index), -1)
    # per group: its positives of each code, and its size
    positives = np.zeros((n_groups, labels.shape[1]))
    np.add.at(positives, group_index, labels)
    sizes = np.bincount(group_index, minlength=n_groups).astype(float)
    wanted_positives = np.tile(positives.sum(axis=0) / n_folds, (n_folds, 1))
    wanted_size = np.full(n_folds, sizes.sum() / n_folds)
    fold_of_group = np.full(n_groups, -1)
    order = np.random.default_rng(seed).permutation(n_groups)

    def place(group: int, code: int | None) -> None:
        # the fold that still wants most of this code, then most segments, then the lowest number
        keys = [-wanted_size]
        if code is not None:
            keys.append(-wanted_positives[:, code])
        fold = int(np.lexsort(keys)[0])
        fold_of_group[group] = fold
        wanted_positives[fold] -= positives[group]
        wanted_size[fold] -= sizes[group]

    while True:
        unplaced = order[fold_of_group[order] < 0]
        if len(unplaced) == 0:
            break
        remaining = positives[unplaced].sum(axis=0)
        if not remaining.any():
            # groups with no code at all: fill the folds that want most segments, largest group first
            for group in unplaced[np.argsort(-sizes[unplaced], kind="stable")]:
                place(int(group), None)
            break
        # the rarest code still to place, and its groups, those with most of its examples first
        code = int(np.argmin(np.where(remaining > 0, remaining, np.inf)))
        carriers = unplaced[positives[unplaced, code] > 0]
        for group in carriers[np.argsort(-positives[carriers, code], kind="stable")]:
            place(int(group), code)
    return fold_of_group[group_index]


def fold_balance(labels: np.ndarray, fold_of: np.ndarray) -> np.ndarray:
    """Positives of each code in each fold, as a (folds, codes) array: what stratification evens out."""
    n_folds = int(fold_of.max()) + 1
    counts = np.zeros((n_folds, labels.shape[1]))
    np.add.at(counts, fold_of, labels)
    return counts
