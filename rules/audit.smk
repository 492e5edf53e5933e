rule audit_sample:
    """Draw the audit sample: random segments, spread over workshops, for a coder who does not see the model's codes."""
    input:
        stage=stage_module("audit"),
        segments=rules.anonymity_gate.output.segments,
        study_files_checked=rules.anonymity_study_files.output.passed,
        codebook=CODEBOOK,
    output:
        sheet="reports/audit/audit_sample.csv",
        workbook="reports/audit/audit_sample.xlsx",
    log:
        "logs/audit_sample.log",
    benchmark:
        "benchmarks/results/audit_sample.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        size=config["audit"]["size"],
        seed=config["audit"]["seed"],
    shell:
        "python -m pipeline.job audit --segments {input.segments:q} --codebook {input.codebook:q}"
        " --size {params.size} --seed {params.seed}"
        " --sheet {output.sheet:q} --workbook {output.workbook:q} > {log:q} 2>&1"
