# Shared by every rule: validated config, the study's input files, and argument helpers.
import json
import shlex
from dataclasses import asdict
from pathlib import Path

from snakemake.utils import validate

from pipeline.shards import by_shard
from pipeline.transcripts import Layout

validate(config, "../pipeline/schemas/config.schema.yaml")

TRANSCRIPT_FOLDER = Path("data/raw/transcripts")
TRANSCRIPTS = sorted(
    str(path)
    for path in TRANSCRIPT_FOLDER.glob("*")
    if path.is_file() and not path.name.startswith((".", "~$"))
)
# per-workshop work runs in shards: a workshop's shard is a hash of its id (see pipeline/shards.py)
TRANSCRIPTS_BY_SHARD = by_shard(TRANSCRIPTS, config["scale"]["shards"])
SHARDS = list(TRANSCRIPTS_BY_SHARD)
SHARD_PATTERN = "s[0-9]+"
CODING = sorted(str(path) for path in Path("data/raw/coding").glob("*.csv"))
# the audit sample's coding, kept apart from data/raw/coding: it corrects the estimates and never trains the model
AUDIT = sorted(str(path) for path in Path("data/raw/audit").glob("*.csv"))
OVERRIDES = [str(path) for path in [Path("data/raw/overrides.csv")] if path.is_file()]
# the analysts' own words for the report: summary.md, implications.md, <code id>.md (see pipeline/memos.py)
MEMOS = sorted(str(path) for path in Path("data/raw/memos").glob("*.md"))
SPEAKERS = [str(path) for path in [Path("data/raw/speakers.csv")] if path.is_file()]
# the team's own list of the people and places to find (from consent forms, sign-in sheets): kept out of git
NAMES_TO_FIND = [
    str(path) for path in [Path("data/raw/names_to_find.txt")] if path.is_file()
]
# the anonymity gates' review sheets, filled in (anonymity_review.xlsx, anonymity_review_study_files.xlsx, or
# as CSV): decisions by finding
REVIEWED = sorted(
    str(path)
    for path in Path("data/raw").glob("anonymity_review*")
    if path.suffix in (".xlsx", ".csv") and not path.name.startswith("~$")
)
CODEBOOK = "config/codebook.yaml"
STYLE = "config/figures.mplstyle"
# the report's templates are its code as much as report.py is: a change to one remakes the report (an edited
# template left the report as it was)
REPORT_TEMPLATES = sorted(
    str(path)
    for path in (Path(workflow.basedir) / "pipeline" / "templates").glob("*.j2")
)
# The tables and figures each stage writes; tests check these match the package's own lists.
TABLES = [
    "code_counts",
    "prevalence_by_group",
    "prevalence_by_role",
    "prevalence_by_workshop",
    "tension_balance",
    "cooccurrence",
    "agreement",
    "disagreements",
    "framework_matrix",
    "codelines",
    "codeline_unread",
]
FIGURES = [
    "characteristics_by_group",
    "tension_balance",
    "themes_by_role",
    "cooccurrence",
    "coding_validity",
    "prevalence_estimates",
]


def role_arguments(roles):
    """--role PREFIX=ROLE for each entry of ingest.roles_by_prefix."""
    return " ".join(
        f"--role {shlex.quote(f'{prefix}={role}')}"
        for prefix, role in sorted(roles.items())
    )


def repeated_option(option, values):
    """The same option once per value, e.g. --allow word --allow other."""
    return " ".join(f"{option} {shlex.quote(str(value))}" for value in values)


def layout_argument(settings):
    """The ingest settings for lines no label starts, as one JSON argument (pipeline.transcripts.Layout)."""
    return json.dumps(asdict(Layout.from_settings(settings)), sort_keys=True)


def optional_option(option, paths):
    """The option with its path when the optional input exists, else nothing."""
    return " ".join(f"{option} {shlex.quote(path)}" for path in paths)


def verbatim(value):
    """A param taken as is: a regular expression's {1,3} must not be read as a wildcard."""

    def param(wildcards):
        return value

    return param


# the stages whose code is mostly the classifier's (pipeline/classifier/), which was in train.py and review.py
CLASSIFIER_STAGES = ("train", "review")


def stage_module(name):
    """The stage's own module, and the classifier's modules for the stages that use them: inputs, so a
    change to the stage's code reruns the stage."""
    package = Path(workflow.basedir) / "pipeline"
    modules = [str(package / f"{name}.py")]
    if name in CLASSIFIER_STAGES:
        modules += sorted(str(path) for path in (package / "classifier").glob("*.py"))
    return modules
