rule estimates:
    """Each code's prevalence, overall, by group and by role, with 95% intervals from the model and the audit sample."""
    input:
        stage=stage_module("estimates"),
        segments=rules.anonymity_gate.output.segments,
        workshops="data/raw/workshops.csv",
        codes=rules.code.output.codes,
        reliability=rules.code.output.reliability,
        overrides_report=rules.code.output.overrides_report,
        probabilities=rules.code.input.probabilities,
        card=rules.train.output.card,
        sample=rules.audit_sample.output.sheet,
        audit=AUDIT,
        coding=CODING,
        codebook=CODEBOOK,
    output:
        estimates="reports/tables/prevalence_estimates.csv",
    log:
        "logs/estimates.log",
    benchmark:
        "benchmarks/results/estimates.tsv"
    priority: 1
    conda:
        "envs/pipeline.yaml"
    params:
        consensus=config["coding"]["consensus"],
    shell:
        "python -m pipeline.job estimates --segments {input.segments:q} --workshops {input.workshops:q}"
        " --codes {input.codes:q} --probabilities {input.probabilities:q} --card {input.card:q}"
        " --sample {input.sample:q} --audit {input.audit:q} --codebook {input.codebook:q}"
        " --coding {input.coding:q} --consensus {params.consensus} --reliability {input.reliability:q}"
        " --overrides-report {input.overrides_report:q}"
        " --estimates {output.estimates:q} > {log:q} 2>&1"
