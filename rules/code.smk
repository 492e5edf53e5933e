rule code_predict:
    """The model's probability of every code for one shard's segments (one job per shard)."""
    input:
        stage=stage_module("code"),
        segments="data/interim/shards/{shard}/cleared_segments.parquet",
        model=rules.train.output.model,
        card=rules.train.output.card,
        codebook=CODEBOOK,
    output:
        probabilities="data/interim/shards/{shard}/probabilities.parquet",
    log:
        "logs/code_predict/{shard}.log",
    benchmark:
        "benchmarks/results/code_predict/{shard}.tsv"
    wildcard_constraints:
        shard=SHARD_PATTERN,
    conda:
        "envs/pipeline.yaml"
    shell:
        "python -m pipeline.job code --predict --segments {input.segments:q} --model {input.model:q}"
        " --card {input.card:q} --codebook {input.codebook:q}"
        " --probabilities {output.probabilities:q}"
        " --memo data/interim/cache/probabilities/{wildcards.shard} > {log:q} 2>&1"


rule code:
    """Code every segment: human codes, then the model, with manual overrides applied last."""
    input:
        stage=stage_module("code"),
        segments=rules.anonymity_gate.output.segments,
        probabilities=expand(rules.code_predict.output.probabilities, shard=SHARDS),
        card=rules.train.output.card,
        metrics=rules.train.output.metrics,
        coding=CODING,
        overrides=OVERRIDES,
        codebook=CODEBOOK,
    output:
        codes="data/processed/codes.parquet",
        overrides_report="data/processed/overrides_report.csv",
        reliability="data/processed/reliability.csv",
    log:
        "logs/code.log",
    benchmark:
        "benchmarks/results/code.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        consensus=config["coding"]["consensus"],
        model=rules.train.output.model,
        overrides=optional_option("--overrides", OVERRIDES),
        min_alpha=config["reliability"]["min_alpha"],
        bound=config["reliability"]["bound"],
    shell:
        "python -m pipeline.job code --segments {input.segments:q} --model {params.model:q}"
        " --probabilities {input.probabilities:q} --card {input.card:q}"
        " --coding {input.coding:q} {params.overrides}"
        " --codebook {input.codebook:q} --consensus {params.consensus}"
        " --metrics {input.metrics:q} --min-alpha {params.min_alpha} --bound {params.bound}"
        " --codes {output.codes:q} --overrides-report {output.overrides_report:q}"
        " --reliability {output.reliability:q} > {log:q} 2>&1"
