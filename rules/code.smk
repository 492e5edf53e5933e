rule code:
    """Code every segment: human codes, then the model, with manual overrides applied last."""
    input:
        stage=stage_module("code"),
        segments=rules.anonymity_gate.output.segments,
        model=rules.train.output.model,
        card=rules.train.output.card,
        coding=CODING,
        overrides=OVERRIDES,
        codebook=CODEBOOK,
    output:
        codes="data/processed/codes.parquet",
        overrides_report="data/processed/overrides_report.csv",
    log:
        "logs/code.log",
    benchmark:
        "benchmarks/results/code.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        consensus=config["coding"]["consensus"],
        overrides=optional_option("--overrides", OVERRIDES),
    shell:
        "python -m pipeline.code --segments {input.segments:q} --model {input.model:q}"
        " --card {input.card:q} --coding {input.coding:q} {params.overrides}"
        " --codebook {input.codebook:q} --consensus {params.consensus}"
        " --codes {output.codes:q} --overrides-report {output.overrides_report:q}"
        " --memo data/interim/cache/probabilities/code > {log:q} 2>&1"
