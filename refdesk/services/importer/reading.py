"""Reading a contacts file: refuse what cannot be read, detect the encoding,
find the delimiter and the header line, then stream the records.

Nothing here knows about the database.  The whole file is never held in
memory: the encoding check and the records both stream it.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from refdesk.i18n import N_, _, ngettext
from refdesk.services import formatting
from refdesk.services.importer.encodings import (
    CHUNK,
    NOT_TEXT,
    ImportRefused,
    _fallback_lines,
    _valid,
    choose_encoding,
    detect_encoding,
    encoding_label,
    errors_for,
    open_text,
)

log = logging.getLogger(__name__)

csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))

SAMPLE_BYTES = 64 * 1024
MAX_CELL = 20_000  # characters kept from one cell
DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "|": N_("vertical bar")}


# What some files really are, by their first bytes.
SIGNATURES = [
    (b"PK\x03\x04", N_("{file} is a spreadsheet workbook (Excel .xlsx or OpenDocument), not a CSV file.")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("{file} is an Excel workbook (.xls), not a CSV file.")),
    (b"%PDF", N_("{file} is a PDF document, not a contacts file.")),
    (b"\x89PNG", N_("{file} is a picture (PNG), not a contacts file.")),
    (b"\xff\xd8\xff", N_("{file} is a picture (JPEG), not a contacts file.")),
    (b"GIF8", N_("{file} is a picture (GIF), not a contacts file.")),
    (b"\x1f\x8b", N_("{file} is a compressed (gzip) file, not a contacts file.")),
    (b"SQLite format 3\x00", N_("{file} is a database file, not a contacts file.")),
    (b"{\\rtf", N_("{file} is a rich-text document, not a contacts file.")),
]


class StrayQuote(ImportRefused):
    """A quotation mark opened on ``line`` runs on over what look like whole rows of the file."""

    def __init__(self, path: Path, line: int, spanned: int, start: str):
        self.line = line
        shown = start if len(start) <= 60 else start[:57] + "…"
        super().__init__(
            ngettext(
                "Line {line} of {file} (“{start}”) opens a quotation mark that is not closed where its cell "
                "ends, so it runs on over {count} line that looks like a row of its own, and they would become "
                "one partner. Nothing was imported. Close the quote, or read that quotation mark as a plain "
                "character.",
                "Line {line} of {file} (“{start}”) opens a quotation mark that is not closed where its cell "
                "ends, so it runs on over {count} lines that look like rows of their own, and they would become "
                "one partner. Nothing was imported. Close the quote, or read that quotation mark as a plain "
                "character.",
                spanned,
            ).format(line=formatting.number(line), file=path.name, start=shown, count=formatting.number(spanned))
        )


@dataclass
class Source:
    """What was found out about a file before reading its records."""

    path: Path
    size: int
    kind: str  # "csv" or "vcard"
    encoding: str  # Python codec name
    delimiter: str = ","
    skip_lines: int = 0  # physical lines before the header (sep= line, LinkedIn notes…)
    header: list[str] = field(default_factory=list)
    has_nul: bool = True  # NUL characters somewhere in the text (read more carefully then)
    fallback: str = ""  # a UTF-8 file with some lines in another encoding: that encoding
    fallback_lines: frozenset[int] = frozenset()  # those lines (1-based physical line numbers)
    candidates: list[str] = field(default_factory=list)  # the likely encodings, when it was a guess
    literal_quotes: bool = False  # a quote opening a cell that swallows whole rows is read as a plain character

    @property
    def errors(self) -> str:
        return errors_for(self.encoding, self.fallback)

    @property
    def encoding_label(self) -> str:
        label = encoding_label(self.encoding)
        if self.fallback:
            n = len(self.fallback_lines)
            return ngettext(
                "{encoding}, with {count} line in {fallback}", "{encoding}, with {count} lines in {fallback}", n
            ).format(encoding=label, count=formatting.number(n), fallback=encoding_label(self.fallback))
        return label

    @property
    def delimiter_label(self) -> str:
        return _(DELIMITER_NAMES[self.delimiter]) if self.delimiter in DELIMITER_NAMES else repr(self.delimiter)


@dataclass(slots=True)
class Record:
    """One data row: where it starts in the file, its cells, and any problems found reading it."""

    row: int
    cells: list[str]
    problems: list[str] = field(default_factory=list)
    broken: str = ""  # a reason the row cannot be used at all


def _refuse_known_binary(head: bytes, path: Path) -> None:
    for magic, what in SIGNATURES:
        if head.startswith(magic):
            said = _(what).format(file=path.name)
            if magic in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
                said += " " + _(
                    "Open it in your spreadsheet program and use Save As → “CSV UTF-8”, then import that file."
                )
            raise ImportRefused(said)


def _contains_nul(path: Path, codec: str) -> bool:
    """Whether the decoded text holds a NUL character anywhere (streamed, C speed)."""
    if codec in ("utf-8", "utf-8-sig", "cp1252"):
        with open(path, "rb") as fh:
            return any(b"\x00" in chunk for chunk in iter(lambda: fh.read(CHUNK), b""))
    with open_text(path, codec) as fh:
        return any("\x00" in chunk for chunk in iter(lambda: fh.read(CHUNK), ""))


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\r\n\f\x0b")
    return controls > max(3, len(text) * 0.02)


# --- header finding ----------------------------------------------------------------------------------------------


_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)


def _rows(text: str, delimiter: str, limit: int) -> list[list[str]]:
    out = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            out.append(row)
            if len(out) >= limit:
                break
    except csv.Error:
        pass
    return out


def find_header(text: str, known) -> tuple[str, int, list[str], int]:
    """(delimiter, physical lines before the header, header cells, sep= lines) from the start of the file.

    *known(cell)* tells whether a header cell is a column RefDesk knows.  The header is the row, among the first
    ones, naming the most known columns; the delimiter is the one that makes such a row.
    """
    lines = text.splitlines(keepends=True)
    if len(text) >= SAMPLE_BYTES and len(lines) > 1:
        lines = lines[:-1]  # probably cut in the middle
    sep_lines = 0
    forced = None
    if lines:
        m = _SEP_LINE.match(lines[0])
        if m:
            forced = m.group(1)
            sep_lines = 1
            lines = lines[1:]
    sample = "".join(lines)
    best = None  # (score, consistency, -index, delimiter, index, header)
    for delimiter in [forced] if forced else DELIMITERS:
        rows = _rows(sample, delimiter, 40)
        for index, row in enumerate(rows[:20]):
            cells = [c.strip() for c in row]
            score = sum(1 for c in cells if c and known(c))
            nonempty = sum(1 for c in cells if c)
            following = rows[index + 1 : index + 11]
            consistency = sum(1 for r in following if len(r) == len(row)) if len(row) > 1 else 0
            if score == 0 and nonempty < 2:
                continue
            candidate = (score, consistency, nonempty if score == 0 else 0, -index, delimiter, index, cells)
            if best is None or candidate[:4] > best[:4]:
                best = candidate
    if best is None:
        delimiter = forced or ","
        rows = _rows(sample, delimiter, 2)
        return delimiter, sep_lines, [c.strip() for c in rows[0]] if rows else [], sep_lines
    delimiter, index, header = best[4], best[5], best[6]
    # physical lines before the header row (rows may span lines)
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    for _line in range(index):
        next(reader, None)
    skip = reader.line_num + sep_lines
    return delimiter, skip, header, sep_lines


def _unreadable(path: Path, exc: OSError) -> ImportRefused:
    """Why *path* cannot be opened, in a sentence."""
    if isinstance(exc, FileNotFoundError):
        return ImportRefused(_("There is no file called {path}.").format(path=path))
    if isinstance(exc, PermissionError):
        return ImportRefused(_("RefDesk is not allowed to read {path}.").format(path=path))
    return ImportRefused(_("{path} cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc))


def regular_file(path: Path) -> int:
    """The size of *path*, refusing anything but a regular file (a folder, a FIFO, a device) at once,
    without opening it: opening a FIFO would wait for a writer forever."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused(_("{path} is a folder, not a contacts file.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISFIFO(info.st_mode):
            said = _("{path} is a pipe (FIFO), not a file: RefDesk only imports contacts from ordinary files.")
        else:
            said = _("{path} is a device or socket, not a file: RefDesk only imports contacts from ordinary files.")
        raise ImportRefused(said.format(path=path))
    return info.st_size


def inspect(path: Path | str, known, encoding: str = "", literal_quotes: bool = False) -> Source:
    """Look at *path*: refuse it with a plain reason, or say how to read it.  *encoding*: the one the
    user chose (else RefDesk decides, or raises ``EncodingUnsure``)."""
    path = Path(path)
    size = regular_file(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRefused(_("{file} is empty: there are no contacts in it.").format(file=path.name))
    _refuse_known_binary(head, path)
    fallback, fallback_lines = "", frozenset[int]()
    if encoding:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ImportRefused(
                _("“{encoding}” is not a text encoding RefDesk knows.").format(encoding=encoding)
            ) from None
        if encoding == "utf-8" and not _valid(path, "utf-8"):
            fallback_lines, _utf8 = _fallback_lines(path)
            fallback = "cp1252"
        elif encoding not in ("cp1252", "utf-8") and not _valid(path, encoding):
            raise ImportRefused(
                _("{file} cannot be read as {encoding}: choose another encoding.").format(
                    file=path.name, encoding=encoding_label(encoding)
                )
            )
    else:
        encoding = detect_encoding(path, head)
        if not encoding:
            encoding, fallback, fallback_lines = choose_encoding(path, head)
    with open_text(path, encoding, fallback) as fh:
        text = fh.read(SAMPLE_BYTES)
    if _looks_binary(text):
        raise ImportRefused(_(NOT_TEXT).format(file=path.name))
    if text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD") or (
        path.suffix.lower() in (".vcf", ".vcard") and "BEGIN:VCARD" in text.upper()
    ):
        return Source(path, size, "vcard", encoding, fallback=fallback, fallback_lines=fallback_lines)
    if path.suffix.lower() in (".vcf", ".vcard"):
        raise ImportRefused(
            _("{file} is named like a vCard file but holds no contact cards (no BEGIN:VCARD).").format(file=path.name)
        )
    delimiter, skip, header, _sep_lines = find_header(text, known)
    if not any(header):
        raise ImportRefused(
            _("{file} has no column names, so RefDesk cannot tell which column is which.").format(file=path.name)
        )
    has_nul = _contains_nul(path, encoding)
    return Source(
        path,
        size,
        "csv",
        encoding,
        delimiter,
        skip,
        header,
        has_nul,
        fallback=fallback,
        fallback_lines=fallback_lines,
        literal_quotes=literal_quotes,
    )


class _Lines:
    """Physical lines for the csv reader: counts bytes read (for progress), notices NUL bytes and the end,
    and (reading stray quotes literally) keeps the lines of the record being read, to give some back."""

    def __init__(self, fh: io.TextIOWrapper, raw, keep: bool = False):
        self.fh = fh
        self.raw = raw
        self.nul = False
        self.eof = False
        self.number = 0  # lines handed to the reader, less those given back
        self.keep = keep
        self.recent: list[str] = []  # with *keep*: the lines handed out since ``recent`` was last cleared
        self.back: list[str] = []  # lines given back, to hand out again (last first)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.back:
            line = self.back.pop()
        else:
            line = self.fh.readline()
            if not line:
                self.eof = True
                raise StopIteration
            if "\x00" in line:
                self.nul = True
                line = line.replace("\x00", "")
        self.number += 1
        if self.keep:
            self.recent.append(line)
        return line

    def give_back(self, lines: list[str]) -> None:
        self.back.extend(reversed(lines))
        self.number -= len(lines)
        self.eof = False

    def position(self) -> int:
        try:
            return self.raw.tell()
        except (OSError, ValueError):
            return 0


def _end_marker(flag: list):
    """An empty iterator that notes when it is reached: the csv reader asked for a line past the end."""
    flag.append(True)
    return
    yield  # pragma: no cover - makes this a generator


_EMAIL_CELL = re.compile(r"[^\s@\"]+@[^\s@\"]+\.\w+")


def swallows(cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a cell running over several lines holds what looks like rows of its own: a line with
    the delimiter and a cell that is an email address, or with as many delimiters as a whole row."""
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        for line in cell.splitlines():
            if delimiter not in line:
                continue
            pieces = line.split(delimiter)
            if len(pieces) >= max(3, width) or any(_EMAIL_CELL.fullmatch(piece) for piece in pieces):
                return True
    return False


FALLBACK_PROBLEM = N_(
    "This row is not written in UTF-8 like the rest of the file; it was read as {fallback}. "
    "Check the spelling of its names."
)
LITERAL_PROBLEM = N_(
    "A quotation mark on line {line} is never closed; it was read as a plain character, "
    "so the rows after it came in on their own."
)


def csv_records(source: Source, where: list | None = None) -> Iterator[Record | None]:
    """Each data record (None for a blank row).  *where*, if given, receives a callable giving the byte
    position reached, for progress.

    A quotation mark that opens a cell and runs on over lines that look like rows of their own raises
    ``StrayQuote``; with ``source.literal_quotes`` the first line of such a record is read again with its
    quotation marks as plain characters, and the lines after it are read as rows of their own.
    """
    with open(source.path, "rb") as raw:
        fh = io.TextIOWrapper(raw, encoding=source.encoding, errors=source.errors, newline="")
        literal = source.literal_quotes
        lines = _Lines(fh, raw, keep=literal)
        if where is not None:
            where.append(lines.position)
        for _line in range(source.skip_lines):
            fh.readline()
        slow = source.has_nul or literal
        eof: list = []
        if slow:
            reader = csv.reader(lines, delimiter=source.delimiter)
        else:  # the fast path: the file object itself, plus a marker for the end of the file
            reader = csv.reader(itertools.chain(fh, _end_marker(eof)), delimiter=source.delimiter)
        width = len(source.header)
        base = source.skip_lines
        delimiter = source.delimiter
        fallback_lines = source.fallback_lines
        fallback = encoding_label(source.fallback) if source.fallback else ""
        next(reader, None)  # the header
        while True:
            read = lines.number if slow else reader.line_num
            start = base + read + 1
            lines.recent.clear()
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # pragma: no cover - the non-strict reader rarely raises
                yield Record(
                    start,
                    [],
                    broken=_("This row cannot be read ({error}); the rest of the file was skipped.").format(error=exc),
                )
                return
            end = base + (lines.number if slow else reader.line_num)
            at_end = lines.eof or bool(eof)
            if (end > start or at_end) and swallows(cells, delimiter, width):
                if not literal:
                    first = cells[0].splitlines()[0] if cells and cells[0] else ""
                    raise StrayQuote(source.path, start, end - start + 1, first)
                again = lines.recent[1:]
                cells = next(csv.reader([lines.recent[0]], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
                lines.give_back(again)
                end, at_end = start, False
                problems = [_(LITERAL_PROBLEM).format(line=formatting.number(start))]
            else:
                problems = []
            joined = "".join(cells)
            if not joined or joined.isspace():  # a blank row
                lines.nul = False
                yield None
                continue
            record = Record(start, cells, problems)
            if fallback_lines and any(n in fallback_lines for n in range(start, end + 1)):
                record.problems.append(_(FALLBACK_PROBLEM).format(fallback=fallback))
            if source.has_nul and lines.nul:
                record.problems.append(
                    _("The row contained NUL characters (invisible binary zeros); they were removed.")
                )
                lines.nul = False
            if at_end:
                spanned = end - start + 1
                record.broken = ngettext(
                    "A quotation mark opened in this row is never closed, so the rest of the file "
                    "({count} line) ran into one cell. Close the quote and import again.",
                    "A quotation mark opened in this row is never closed, so the rest of the file "
                    "({count} lines) ran into one cell. Close the quote and import again.",
                    spanned,
                ).format(count=formatting.number(spanned))
                yield record
                return
            n = len(cells)
            if n == width:
                pass
            elif n > width:
                extra = [c for c in cells[width:] if c.strip()]
                if extra:
                    record.problems.append(
                        ngettext(
                            "The row has {cells} cells but there are {width} column names; the {count} extra "
                            "cell was ignored.",
                            "The row has {cells} cells but there are {width} column names; the {count} extra "
                            "cells were ignored.",
                            n - width,
                        ).format(cells=n, width=width, count=n - width)
                    )
                del cells[width:]
            elif len(cells) < width:
                record.problems.append(
                    _("The row has only {cells} of {width} cells; the missing ones were left empty.").format(
                        cells=n, width=width
                    )
                )
                cells.extend([""] * (width - len(cells)))
            # (no cell can be longer than MAX_CELL when all of them together are not)
            for i, cell in enumerate(cells) if len(joined) > MAX_CELL and max(map(len, cells)) > MAX_CELL else ():
                if len(cell) > MAX_CELL:
                    cells[i] = cell[:MAX_CELL]
                    name = source.header[i] or _("column {number}").format(number=i + 1)
                    record.problems.append(
                        _("The cell in “{column}” had {count} characters; only the first {kept} were kept.").format(
                            column=name, count=formatting.number(len(cell)), kept=formatting.number(MAX_CELL)
                        )
                    )
            yield record
