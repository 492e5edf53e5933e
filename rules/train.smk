rule train:
    """Train the classifier on the human codes, calibrate it and cross-validate it by workshop."""
    input:
        stage=stage_module("train"),
        segments=rules.anonymity_gate.output.segments,
        coding=CODING,
        codebook=CODEBOOK,
    output:
        model="data/processed/model/model.skops",
        card="data/processed/model/model_card.json",
        card_text="data/processed/model/model_card.md",
        metrics="data/processed/model/cv_metrics.csv",
        predictions="data/processed/model/cv_predictions.parquet",
        learning_curve="data/processed/model/learning_curve.csv",
    log:
        "logs/train.log",
    benchmark:
        "benchmarks/results/train.tsv"
    conda:
        "envs/pipeline.yaml"
    threads: 2
    params:
        consensus=config["coding"]["consensus"],
        folds=config["train"]["folds"],
        seed=config["train"]["seed"],
        min_positive=config["train"]["min_positive"],
        regularisation=config["train"]["regularisation"],
        context=config["train"]["context"],
        backend=config["train"]["backend"],
    shell:
        "python -m pipeline.job train --segments {input.segments:q} --coding {input.coding:q}"
        " --codebook {input.codebook:q} --consensus {params.consensus} --folds {params.folds}"
        " --seed {params.seed} --min-positive {params.min_positive}"
        " --regularisation {params.regularisation} --context {params.context}"
        " --backend {params.backend:q}"
        " --model {output.model:q}"
        " --card {output.card:q} --metrics {output.metrics:q}"
        " --predictions {output.predictions:q}"
        " --learning-curve {output.learning_curve:q} --workers {threads}"
        " --memo data/interim/cache/train > {log:q} 2>&1"
