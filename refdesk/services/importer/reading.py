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
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from refdesk.services import formatting

log = logging.getLogger(__name__)

csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))

SAMPLE_BYTES = 64 * 1024
CHUNK = 1024 * 1024
MAX_CELL = 20_000  # characters kept from one cell
DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252 (Western European)",
}

_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])

# What some files really are, by their first bytes.
SIGNATURES = [
    (b"PK\x03\x04", "a spreadsheet workbook (Excel .xlsx or OpenDocument), not a CSV file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel workbook (.xls), not a CSV file"),
    (b"%PDF", "a PDF document, not a contacts file"),
    (b"\x89PNG", "a picture (PNG), not a contacts file"),
    (b"\xff\xd8\xff", "a picture (JPEG), not a contacts file"),
    (b"GIF8", "a picture (GIF), not a contacts file"),
    (b"\x1f\x8b", "a compressed (gzip) file, not a contacts file"),
    (b"SQLite format 3\x00", "a database file, not a contacts file"),
    (b"{\\rtf", "a rich-text document, not a contacts file"),
]


class ImportRefused(Exception):
    """The file cannot be imported; ``str()`` is a sentence for the user naming the problem."""


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

    @property
    def encoding_label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)

    @property
    def delimiter_label(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


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
            hint = ""
            if magic in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
                hint = " Open it in your spreadsheet program and use Save As → “CSV UTF-8”, then import that file."
            raise ImportRefused(f"{path.name} is {what}.{hint}")


def _valid(path: Path, codec: str) -> bool:
    """Decode the whole file, streaming, to be sure the encoding holds from start to end."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    decoder.decode(b"", final=True)
                    return True
                decoder.decode(chunk)
    except (UnicodeDecodeError, UnicodeError):
        return False


def _contains_nul(path: Path, codec: str) -> bool:
    """Whether the decoded text holds a NUL character anywhere (streamed, C speed)."""
    if codec in ("utf-8", "utf-8-sig", "cp1252"):
        with open(path, "rb") as fh:
            return any(b"\x00" in chunk for chunk in iter(lambda: fh.read(CHUNK), b""))
    with open_text(path, codec) as fh:
        return any("\x00" in chunk for chunk in iter(lambda: fh.read(CHUNK), ""))


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even_nul = sum(1 for b in sample[0::2] if b == 0)
    odd_nul = sum(1 for b in sample[1::2] if b == 0)
    half = len(sample) // 2
    if odd_nul > 0.4 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.4 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(path: Path, head: bytes) -> str:
    """The codec for *path*: BOMs first, then strict UTF-8, then charset-normalizer."""
    if head.startswith(b"\xff\xfe\x00\x00") or head.startswith(b"\x00\x00\xfe\xff"):
        codec = "utf-32"
    elif head.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    elif head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        codec = "utf-16"
    else:
        codec = _utf16_without_bom(head) or ""
    if codec:
        if not _valid(path, codec):
            raise ImportRefused(
                f"{path.name} says it is written in {ENCODING_LABELS.get(codec, codec.upper())}, but parts of it "
                "cannot be read that way (the file may be damaged). Export it again and import the new file."
            )
        return codec
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head.count(b"\x00") > max(8, len(head) // 100) or controls > max(8, len(head) // 50):
        raise ImportRefused(
            f"{path.name} is not a text file (it contains binary data), so it holds no contacts RefDesk can read."
        )
    if _valid(path, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise ImportRefused(
            f"RefDesk cannot tell which text encoding {path.name} uses, so it cannot read it. "
            "Export it again as “CSV UTF-8” and import the new file."
        )
    guessed = best.encoding
    try:
        head.decode("cp1252")
        western = True
    except UnicodeDecodeError:
        western = False
    multibyte = guessed in {
        "utf_16",
        "utf_32",
        "big5",
        "gb18030",
        "gb2312",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_kr",
        "cp949",
        "hz",
        "iso2022_jp",
        "johab",
        "cp950",
        "big5hkscs",
        "utf_7",
    }
    if western and not multibyte:
        return "cp1252"
    if not _valid(path, guessed):
        raise ImportRefused(
            f"RefDesk cannot read the text encoding of {path.name}. Export it again as “CSV UTF-8” and import "
            "the new file."
        )
    return codecs.lookup(guessed).name


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\r\n\f\x0b")
    return controls > max(3, len(text) * 0.02)


def open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    errors = "replace" if encoding == "cp1252" else "strict"
    return open(path, encoding=encoding, errors=errors, newline="")


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
    for _ in range(index):
        next(reader, None)
    skip = reader.line_num + sep_lines
    return delimiter, skip, header, sep_lines


def inspect(path: Path | str, known) -> Source:
    """Look at *path*: refuse it with a plain reason, or say how to read it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportRefused(f"{path} is a folder, not a contacts file.")
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise ImportRefused(f"There is no file called {path}.") from None
    except PermissionError:
        raise ImportRefused(f"RefDesk is not allowed to read {path}.") from None
    except OSError as exc:
        raise ImportRefused(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRefused(f"{path.name} is empty: there are no contacts in it.")
    _refuse_known_binary(head, path)
    encoding = detect_encoding(path, head)
    with open_text(path, encoding) as fh:
        text = fh.read(SAMPLE_BYTES)
    if _looks_binary(text):
        raise ImportRefused(
            f"{path.name} is not a text file (it contains binary data), so it holds no contacts RefDesk can read."
        )
    if text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD") or (
        path.suffix.lower() in (".vcf", ".vcard") and "BEGIN:VCARD" in text.upper()
    ):
        return Source(path, size, "vcard", encoding)
    if path.suffix.lower() in (".vcf", ".vcard"):
        raise ImportRefused(f"{path.name} is named like a vCard file but holds no contact cards (no BEGIN:VCARD).")
    delimiter, skip, header, _ = find_header(text, known)
    if not any(header):
        raise ImportRefused(f"{path.name} has no column names, so RefDesk cannot tell which column is which.")
    return Source(path, size, "csv", encoding, delimiter, skip, header, _contains_nul(path, encoding))


class _Lines:
    """Physical lines for the csv reader: counts bytes read (for progress) and notices NUL bytes and the end."""

    def __init__(self, fh: io.TextIOWrapper, raw):
        self.fh = fh
        self.raw = raw
        self.nul = False
        self.eof = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.fh.readline()
        if not line:
            self.eof = True
            raise StopIteration
        if "\x00" in line:
            self.nul = True
            line = line.replace("\x00", "")
        return line

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


def csv_records(source: Source, where: list | None = None) -> Iterator[Record | None]:
    """Each data record (None for a blank row).  *where*, if given, receives a callable giving the byte
    position reached, for progress."""
    with open(source.path, "rb") as raw:
        errors = "replace" if source.encoding == "cp1252" else "strict"
        fh = io.TextIOWrapper(raw, encoding=source.encoding, errors=errors, newline="")
        lines = _Lines(fh, raw)
        if where is not None:
            where.append(lines.position)
        for _ in range(source.skip_lines):
            fh.readline()
        if source.has_nul:
            reader = csv.reader(lines, delimiter=source.delimiter)
        else:  # the fast path: the file object itself, plus a marker for the end of the file
            eof: list = []
            lines.eof = False
            reader = csv.reader(itertools.chain(fh, _end_marker(eof)), delimiter=source.delimiter)
        width = len(source.header)
        base = source.skip_lines
        next(reader, None)  # the header
        while True:
            start = base + reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # pragma: no cover - the non-strict reader rarely raises
                yield Record(start, [], broken=f"This row cannot be read ({exc}); the rest of the file was skipped.")
                return
            joined = "".join(cells)
            if not joined or joined.isspace():  # a blank row
                lines.nul = False
                yield None
                continue
            record = Record(start, cells)
            if source.has_nul and lines.nul:
                record.problems.append("The row contained NUL characters (invisible binary zeros); they were removed.")
                lines.nul = False
            if lines.eof or (not source.has_nul and eof):
                spanned = base + reader.line_num - start + 1
                record.broken = (
                    f"A quotation mark opened in this row is never closed, so the rest of the file "
                    f"({spanned} lines) ran into one cell. Close the quote and import again."
                )
                yield record
                return
            n = len(cells)
            if n == width:
                pass
            elif n > width:
                extra = [c for c in cells[width:] if c.strip()]
                if extra:
                    record.problems.append(
                        f"The row has {len(cells)} cells but there are {width} column names; the "
                        f"{len(cells) - width} extra cell(s) were ignored."
                    )
                del cells[width:]
            elif len(cells) < width:
                record.problems.append(
                    f"The row has only {len(cells)} of {width} cells; the missing ones were left empty."
                )
                cells.extend([""] * (width - len(cells)))
            # (no cell can be longer than MAX_CELL when all of them together are not)
            for i, cell in enumerate(cells) if len(joined) > MAX_CELL and max(map(len, cells)) > MAX_CELL else ():
                if len(cell) > MAX_CELL:
                    cells[i] = cell[:MAX_CELL]
                    name = source.header[i] or f"column {i + 1}"
                    record.problems.append(
                        f"The cell in “{name}” had {formatting.number(len(cell))} characters; only the first "
                        f"{formatting.number(MAX_CELL)} were kept."
                    )
            yield record


def vcard_blocks(source: Source) -> Iterator[tuple[int, str, int]]:
    """(card number, the card's text, byte position) for each BEGIN:VCARD … END:VCARD block."""
    with open(source.path, "rb") as raw:
        errors = "replace" if source.encoding == "cp1252" else "strict"
        fh = io.TextIOWrapper(raw, encoding=source.encoding, errors=errors, newline=None)
        number = 0
        block: list[str] | None = None
        for line in fh:
            line = line.replace("\x00", "")
            upper = line.strip().upper()
            if upper.startswith("BEGIN:VCARD"):
                block = [line]
                continue
            if block is None:
                continue
            block.append(line)
            if upper.startswith("END:VCARD"):
                number += 1
                yield number, "".join(block), raw.tell()
                block = None
        if block is not None:
            number += 1
            yield number, "".join(block), raw.tell()
