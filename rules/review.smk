rule review:
    """Export the segments the model is least sure of, with its evidence and the codebook, for a coder to decide."""
    input:
        stage=stage_module("review"),
        segments=rules.anonymity_gate.output.segments,
        model=rules.train.output.model,
        card=rules.train.output.card,
        probabilities=rules.code.input.probabilities,
        reliability=rules.code.output.reliability,
        coding=CODING,
        overrides=OVERRIDES,
        study_files_checked=rules.anonymity_study_files.output.passed,
        codebook=CODEBOOK,
    output:
        queue="reports/review/queue.csv",
        workbook="reports/review/queue.xlsx",
    log:
        "logs/review.log",
    benchmark:
        "benchmarks/results/review.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        consensus=config["coding"]["consensus"],
        size=config["review"]["size"],
        overrides=optional_option("--overrides", OVERRIDES),
    shell:
        "python -m pipeline.job review --segments {input.segments:q} --model {input.model:q}"
        " --card {input.card:q} --coding {input.coding:q} {params.overrides}"
        " --codebook {input.codebook:q} --consensus {params.consensus} --size {params.size}"
        " --probabilities {input.probabilities:q} --reliability {input.reliability:q}"
        " --queue {output.queue:q} --workbook {output.workbook:q} > {log:q} 2>&1"
