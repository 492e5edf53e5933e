"""Moved to ``pipeline.classifier.folds``; this name stays only for ``pipeline/report.py``, which another change
edits at the same time: its ``from pipeline.folds import MIN_WORKSHOPS`` becomes ``from pipeline.classifier.folds
import MIN_WORKSHOPS``, and this file goes."""

from pipeline.classifier.folds import MIN_WORKSHOPS as MIN_WORKSHOPS
