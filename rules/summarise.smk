rule summarise:
    """Count codes by group, role and workshop; tension balance, co-occurrence and agreement."""
    input:
        stage=stage_module("summarise"),
        segments=rules.anonymity_gate.output.segments,
        codes=rules.code.output.codes,
        reliability=rules.code.output.reliability,
        overrides_report=rules.code.output.overrides_report,
        workshops="data/raw/workshops.csv",
        study_files_checked=rules.anonymity_study_files.output.passed,
        coding=CODING,
        audit=AUDIT,
        predictions=rules.train.output.predictions,
        codebook=CODEBOOK,
    output:
        tables=expand("reports/tables/{table}.csv", table=TABLES),
        disagreements_xlsx="reports/tables/disagreements.xlsx",
        framework_xlsx="reports/tables/framework_matrix.xlsx",
    log:
        "logs/summarise.log",
    benchmark:
        "benchmarks/results/summarise.tsv"
    # the chain to the report first: where a core frees, a side job (the review queue, the exports) waits
    # behind it (a rerun after one override, 310 segments: jobs 6.4 -> 5.9 s, three runs each)
    priority: 1
    conda:
        "envs/pipeline.yaml"
    params:
        consensus=config["coding"]["consensus"],
    shell:
        "python -m pipeline.job summarise --segments {input.segments:q} --codes {input.codes:q}"
        " --reliability {input.reliability:q} --consensus {params.consensus}"
        " --overrides-report {input.overrides_report:q}"
        " --workshops {input.workshops:q} --coding {input.coding:q} --audit {input.audit:q}"
        " --predictions {input.predictions:q} --codebook {input.codebook:q}"
        " --tables {output.tables:q} --disagreements-xlsx {output.disagreements_xlsx:q}"
        " --framework-xlsx {output.framework_xlsx:q}"
        " --memo data/interim/cache/agreement > {log:q} 2>&1"
