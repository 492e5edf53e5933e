rule ingest:
    """Read the workshop transcripts into one table of segments with character offsets."""
    input:
        stage=stage_module("ingest"),
        transcripts=TRANSCRIPTS,
        workshops="data/raw/workshops.csv",
        speakers=SPEAKERS,
    output:
        segments="data/interim/segments.parquet",
        sources=directory("data/interim/sources"),
        report="data/processed/ingest_report.csv",
    log:
        "logs/ingest.log",
    benchmark:
        "benchmarks/results/ingest.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        spacy_model=config["spacy_model"],
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        roles=role_arguments(config["ingest"]["roles_by_prefix"]),
        max_segment_chars=config["ingest"]["max_segment_chars"],
        max_file_mb=config["ingest"]["max_file_mb"],
        speakers=optional_option("--speakers", SPEAKERS),
    shell:
        "python -m pipeline.ingest --transcripts {input.transcripts:q}"
        " --workshops {input.workshops:q} --spacy-model {params.spacy_model:q}"
        " --speaker-pattern {params.speaker_pattern:q} {params.roles}"
        " --max-segment-chars {params.max_segment_chars} --max-file-mb {params.max_file_mb}"
        " {params.speakers} --sources {output.sources:q}"
        " --segments {output.segments:q} --report {output.report:q} > {log:q} 2>&1"
