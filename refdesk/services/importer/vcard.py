"""vCard 2.1, 3.0 and 4.0 (Apple, Google, Android, Outlook, Lotus Notes) to contacts, through vobject.

Each card is parsed on its own, so one broken card is a row-level message and
the others still import.  When vobject refuses a card, it is read again a property at a time:
the properties that cannot be read are left out and named, never the card.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from refdesk.i18n import _
from refdesk.services import formatting
from refdesk.services.importer.contacts import Contact, birthday_text, finish, split_emails, split_phones, tags_text
from refdesk.services.importer.encodings import CHUNK
from refdesk.services.importer.names import as_given, clean, display_name, join_parts, parts_as_given
from refdesk.services.importer.reading import Source

log = logging.getLogger(__name__)

_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_TYPE_LABELS = {
    "work": "Work",
    "home": "Home",
    "cell": "Mobile",
    "mobile": "Mobile",
    "fax": "Fax",
    "main": "Main",
    "iphone": "iPhone",
    "other": "Other",
    "pager": "Pager",
}


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(clean(str(v)) for v in value if v)
    return clean(str(value)) if value is not None else ""


def _types(prop) -> tuple[str, bool]:
    types: list[str] = []
    for key in ("TYPE",):
        for value in prop.params.get(key, []):
            types.extend(t.strip().lower() for t in str(value).split(","))
    types.extend(key.lower() for key in prop.params if key.lower() in _TYPE_LABELS)  # vCard 2.1: TEL;CELL
    primary = "pref" in types or "PREF" in prop.params
    label = ""
    for t in types:
        if t in _TYPE_LABELS:
            label = _TYPE_LABELS[t]
            if label not in ("Other",):
                break
    return label, primary


def version_of(text: str) -> str:
    m = re.search(r"^VERSION:\s*([0-9.]+)", text, re.MULTILINE | re.IGNORECASE)
    return m.group(1) if m else ""


_UNFOLD = re.compile(r"\r?\n[ \t]")
_SOFT_BREAK = re.compile(r"=\r?\n")
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([\w-]+)")


def _by_property(text: str) -> tuple[dict, list[str]]:
    """The card's properties read one at a time (each in a card of its own): (contents, the names of
    the properties that could not be read)."""
    import vobject

    contents: dict[str, list] = {}
    left_out: list[str] = []
    lines = _UNFOLD.sub("", text)
    version = version_of(text) or "3.0"
    logical: list[str] = []
    for line in lines.splitlines():
        if logical and logical[-1].endswith("=") and "QUOTED-PRINTABLE" in logical[-1].partition(":")[0].upper():
            logical[-1] = logical[-1][:-1] + line  # a quoted-printable soft line break
        else:
            logical.append(line)
    for line in logical:
        m = _PROPERTY.match(line)
        name = m.group(1).upper() if m else ""
        if not name or name in ("BEGIN", "END", "VERSION") or name in BINARY_PROPERTIES:
            continue
        if ":" not in line:
            if name not in left_out:
                left_out.append(name)
            continue
        try:
            one = vobject.readOne(f"BEGIN:VCARD\r\nVERSION:{version}\r\n{line}\r\nEND:VCARD\r\n")
        except Exception:
            if name not in left_out:
                left_out.append(name)
            continue
        for key, props in one.contents.items():
            if key != "version":
                contents.setdefault(key, []).extend(props)
    return contents, left_out


def card_to_contact(
    number: int, text: str, problems: list[str] | None = None, tidy: bool = False, compare: bool = False
) -> Contact:
    """The contact of one card.  *tidy* and *compare*: as for ``contacts.RowBuilder``."""
    import vobject

    logging.getLogger("vobject.base").setLevel(logging.CRITICAL)  # broken lines become our own row messages
    contact = Contact(number)
    if problems:
        contact.problems.extend(problems)
    try:
        contents = vobject.readOne(text).contents
    except Exception:  # vobject raises many kinds; read the card a property at a time
        contents, left_out = _by_property(text)
        if left_out:
            contact.problems.append(
                _("These lines of the contact card could not be read and were left out: {lines}.").format(
                    lines=", ".join(left_out)
                )
            )
    labels = {}
    for prop in contents.get("x-ablabel", []):
        if prop.group:
            m = _APPLE_LABEL.match(_text(prop.value))
            labels[prop.group.lower()] = m.group(1) if m else _text(prop.value)

    def label_for(prop) -> tuple[str, bool]:
        label, primary = _types(prop)
        if prop.group and prop.group.lower() in labels:
            label = labels[prop.group.lower()]
        return label, primary

    n = contents.get("n", [None])[0]
    name = tidied = ""
    shown = display_name if tidy else as_given
    if n is not None and hasattr(n.value, "given"):
        v = n.value
        n_parts = (_text(v.prefix), _text(v.given), _text(v.additional), _text(v.family), _text(v.suffix))
        name = join_parts(*n_parts) if tidy else parts_as_given(*n_parts)
        if compare and not tidy:
            tidied = join_parts(*n_parts)
    fn = _text(contents["fn"][0].value) if "fn" in contents else ""
    org = contents.get("org", [None])[0]
    company = ""
    if org is not None:
        parts = org.value if isinstance(org.value, list) else [org.value]
        first = parts[0] if parts else ""
        # "ORG:Company, The;Department": an unescaped comma is part of the name, not a list of names
        company = clean(", ".join(str(p).strip() for p in first) if isinstance(first, (list, tuple)) else str(first))
    kind = _text(contents["kind"][0].value).lower() if "kind" in contents else ""
    show_as = _text(contents["x-abshowas"][0].value).upper() if "x-abshowas" in contents else ""
    if kind == "org" or show_as == "COMPANY":
        name = "" if (not name or name == company) else name
        if fn and fn != company and not name:
            name = shown(fn)
            tidied = display_name(fn) if compare and not tidy else ""
    elif not name and fn and fn != company:
        name = shown(fn)
        tidied = display_name(fn) if compare and not tidy else ""
    contact.name = name
    contact.tidied = tidied if tidied != name else ""
    contact.company = company
    if "title" in contents:
        contact.category = _text(contents["title"][0].value)
    elif "role" in contents:
        contact.category = _text(contents["role"][0].value)
    seen: set[str] = set()  # a card may hold thousands: each address and number is one look-up
    for prop in contents.get("email", []):
        label, primary = label_for(prop)
        split_emails(_text(prop.value), contact, label, primary, seen)
    seen = set()
    for prop in contents.get("tel", []):
        label, primary = label_for(prop)
        value = _text(prop.value)
        if value.lower().startswith("tel:"):
            value = value[4:]
        split_phones(value, contact, label, primary, seen)
    for prop in contents.get("url", []):
        contact.website = _text(prop.value)
        break
    for prop in contents.get("adr", []):
        contact.address = str(prop.value).strip()
        break
    notes = [str(p.value).strip() for p in contents.get("note", []) if str(p.value).strip()]
    for prop in contents.get("bday", []):
        text = birthday_text(_text(prop.value))
        if text:
            notes.append(text)
    contact.notes = "\n\n".join(notes)
    tags: list[str] = []
    for prop in contents.get("categories", []):
        items = prop.value if isinstance(prop.value, list) else [prop.value]
        for item in items:
            tags.extend(t for t in tags_text(str(item)) if t not in tags)
    contact.tags = ", ".join(tags)
    return finish(contact)


# Limits of one vCard (documented in README.md): a line or a card beyond them is reported and left out.
MAX_VCARD_LINE = 1024 * 1024  # characters in one physical line
MAX_CARD_LINES = 5_000  # lines kept of one card
MAX_CARD_CHARS = 2 * 1024 * 1024  # characters kept of one card
# Pictures, sounds and keys: RefDesk keeps none of them, so they are dropped as they are read.
BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_PROPERTY_NAME = re.compile(r"^(?:[\w-]+\.)?([\w-]+)")


def vcard_blocks(source: Source) -> Iterator[tuple[int, str, int, list[str]]]:
    """(card number, the card's text, byte position, problems) for each BEGIN:VCARD … END:VCARD block.

    Streamed a line at a time, in bounded memory and linear time: no line is read past
    ``MAX_VCARD_LINE`` characters, a card keeps at most ``MAX_CARD_LINES`` lines and ``MAX_CARD_CHARS``
    characters (what is beyond is left out and reported for that card), and pictures are dropped.
    """
    with open(source.path, "rb") as raw:
        fh = io.TextIOWrapper(raw, encoding=source.encoding, errors=source.errors, newline=None)
        number = 0
        block: list[str] | None = None
        size = 0
        problems: list[str] = []
        dropping = False  # in a picture's lines
        cut = False  # the card being read is longer than RefDesk reads (said once)
        quoted_printable = False  # the property being read is quoted-printable (vCard 2.1)
        previous_soft = False  # the line before ended a quoted-printable soft line break ("=")
        while True:
            line = fh.readline(MAX_VCARD_LINE)
            if not line:
                break
            if len(line) >= MAX_VCARD_LINE and not line.endswith("\n"):
                while True:  # the rest of an over-long line, read and forgotten
                    more = fh.readline(CHUNK)
                    if not more or more.endswith("\n"):
                        break
                if block is not None and not (dropping or _property(line) in BINARY_PROPERTIES):
                    name = _property(line)
                    if name:
                        said = _("A {property} line longer than {count} characters was left out.")
                    else:
                        said = _("A line longer than {count} characters was left out.")
                    problems.append(said.format(property=name, count=formatting.number(MAX_VCARD_LINE)))
                continue
            if "\x00" in line:
                line = line.replace("\x00", "")
            head = line[:12].upper()
            if head.startswith("BEGIN:VCARD"):
                block, size, problems, dropping, previous_soft, cut = [line], len(line), [], False, False, False
                continue
            if block is None:
                continue
            if head.startswith("END:VCARD"):
                block.append(line)
                number += 1
                yield number, "".join(block), raw.tell(), problems
                block = None
                continue
            continued = line[:1] in (" ", "\t") or previous_soft
            if not continued:
                name = _property(line)
                dropping = name in BINARY_PROPERTIES or (dropping and ":" not in line and bool(line.strip()))
                quoted_printable = "QUOTED-PRINTABLE" in line.partition(":")[0].upper()
            previous_soft = quoted_printable and line.rstrip("\r\n").endswith("=")
            if dropping:
                continue
            size += len(line)
            if len(block) >= MAX_CARD_LINES or size > MAX_CARD_CHARS:
                if not cut:
                    cut = True
                    problems.append(
                        _(
                            "This card is longer than RefDesk reads ({lines} lines or {characters} characters); "
                            "from line {line} on, the rest of it was left out."
                        ).format(
                            lines=formatting.number(MAX_CARD_LINES),
                            characters=formatting.number(MAX_CARD_CHARS),
                            line=formatting.number(len(block)),
                        )
                    )
                continue
            block.append(line)
        if block is not None:
            number += 1
            yield number, "".join(block), raw.tell(), problems


def _property(line: str) -> str:
    m = _PROPERTY_NAME.match(line)
    return m.group(1).upper() if m else ""
