rule report:
    """Render the self-contained HTML evaluation report."""
    input:
        stage=stage_module("report"),
        templates=REPORT_TEMPLATES,
        segments=rules.anonymity_gate.output.segments,
        codes=rules.code.output.codes,
        workshops="data/raw/workshops.csv",
        study_files_checked=rules.anonymity_study_files.output.passed,
        gate=rules.anonymity_gate.output.passed,
        codebook=CODEBOOK,
        tables=rules.summarise.output.tables,
        figures=rules.figures.output.figures,
        codelines=rules.figures.output.codelines,
        card=rules.train.output.card,
        metrics=rules.train.output.metrics,
        overrides_report=rules.code.output.overrides_report,
        reliability=rules.code.output.reliability,
        estimates=rules.estimates.output.estimates,
        sample=rules.audit_sample.output.sheet,
        # each transcript's SHA-256 comes from ingest's report: thousands of inputs here would make
        # Snakemake's planning quadratic
        ingest_report=rules.ingest_check.output.report,
        coding=CODING,
        audit=AUDIT,
        memos=MEMOS,
        # every study file that changes what the report says: roles (speakers.csv) and redactions (the review
        # sheets) too, which the ninth issue-18 trial found missing
        fingerprinted=[
            "data/raw/workshops.csv",
            *SPEAKERS,
            *REVIEWED,
            *CODING,
            *AUDIT,
            *OVERRIDES,
            *MEMOS,
            CODEBOOK,
            "config/config.yaml",
        ],
    output:
        report="reports/evaluation_report.html",
        pages=directory("reports/codes"),
    log:
        "logs/report.log",
    benchmark:
        "benchmarks/results/report.tsv"
    priority: 1
    conda:
        "envs/pipeline.yaml"
    params:
        title=verbatim(config["report"]["title"]),
        authors=verbatim(config["report"]["authors"]),
        written=verbatim(config["report"]["date"]),
        quotes_per_code=config["report"]["quotes_per_code"],
        min_people=config["report"]["min_people_to_compare"],
        consensus=config["coding"]["consensus"],
    shell:
        "python -m pipeline.job report --segments {input.segments:q} --codes {input.codes:q}"
        " --workshops {input.workshops:q} --codebook {input.codebook:q}"
        " --tables {input.tables:q} --figures {input.figures:q}"
        " --codelines {input.codelines:q} --card {input.card:q}"
        " --metrics {input.metrics:q} --inputs {input.fingerprinted:q}"
        " --ingest-report {input.ingest_report:q} --gate {input.gate:q}"
        " --overrides-report {input.overrides_report:q} --reliability {input.reliability:q}"
        " --estimates {input.estimates:q} --sample {input.sample:q}"
        " --coding {input.coding:q} --consensus {params.consensus} --audit {input.audit:q} --memos {input.memos:q}"
        " --title {params.title:q} --authors={params.authors:q}"
        " --date={params.written:q} --quotes-per-code {params.quotes_per_code}"
        " --min-people-to-compare {params.min_people}"
        " --code-pages {output.pages:q} --report {output.report:q} > {log:q} 2>&1"
