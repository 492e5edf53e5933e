"""What works: from anonymised workshop transcripts to the evaluation report.

Run from the project folder: `python -m pipeline run` (checks the inputs first), or `snakemake --cores 2`.
"""

from snakemake.utils import min_version

min_version("9.0")


configfile: "config/config.yaml"


include: "rules/common.smk"
include: "rules/ingest.smk"
include: "rules/anonymity.smk"
include: "rules/train.smk"
include: "rules/code.smk"
include: "rules/summarise.smk"
include: "rules/audit.smk"
include: "rules/estimates.smk"
include: "rules/figures.smk"
include: "rules/report.smk"
include: "rules/double_coding.smk"
include: "rules/refi.smk"
include: "rules/review.smk"


rule all:
    """Build the evaluation report and everything it is made from."""
    default_target: True
    input:
        rules.report.output.report,
        rules.double_coding.output.workbook,
        rules.audit_sample.output.workbook,
        rules.refi.output.project,
        rules.review.output.workbook,
