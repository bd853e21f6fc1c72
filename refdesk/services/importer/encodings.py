"""Which text encoding a contacts file is in, decided with evidence, never guessed silently.

BOMs and strict UTF-8 first (``detect_encoding``); then ``choose_encoding``: a file valid as UTF-8 except
for some lines is UTF-8 with those lines read as Windows-1252 (and named, row by row); a file that reads as
Western European Windows-1252 is that; anything else is a guess the user must confirm (``EncodingUnsure``
names charset-normalizer's candidates).  Every check streams the file.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

from refdesk.i18n import N_, _

CHUNK = 1024 * 1024
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": N_("UTF-8 (with BOM)"),
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": N_("Windows-1252 (Western European)"),
}

NOT_TEXT = N_("{file} is not a text file (it contains binary data), so it holds no contacts RefDesk can read.")


class ImportRefused(Exception):
    """The file cannot be imported; ``str()`` is a sentence for the user naming the problem."""


class EncodingUnsure(ImportRefused):
    """The file is not UTF-8 and its encoding is only a guess: the user chooses among ``candidates``
    (Python codec names, the likeliest first); ``analyse(path, encoding=...)`` reads it that way."""

    def __init__(self, path: Path, candidates: list[str]):
        self.candidates = candidates
        named = ", ".join(encoding_label(c) for c in candidates[:5])
        super().__init__(
            _(
                "{file} is not written in UTF-8, and RefDesk cannot be sure which encoding it uses "
                "(most likely: {encodings}). Choose the encoding, or export the file again as “CSV UTF-8”."
            ).format(file=path.name, encodings=named)
        )


def encoding_label(codec: str) -> str:
    """A codec's name as people know it, in the language spoken: "Windows-1252 (Western European)"."""
    return _(ENCODING_LABELS[codec]) if codec in ENCODING_LABELS else codec.replace("_", "-").upper()


def _fallback_handler(fallback: str):
    """A codec error handler: bytes that are not UTF-8 are read in *fallback* (Windows-1252) instead."""

    def handle(exc: UnicodeError) -> tuple[str, int]:
        if not isinstance(exc, UnicodeDecodeError):
            raise exc
        return exc.object[exc.start : exc.end].decode(fallback, "replace"), exc.end

    return handle


def errors_for(encoding: str, fallback: str = "") -> str:
    """The codec error mode for reading a file in *encoding*: strict, replace (Windows-1252's five
    unused bytes), or, for a UTF-8 file with lines in another encoding, those bytes read in *fallback*."""
    if fallback:
        name = f"refdesk-{fallback}"
        try:
            codecs.lookup_error(name)
        except LookupError:
            codecs.register_error(name, _fallback_handler(fallback))
        return name
    return "replace" if encoding == "cp1252" else "strict"


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
    """The codec for *path* when it is certain: a BOM, UTF-16 without one, or strict UTF-8; else ""."""
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
                _(
                    "{file} says it is written in {encoding}, but parts of it cannot be read that way "
                    "(the file may be damaged). Export it again and import the new file."
                ).format(file=path.name, encoding=encoding_label(codec) if codec in ENCODING_LABELS else codec.upper())
            )
        return codec
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head.count(b"\x00") > max(8, len(head) // 100) or controls > max(8, len(head) // 50):
        raise ImportRefused(_(NOT_TEXT).format(file=path.name))
    if _valid(path, "utf-8"):
        return "utf-8"
    return ""


def _fallback_lines(path: Path) -> tuple[frozenset[int], bool]:
    """The lines of *path* that are not UTF-8, and whether any other line holds UTF-8 beyond ASCII (the
    evidence that the file is UTF-8 with a few lines pasted in from elsewhere).  Only files that are not
    UTF-8 as a whole come here; each line is tried as UTF-8 at C speed."""
    bad: list[int] = []
    utf8 = False
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                utf8 = True
            except UnicodeDecodeError:
                bad.append(number)
    return frozenset(bad), utf8


_WESTERN_EXTRA = set("€‘’‚“”„–—…• «»°´")
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


def _western(text: str) -> bool:
    """Whether *text* read as Windows-1252 looks like Western European writing: accented Latin letters
    inside mostly-ASCII words ("José", "Müller"), typographic punctuation.  Cyrillic or Greek files read
    as Windows-1252 give words of accented letters only ("Ïåòðîâ"); Central European ones give "£" or
    "¹" where a letter belongs."""
    for word in _NON_ASCII_WORD.findall(text):
        ascii_letters = sum(1 for c in word if c.isascii())
        if ascii_letters * 2 < len(word):
            return False
    for c in set(text):
        if ord(c) < 128 or c in _WESTERN_EXTRA:
            continue
        if not ("\u00c0" <= c <= "\u00ff") or c in "\u00d7\u00f7":
            return False
    return True


def choose_encoding(path: Path, head: bytes) -> tuple[str, str, frozenset[int]]:
    """(encoding, fallback, lines in the fallback) for a file that is not UTF-8 as a whole.

    A file valid as UTF-8 except for some lines, with UTF-8 beyond ASCII elsewhere, is UTF-8 with those
    lines read as Windows-1252.  A file that reads as Windows-1252 and looks Western European is
    Windows-1252.  Anything else is a guess: ``EncodingUnsure`` names the likely encodings
    (charset-normalizer's candidates), and the user chooses.
    """
    bad, utf8 = _fallback_lines(path)
    if utf8 and bad:
        return "utf-8", "cp1252", bad
    from charset_normalizer import from_bytes

    matches = list(from_bytes(head))
    candidates: list[str] = []
    for match in matches:
        name = codecs.lookup(match.encoding).name
        if name not in candidates:
            candidates.append(name)
    if len(matches) == 1 and matches[0].chaos <= 0.05 and matches[0].coherence >= 0.3 and _valid(path, candidates[0]):
        return candidates[0], "", frozenset()  # one clear reading (e.g. Central European, Japanese)
    western = _valid(path, "cp1252")
    if western:
        with open_text(path, "cp1252") as fh:
            western = _western(fh.read(CHUNK))
    if western:
        return "cp1252", "", frozenset()
    readable = [c for c in candidates if _valid(path, c)]
    if "cp1252" not in readable and _valid(path, "cp1252"):
        readable.append("cp1252")
    if not readable:
        raise ImportRefused(
            _(
                "RefDesk cannot tell which text encoding {file} uses, so it cannot read it. "
                "Export it again as “CSV UTF-8” and import the new file."
            ).format(file=path.name)
        )
    raise EncodingUnsure(path, readable)


def open_text(path: Path, encoding: str, fallback: str = "") -> io.TextIOWrapper:
    return open(path, encoding=encoding, errors=errors_for(encoding, fallback), newline="")
