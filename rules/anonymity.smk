rule anonymity_gate:
    """Stop the run (or, opted in, redact) wherever a segment still holds a name, phone number or other identifier."""
    input:
        stage=stage_module("anonymity"),
        segments=rules.ingest.output.segments,
        sources=rules.ingest.output.sources,
    output:
        findings="data/processed/anonymity/findings.csv",
        segments="data/processed/segments.parquet",
        sources=directory("data/processed/sources"),
        passed="data/processed/anonymity/passed.txt",
    log:
        "logs/anonymity_gate.log",
    benchmark:
        "benchmarks/results/anonymity_gate.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        spacy_model=config["spacy_model"],
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        labels=repeated_option("--entity-label", config["anonymity"]["entity_labels"]),
        allow=repeated_option("--allow", config["anonymity"]["allow"]),
        mode=config["anonymity"]["mode"],
    shell:
        "python -m pipeline.anonymity --segments {input.segments:q} --sources {input.sources:q}"
        " --spacy-model {params.spacy_model:q} --speaker-pattern {params.speaker_pattern:q}"
        " {params.labels} {params.allow} --mode {params.mode}"
        " --findings {output.findings:q} --cleared-segments {output.segments:q}"
        " --cleared-sources {output.sources:q} --passed {output.passed:q} > {log:q} 2>&1"
