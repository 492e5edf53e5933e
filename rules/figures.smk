rule figures:
    """Draw the thematic and validity figures and a codeline per workshop, each with the CSV of the numbers it draws."""
    input:
        stage=stage_module("figures"),
        tables=rules.summarise.output.tables,
        estimates=rules.estimates.output.estimates,
        codebook=CODEBOOK,
        style=STYLE,
        segments=rules.anonymity_gate.output.segments,
    output:
        figures=expand(
            "reports/figures/{figure}.{kind}",
            figure=FIGURES,
            kind=["png", "svg", "csv"],
        ),
        # one folder, not a file per workshop: with thousands of workshops, a list of outputs makes
        # Snakemake's planning quadratic (10,008 workshops: 434 s to plan)
        codelines=directory("reports/figures/codelines"),
    log:
        "logs/figures.log",
    benchmark:
        "benchmarks/results/figures.tsv"
    priority: 1
    conda:
        "envs/pipeline.yaml"
    threads: 2
    shell:
        "python -m pipeline.job figures --tables {input.tables:q} {input.estimates:q} --codebook {input.codebook:q}"
        " --style {input.style:q} --figures {output.figures:q}"
        " --segments {input.segments:q} --codelines {output.codelines:q}"
        " --memo data/interim/cache/codelines --workers {threads} > {log:q} 2>&1"
