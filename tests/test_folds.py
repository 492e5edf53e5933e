import numpy as np
import pytest
from sklearn.model_selection import GroupKFold

from pipeline.classifier.folds import fold_balance, grouped_stratified_folds


def rare_code_study() -> tuple[np.ndarray, np.ndarray]:
    """Ten workshops of falling size; a rare code voiced in four of them, a common code in all.

    GroupKFold deals the largest workshop with the smallest, so the rare code's four workshops
    (the two largest and the two smallest) fall into two folds.
    """
    sizes = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10]
    groups, labels = [], []
    for g, size in enumerate(sizes):
        for i in range(size):
            rare = g in (0, 1, 8, 9) and i < 5
            common = i % 4 == 0
            groups.append(f"w{g:02d}")
            labels.append([int(rare), int(common)])
    return np.array(labels), np.array(groups)


def test_no_workshop_is_in_two_folds_and_every_fold_is_used() -> None:
    labels, groups = rare_code_study()
    fold_of = grouped_stratified_folds(labels, groups, 5, seed=0)
    for group in set(groups):
        assert len(set(fold_of[groups == group])) == 1
    assert sorted(set(fold_of)) == [0, 1, 2, 3, 4]


def test_a_rare_code_is_spread_across_folds_better_than_by_group_k_fold() -> None:
    labels, groups = rare_code_study()
    ours = fold_balance(labels, grouped_stratified_folds(labels, groups, 5, seed=0))
    theirs_fold = np.zeros(len(groups), dtype=int)
    for fold, (_, test) in enumerate(GroupKFold(n_splits=5).split(labels, labels, groups)):
        theirs_fold[test] = fold
    theirs = fold_balance(labels, theirs_fold)
    # the rare code: 20 examples in four workshops of 5; at best four folds hold 5 each
    assert sorted(ours[:, 0].tolist()) == [0, 5, 5, 5, 5]
    assert (theirs[:, 0] == 0).sum() == 3  # GroupKFold leaves three folds without it
    ideal = labels.sum(axis=0) / 5
    assert np.abs(ours[:, 0] - ideal[0]).sum() < np.abs(theirs[:, 0] - ideal[0]).sum()
    # and the folds stay of similar size: no fold more than twice another's segments
    sizes = np.bincount(grouped_stratified_folds(labels, groups, 5, seed=0))
    assert sizes.max() <= 2 * sizes.min()


def test_fewer_workshops_than_folds_gives_one_fold_per_workshop() -> None:
    labels = np.array([[1], [0], [1], [0]])
    fold_of = grouped_stratified_folds(labels, ["a", "a", "b", "c"], 5, seed=0)
    assert sorted(set(fold_of)) == [0, 1, 2]
    assert fold_of[0] == fold_of[1]


def test_workshops_without_any_code_fill_the_emptiest_folds() -> None:
    labels = np.array([[1]] * 4 + [[0]] * 12)
    groups = ["a"] * 4 + ["b"] * 4 + ["c"] * 4 + ["d"] * 4
    fold_of = grouped_stratified_folds(labels, groups, 2, seed=0)
    assert np.bincount(fold_of).tolist() == [8, 8]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_same_seed_gives_the_same_folds(seed: int) -> None:
    labels, groups = rare_code_study()
    first = grouped_stratified_folds(labels, groups, 5, seed=seed)
    assert (first == grouped_stratified_folds(labels, groups, 5, seed=seed)).all()
