"""One-line errors for researchers.

A ``StudyError`` is a problem in the study's inputs that a researcher can fix (a missing file, a bad
row). Stage entry points turn it into one line on stderr, naming the file and row and what to do,
instead of a traceback.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterable, Sequence


class StudyError(Exception):
    """A problem in the study's inputs, phrased for the researcher who can fix it."""


class StudyErrors(StudyError):
    """Several problems found in one pass (each file of a shard that cannot be ingested), each its own line, so
    that a researcher fixes them all before the next run rather than one per run."""

    def __init__(self, problems: Sequence[StudyError]) -> None:
        self.lines = [str(problem) for problem in problems]
        super().__init__("\n".join(self.lines))


def did_you_mean(given: str, known: Iterable[str], labels: dict[str, str] | None = None) -> str:
    """ " (did you mean 'mutual_support'?)" for the one known name nearest to a mistyped one, by its spelling or,
    through ``labels`` (a code's label by id), by what it is called ("Mutual support"); "" for none near."""
    import difflib

    names = list(known)
    folded = {"_".join(name.casefold().replace("-", " ").split()): name for name in names}
    for name, label in (labels or {}).items():
        folded.setdefault("_".join(label.casefold().replace("-", " ").split()), name)
    key = "_".join(given.casefold().replace("-", " ").split())
    if key in folded and folded[key] != given:
        return f" (did you mean '{folded[key]}'?)"
    near = difflib.get_close_matches(key, list(folded), n=1, cutoff=0.75)
    if not near and len(key) >= 4:  # a part of one name only ("ground rules" of "negotiated_ground_rules")
        near = list(dict.fromkeys(folded[name] for name in folded if key in name))[:2]
        near = near if len(near) == 1 else []
        return f" (did you mean '{near[0]}'?)" if near else ""
    return f" (did you mean '{folded[near[0]]}'?)" if near else ""


def run_stage(main: Callable[[Sequence[str] | None], int], argv: Sequence[str] | None = None) -> int:
    """Run a stage's ``main``; print a StudyError as one line and return exit status 1."""
    try:
        return main(argv)
    except StudyError as error:
        for line in error.lines if isinstance(error, StudyErrors) else [str(error)]:
            print(f"error: {line}", file=sys.stderr)
        return 1
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        # a full disk is the machine's state, not a bug: say where, and what to do
        where = f" writing {error.filename}" if error.filename else ""
        print(f"error: the disk is full{where}; free some space (or move the project) and rerun", file=sys.stderr)
        return 1
