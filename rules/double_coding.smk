rule double_coding:
    """Export a blind, reproducible sample of segments for a second coder."""
    input:
        stage=stage_module("double_coding"),
        segments=rules.anonymity_gate.output.segments,
        coding=CODING,
        study_files_checked=rules.anonymity_study_files.output.passed,
        codebook=CODEBOOK,
    output:
        sheet="reports/double_coding/sheet.csv",
        workbook="reports/double_coding/sheet.xlsx",
    log:
        "logs/double_coding.log",
    benchmark:
        "benchmarks/results/double_coding.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        share=config["double_coding"]["share"],
        seed=config["double_coding"]["seed"],
    shell:
        "python -m pipeline.job double_coding --segments {input.segments:q} --coding {input.coding:q}"
        " --codebook {input.codebook:q} --share {params.share} --seed {params.seed}"
        " --sheet {output.sheet:q} --workbook {output.workbook:q} > {log:q} 2>&1"
