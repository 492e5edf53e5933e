"""The classifier: what the train, code, review and evaluate stages share, and nothing that runs a stage.

Each module imports only those before it in this list (and the package's shared modules: tables, texts,
codebook, errors, memo, agreement), so there is no import cycle:

- ``calibration``: Platt curves per code, expected calibration error and Brier score.
- ``folds``: whole workshops (groups) dealt to cross-validation folds by iterative stratification.
- ``ngrams``: the word and character n-gram TF-IDF features, faster than scikit-learn's own.
- ``log_count_ratio``: each code's logistic regression, averaged with an NB-LR one.
- ``embeddings``: the optional sentence-embedding backend (``tfidf+embeddings``).
- ``model``: the classifier built, fitted, saved with skops and loaded with the allow-list of types a model
  file may hold (``TRUSTED_MODEL_TYPES``); ``CalibratedModel``, what the file holds.
- ``predict``: each segment's calibrated probabilities, a workshop at a time with a memo; the shards' read back.
- ``explain``: the n-grams that weigh towards a code, and the coded segments most like a text.
- ``crossval``: grouped cross-validation's fits in one batch over processes, calibration and thresholds
  cross-fitted on the other folds.
- ``metrics``: agreement with the human codes per code and overall, bootstrap intervals, the learning curve.
- ``evaluation``: all of the above on coded texts (``evaluate_codes``), the choice of context, and the same on
  any coded table (``evaluate_table``).
- ``card``: the model card (JSON and Markdown) and ``pipeline.evaluate``'s evaluation beside it.

Nothing here is imported by importing the package: a stage imports the modules it needs, so the code stage
imports no scikit-learn until it loads a model.
"""
