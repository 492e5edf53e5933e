"""What works: a reproducible pipeline for coding peer support group workshops.

Each stage is a module with a ``main(argv)`` that Snakemake calls as ``python -m pipeline.<stage>``;
the package never imports Snakemake, so every function can be tested on its own.
"""

__version__ = "0.1.0"
