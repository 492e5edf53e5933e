"""Zip archives from outside (.docx, .odt, .xlsx transcripts and .qdpx projects), opened with care.

A 1.5 MB .docx can expand to gigabytes, and an archive's declared sizes can lie: members' names, counts,
declared sizes and compression ratios are checked before anything is read, and a member is read no further
than a limit, so a decompression bomb is a one-line error, not a machine out of memory.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from pipeline.errors import StudyError

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 500_000_000
MAX_RATIO = 200
CHUNK = 1 << 20


def safe_members(archive: zipfile.ZipFile, source: Path) -> dict[str, zipfile.ZipInfo]:
    """The archive's members by name, refusing names that escape a folder and archives that explode."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise StudyError(f"{source}: {len(infos)} files in the archive, more than {MAX_MEMBERS}; refusing it")
    total = 0
    for info in infos:
        name = info.filename
        parts = re.split(r"[\\/]", name)
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
            raise StudyError(f"{source}: archive member '{name}' points outside the archive; refusing it")
        total += info.file_size
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise StudyError(
                f"{source}: archive member '{name}' expands {info.file_size // max(info.compress_size, 1)} times "
                "(a zip bomb?); refusing it"
            )
    if total > MAX_TOTAL_BYTES:
        raise StudyError(f"{source}: the archive expands to {total / 1e6:.0f} MB, over {MAX_TOTAL_BYTES / 1e6:.0f} MB")
    return {info.filename: info for info in infos}


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, source: Path) -> bytes:
    """A member's bytes, read no further than its declared size allows (declared sizes can lie)."""
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise StudyError(f"{source}: archive member '{info.filename}' is larger than {limit / 1e6:.0f} MB")
    return data


def check_expansion(raw: bytes, source: Path, limit: int) -> None:
    """An Office or OpenDocument file's archive expands to at most ``limit`` bytes, checked by reading every
    member in chunks (nothing kept) before a library parses it whole."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        return  # the reader's own error says the file cannot be read
    with archive:
        members = safe_members(archive, source)
        total = 0
        for info in members.values():
            with archive.open(info) as handle:
                while chunk := handle.read(CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise StudyError(
                            f"{source}: the file expands to more than {limit / 1e6:.0f} MB when unpacked (a zip "
                            "bomb?); open and re-save it, or export it as .txt"
                        )
