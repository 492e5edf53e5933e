rule refi:
    """Export the codebook and the coded study for NVivo, ATLAS.ti, MAXQDA and QualCoder (REFI-QDA)."""
    input:
        stage=stage_module("refi"),
        segments=rules.anonymity_gate.output.segments,
        sources=rules.anonymity_gate.output.sources,
        coding=CODING,
        codes=rules.code.output.codes,
        overrides_report=rules.code.output.overrides_report,
        card=rules.train.output.card,
        workshops="data/raw/workshops.csv",
        study_files_checked=rules.anonymity_study_files.output.passed,
        codebook=CODEBOOK,
    output:
        codebook="reports/codebook.qdc",
        project="reports/study.qdpx",
    log:
        "logs/refi.log",
    benchmark:
        "benchmarks/results/refi.tsv"
    conda:
        "envs/pipeline.yaml"
    shell:
        "python -m pipeline.job refi export --segments {input.segments:q} --sources {input.sources:q}"
        " --coding {input.coding:q} --codes {input.codes:q} --card {input.card:q}"
        " --overrides-report {input.overrides_report:q}"
        " --workshops {input.workshops:q} --codebook {input.codebook:q}"
        " --codebook-out {output.codebook:q} --project-out {output.project:q} > {log:q} 2>&1"
