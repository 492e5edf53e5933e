rule ingest:
    """Read one shard's transcripts into segments with character offsets (one job per shard, run in parallel)."""
    input:
        stage=stage_module("ingest"),
        transcripts=lambda wildcards: TRANSCRIPTS_BY_SHARD[wildcards.shard],
        speakers=SPEAKERS,
    output:
        segments="data/interim/shards/{shard}/segments.parquet",
        sources=directory("data/interim/shards/{shard}/sources"),
        report="data/interim/shards/{shard}/ingest_report.csv",
    log:
        "logs/ingest/{shard}.log",
    benchmark:
        "benchmarks/results/ingest/{shard}.tsv"
    wildcard_constraints:
        shard=SHARD_PATTERN,
    conda:
        "envs/pipeline.yaml"
    params:
        spacy_model=config["spacy_model"],
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        roles=role_arguments(config["ingest"]["roles_by_prefix"]),
        max_segment_chars=config["ingest"]["max_segment_chars"],
        max_file_mb=config["ingest"]["max_file_mb"],
        speakers=optional_option("--speakers", SPEAKERS),
        layout=verbatim(layout_argument(config["ingest"])),
    shell:
        "python -m pipeline.job ingest --transcripts {input.transcripts:q}"
        " --spacy-model {params.spacy_model:q}"
        " --speaker-pattern {params.speaker_pattern:q} {params.roles}"
        " --max-segment-chars {params.max_segment_chars} --max-file-mb {params.max_file_mb}"
        " {params.speakers} --layout {params.layout:q} --sources {output.sources:q}"
        " --memo data/interim/cache/sentences/{wildcards.shard}.json"
        " --segments {output.segments:q} --report {output.report:q} > {log:q} 2>&1"


rule ingest_check:
    """Check the study's metadata covers every transcript read, and merge the shards' ingest reports."""
    input:
        stage=stage_module("ingest"),
        reports=expand(rules.ingest.output.report, shard=SHARDS),
        workshops="data/raw/workshops.csv",
        speakers=SPEAKERS,
    output:
        report="data/processed/ingest_report.csv",
    log:
        "logs/ingest_check.log",
    benchmark:
        "benchmarks/results/ingest_check.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        speakers=optional_option("--speakers", SPEAKERS),
        exclude_lines=verbatim(config["ingest"]["exclude_lines"]),
        layout=verbatim(layout_argument(config["ingest"])),
    shell:
        "python -m pipeline.job ingest --check-shards {input.reports:q} --workshops {input.workshops:q}"
        " {params.speakers} --exclude-lines={params.exclude_lines:q} --layout {params.layout:q}"
        " --report {output.report:q} > {log:q} 2>&1"
