rule anonymity_scan:
    """Look for names, phone numbers and other identifiers in every character of one shard's transcripts (one job per shard)."""
    input:
        stage=stage_module("anonymity"),
        detectors=stage_module("detectors"),
        segments=rules.ingest.output.segments,
        sources=rules.ingest.output.sources,
    output:
        candidates="data/interim/shards/{shard}/identifier_candidates.parquet",
        vocabulary="data/interim/shards/{shard}/vocabulary.txt",
    log:
        "logs/anonymity_scan/{shard}.log",
    benchmark:
        "benchmarks/results/anonymity_scan/{shard}.tsv"
    wildcard_constraints:
        shard=SHARD_PATTERN,
    conda:
        "envs/pipeline.yaml"
    params:
        spacy_model=config["spacy_model"],
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        labels=repeated_option("--entity-label", config["anonymity"]["entity_labels"]),
        allow=repeated_option("--allow", config["anonymity"]["allow"]),
    shell:
        "python -m pipeline.job anonymity --scan --segments {input.segments:q}"
        " --sources {input.sources:q} --spacy-model {params.spacy_model:q} --speaker-pattern {params.speaker_pattern:q}"
        " {params.labels} {params.allow} --candidates {output.candidates:q}"
        " --vocabulary {output.vocabulary:q}"
        " --memo data/interim/cache/anonymity_scan/{wildcards.shard} > {log:q} 2>&1"


rule anonymity_gate:
    """Stop the run (or, opted in, redact) wherever a segment still holds a name, phone number or other identifier."""
    input:
        stage=stage_module("anonymity"),
        checked=rules.ingest_check.output.report,
        segments=expand(rules.ingest.output.segments, shard=SHARDS),
        sources=expand(rules.ingest.output.sources, shard=SHARDS),
        candidates=expand(rules.anonymity_scan.output.candidates, shard=SHARDS),
        vocabulary=expand(rules.anonymity_scan.output.vocabulary, shard=SHARDS),
        reviewed=REVIEWED,
        names_to_find=NAMES_TO_FIND,
    output:
        findings="data/processed/anonymity/findings.csv",
        segments="data/processed/segments.parquet",
        shards=expand(
            "data/interim/shards/{shard}/cleared_segments.parquet", shard=SHARDS
        ),
        sources=directory("data/processed/sources"),
        passed="data/processed/anonymity/passed.txt",
    log:
        "logs/anonymity_gate.log",
    benchmark:
        "benchmarks/results/anonymity_gate.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        allow=repeated_option("--allow", config["anonymity"]["allow"]),
        mode=config["anonymity"]["mode"],
        stop_kinds=repeated_option("--stop-kind", config["anonymity"]["stop_kinds"]),
        reviewed=optional_option("--reviewed", REVIEWED),
        names_to_find=optional_option("--names-to-find", NAMES_TO_FIND),
    shell:
        "python -m pipeline.job anonymity --segments {input.segments:q} --sources {input.sources:q}"
        " --candidates {input.candidates:q} --vocabulary {input.vocabulary:q}"
        " --speaker-pattern {params.speaker_pattern:q} {params.allow} --mode {params.mode}"
        " {params.stop_kinds} {params.reviewed} {params.names_to_find}"
        " --findings {output.findings:q} --cleared-segments {output.segments:q}"
        " --cleared-shards {output.shards:q}"
        " --cleared-sources {output.sources:q} --passed {output.passed:q} > {log:q} 2>&1"


rule anonymity_study_files:
    """Look for identifiers in the study's own files: file names and free-text cells of the researcher's tables."""
    input:
        stage=stage_module("anonymity"),
        detectors=stage_module("detectors"),
        workshops="data/raw/workshops.csv",
        speakers=SPEAKERS,
        coding=CODING,
        overrides=OVERRIDES,
        memos=MEMOS,
        reviewed=REVIEWED,
        names_to_find=NAMES_TO_FIND,
    output:
        findings="data/processed/anonymity/study_files_findings.csv",
        # a flag that orders the jobs whose outputs leave after it. Not ancient() in their inputs, though that
        # would spare two jobs a rerun: Snakemake skips the checks of every job below a gate it reruns, so a memo
        # or a coding file changed with the gate rerun reached neither the report nor the double-coding sheet
        # (the second issue-21 trial's memo and authors)
        passed="data/processed/anonymity/study_files_passed.txt",
    log:
        "logs/anonymity_study_files.log",
    benchmark:
        "benchmarks/results/anonymity_study_files.tsv"
    conda:
        "envs/pipeline.yaml"
    params:
        # the names, not the contents: a changed transcript is the transcript gate's business
        file_names=repeated_option("--file-names", [*TRANSCRIPTS, *CODING]),
        spacy_model=config["spacy_model"],
        speaker_pattern=verbatim(config["ingest"]["speaker_pattern"]),
        labels=repeated_option("--entity-label", config["anonymity"]["entity_labels"]),
        allow=repeated_option("--allow", config["anonymity"]["allow"]),
        reviewed=optional_option("--reviewed", REVIEWED),
        names_to_find=optional_option("--names-to-find", NAMES_TO_FIND),
    shell:
        "python -m pipeline.job anonymity --study-files --tables {input.workshops:q} {input.speakers:q}"
        " {input.coding:q} {input.overrides:q} {input.memos:q} {params.file_names} --spacy-model {params.spacy_model:q}"
        " --speaker-pattern {params.speaker_pattern:q} {params.labels} {params.allow} {params.reviewed}"
        " {params.names_to_find}"
        " --findings {output.findings:q} --passed {output.passed:q} > {log:q} 2>&1"
