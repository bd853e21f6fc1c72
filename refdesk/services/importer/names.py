"""Names as people write them, turned into names RefDesk can show and match.

A name is kept as given (``as_given``, ``parts_as_given``: spaces tidied, nothing else) unless the
user asks to tidy names: ``display_name`` makes "OKAFOR, AMARA" into "Amara Okafor", ``join_parts``
joins first, middle and last names the same way.  ``name_key`` is the form used to notice that two
rows may be the same person ("Dr. Hannah Goldberg" and "hannah goldberg" share a key), either way.
"""

from __future__ import annotations

import re
import unicodedata

# Honorifics dropped from a name: they are how you greet someone, not who they are.
DROPPED_PREFIXES = {"mr", "mrs", "ms", "miss", "mx", "m", "mme", "herr", "frau"}
# Titles kept in the shown name (a thank-you note goes to "Dr. Hannah Goldberg").
KEPT_PREFIXES = {"dr", "prof", "rev", "fr", "sr", "hon", "sir", "dame", "capt", "col", "judge"}
SUFFIXES = {
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "v",
    "phd",
    "md",
    "dds",
    "cpa",
    "esq",
    "mba",
    "rn",
    "pe",
    "cfp",
    "jd",
    "dvm",
    "cfa",
    "llm",
    "msc",
    "bsc",
    "ma",
    "ba",
    "do",
    "od",
    "pharmd",
    "qc",
    "kc",
    "obe",
    "mbe",
}
UPPER_SUFFIXES = {
    "ii",
    "iii",
    "iv",
    "v",
    "phd",
    "md",
    "dds",
    "cpa",
    "mba",
    "rn",
    "pe",
    "cfp",
    "jd",
    "dvm",
    "cfa",
    "llm",
    "do",
    "od",
    "qc",
    "kc",
    "obe",
    "mbe",
}
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "bin", "al"}
_NOT_NAME = frozenset(DROPPED_PREFIXES | KEPT_PREFIXES | SUFFIXES)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _bare(token: str) -> str:
    return token.lower().strip(".,")


def _cap_word(word: str) -> str:
    """Capitalise one all-caps or all-lower word: o'brien → O'Brien, mcdonald → McDonald."""
    low = word.lower()
    if _bare(low) in UPPER_SUFFIXES:
        return word.upper().replace("PHD", "PhD")
    parts = re.split(r"([-'’])", low)
    out = []
    for part in parts:
        if part in ("-", "'", "’") or not part:
            out.append(part)
            continue
        cap = part[:1].upper() + part[1:]
        if len(part) > 3 and part.startswith("mc"):
            cap = "Mc" + part[2:3].upper() + part[3:]
        out.append(cap)
    return "".join(out)


def tidy_case(name: str) -> str:
    """Recase a name typed all in capitals or all in lower case; leave mixed case alone."""
    if not (name.isupper() or name.islower()):  # mixed case (or no letters): as typed
        return name
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        if i > 0 and word.lower() in PARTICLES and i < len(words) - 1:
            out.append(word.lower())
        else:
            out.append(_cap_word(word))
    return " ".join(out)


def clean(text: str | None) -> str:
    """Collapse spaces and strip; None becomes ''."""
    if not text:
        return ""
    return " ".join(text.split())


def _strip_prefixes(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and _bare(tokens[0]) in DROPPED_PREFIXES:
        tokens = tokens[1:]
    return tokens


def _title(token: str) -> str:
    bare = _bare(token)
    if bare in KEPT_PREFIXES and not token.endswith("."):
        return tidy_case(token) + "."
    return tidy_case(token)


def display_name(full: str) -> str:
    """A sensible shown name from one cell: "Okafor, Amara" → "Amara Okafor", "MR JOHN SMITH" → "John Smith"."""
    text = clean(full)
    if not text:
        return ""
    if "," in text:
        head, _, tail = text.partition(",")
        tail_words = [_bare(t) for t in tail.split()]
        # "Okafor, Amara" (reversed) — but not "Hannah Goldberg, CPA" (a suffix after the comma).
        if tail_words and not all(w in SUFFIXES for w in tail_words) and len(head.split()) <= 3 and "," not in tail:
            text = f"{tail.strip()} {head.strip()}"
        else:
            text = f"{head.strip()} {' '.join(tail.split())}".strip()
            # keep "Jr." style suffixes but without the comma
    tokens = _strip_prefixes(text.split(" "))
    if len(tokens) > 1 and _bare(tokens[0]) in KEPT_PREFIXES:
        return f"{_title(tokens[0])} {tidy_case(' '.join(tokens[1:]))}"
    return tidy_case(" ".join(tokens))


def as_given(full: str) -> str:
    """A name from one cell as it was written (only its spaces tidied)."""
    return clean(full)


def parts_as_given(prefix: str, first: str, middle: str, last: str, suffix: str) -> str:
    """A name from separate columns as they were written, in the order title, first, middle, last, suffix."""
    return " ".join(p for p in (clean(prefix), clean(first), clean(middle), clean(last), clean(suffix)) if p)


def join_parts(prefix: str, first: str, middle: str, last: str, suffix: str) -> str:
    """The shown name from separate columns (first/middle/last, optional title and suffix)."""
    prefix = clean(prefix)
    if _bare(prefix) in DROPPED_PREFIXES:
        prefix = ""
    elif prefix:
        prefix = _title(prefix)
    parts = [p for p in (clean(first), clean(middle), clean(last), clean(suffix)) if p]
    if not parts:
        return prefix
    # A whole name typed into "Last Name" as "Okafor, Amara" (and nothing else) is reordered too.
    name = display_name(parts[0]) if len(parts) == 1 else tidy_case(" ".join(parts))
    return f"{prefix} {name}" if prefix else name


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Order- and case-free form of a name for matching: titles, suffixes and accents dropped.

    Most names are plain letters and spaces, whose words are exactly the runs of letters the general
    rule (``_key_of``) finds: they are split directly (tests/services/importer/test_contacts.py pins
    that both give the same key)."""
    if name.isascii():
        words = name.lower().split()
        if "".join(words).isalpha():
            words = [w for w in words if w not in _NOT_NAME]
            words.sort()
            return " ".join(words)
    return _key_of(name)


def _key_of(name: str) -> str:
    words = [w for w in _WORD.findall(_fold(name)) if w not in _NOT_NAME]
    words.sort()
    return " ".join(words)


def name_from_email(email: str) -> str:
    """A name for a row that has only an email address: the address itself (honest, and easy to edit)."""
    return email
