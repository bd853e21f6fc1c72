"""A contact as read from one row or card, before it meets the database."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from refdesk.db.models import normalise_email
from refdesk.i18n import _
from refdesk.services import formatting
from refdesk.services.importer.formats import ADDRESS_PARTS, Mapping
from refdesk.services.importer.names import as_given, clean, display_name, join_parts, parts_as_given, tidy_case

MAX_NAME = 200
_EMAIL_SPLIT = re.compile(r"[\s,;]+|:::")
_MULTI_SPLIT = re.compile(r"\s*:::\s*|\s*[;\n\r]+\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|;|,)\s*")
_IGNORED_TAGS = {"mycontacts", "starred", "* mycontacts", "* starred", "imported on", "other contacts"}
_EMAILISH = re.compile(r"^[^@\s]+@[^@\s]+$")
# An address that normalising leaves as it is (lower case, no space, separator, quote or bracket).
_PLAIN_EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+")
_BIRTHDAY = re.compile(r"(\d{4}|-{1,2}|0000)-?(\d{2})-?(\d{2})(?:T.*)?")


@dataclass(slots=True)
class Contact:
    row: int
    name: str = ""
    company: str = ""
    category: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)  # (normalised email, label)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (as written, label)
    website: str = ""
    address: str = ""
    notes: str = ""
    tags: str = ""
    problems: list[str] = field(default_factory=list)
    skip: str = ""  # why this row cannot be imported
    tidied: str = ""  # in a preview, names kept as given: what tidying would make of the name (if other)

    def fields(self) -> dict[str, str]:
        return {
            "name": self.name,
            "company": self.company,
            "category": self.category,
            "website": self.website,
            "address": self.address,
            "notes": self.notes,
            "tags": self.tags,
        }


@lru_cache(maxsize=1024)  # a file holds a few labels ("* Work", "Home") in 100,000s of cells
def clean_label(label: str) -> tuple[str, bool]:
    """("Work", primary?) from a label cell such as "* Work" (Google marks the primary value with "* ")."""
    label = clean(label)
    primary = label.startswith("*")
    label = label.lstrip("* ").strip()
    if label.lower() in ("internet", "pref", "x-internet", "voice"):
        label = ""
    return label[:60], primary


def split_emails(
    cell: str, contact: Contact, label: str = "", primary: bool = False, seen: set[str] | None = None
) -> None:
    """Add the addresses in *cell* to *contact*'s (first when *primary*): one or several, separated by
    spaces, commas, semicolons or Google's " ::: "; each normalised (lower case, no ``mailto:``, no
    brackets or quotes around it) and added once; anything else becomes a row message.  *seen*: the
    addresses the contact has already, kept by a caller adding many (a vCard), so each is one look-up."""
    found: list[tuple[str, str]] = []
    # Most cells hold one plain address, which splitting would leave whole; a plain address (lower case,
    # one "@", no space, quote, bracket or colon) is already in the form normalising gives.
    for token in (cell,) if _PLAIN_EMAIL.fullmatch(cell) else _EMAIL_SPLIT.split(cell):
        if not token:
            continue
        if _PLAIN_EMAIL.fullmatch(token):
            email = token
        else:
            email = normalise_email(token).strip("<>()\"'")
            if not email:
                continue
            if not _EMAILISH.match(email):
                contact.problems.append(
                    _("“{text}” is not an email address, so it was not imported.").format(text=token[:80])
                )
                continue
        if seen is not None:
            if email in seen:
                continue
            seen.add(email)
        elif (contact.emails or found) and (
            any(e == email for e, _ in contact.emails) or any(e == email for e, _ in found)
        ):
            continue
        found.append((email[:254], label))
    if primary:
        contact.emails[:0] = found
    else:
        contact.emails.extend(found)


def split_phones(
    cell: str, contact: Contact, label: str = "", primary: bool = False, seen: set[str] | None = None
) -> None:
    """Add the numbers in *cell* to *contact*'s (first when *primary*): one, or several separated by
    " ::: ", semicolons or line breaks; spaces tidied, each added once; text without a digit becomes a
    row message.  *seen*: as for ``split_emails``."""
    found: list[tuple[str, str]] = []
    one = ":" not in cell and ";" not in cell and "\n" not in cell and "\r" not in cell
    for token in (cell,) if one else _MULTI_SPLIT.split(cell):  # most cells hold one number
        phone = clean(token)
        if not phone:
            continue
        if not any(map(str.isdigit, phone)):
            contact.problems.append(
                _("“{text}” is not a phone number, so it was not imported.").format(text=phone[:80])
            )
            continue
        if seen is not None:
            if phone in seen:
                continue
            seen.add(phone)
        elif (contact.phones or found) and (
            any(p == phone for p, _ in contact.phones) or any(p == phone for p, _ in found)
        ):
            continue
        found.append((phone[:80], label))
    if primary:
        contact.phones[:0] = found
    else:
        contact.phones.extend(found)


def birthday_text(value: str) -> str:
    """ "Birthday: May 14" for "--05-14" (year unknown), "Birthday: May 14, 1980" for "1980-05-14": in
    the language and the date format of the import (it is written into the partner's notes)."""
    value = clean(value)
    if not value or not any(ch in "123456789" for ch in value):
        return ""
    shown = value
    m = _BIRTHDAY.fullmatch(value)
    if m:
        year, month, day = m.groups()
        known = year.isdigit() and year not in ("0000", "1604")  # (Apple's year for "not known")
        try:
            shown = formatting.day_and_month(dt.date(int(year) if known else 2000, int(month), int(day)), year=known)
        except ValueError:
            pass
    elif value in ("0/0/00", "0/0/0000", "1/1/1601"):
        return ""
    return _("Birthday: {day}").format(day=shown)


@lru_cache(maxsize=4096)  # a file holds a few label sets ("Movers ::: VIP") in 100,000s of cells
def tags_text(cell: str) -> tuple[str, ...]:
    out = []
    for tag in _TAG_SPLIT.split(cell):
        tag = clean(tag)
        if tag and tag.lower() not in _IGNORED_TAGS and tag.lower().lstrip("* ") not in _IGNORED_TAGS:
            out.append(tag.lstrip("* "))
    return tuple(out)


def finish(contact: Contact) -> Contact:
    """Name rules shared by CSV rows and vCards: a row needs a person, a business or an email."""
    if len(contact.name) > MAX_NAME:
        contact.problems.append(
            _("The name was {count} characters long; only the first {kept} were kept.").format(
                count=formatting.number(len(contact.name)), kept=MAX_NAME
            )
        )
        contact.name = contact.name[:MAX_NAME]
    if len(contact.company) > MAX_NAME:
        contact.company = contact.company[:MAX_NAME]
    if not contact.name:
        if contact.company:
            contact.name = contact.company
        elif contact.emails:
            contact.name = contact.emails[0][0]
        else:
            contact.skip = _("No name, business or email address, so there is nobody to import.")
    return contact


class RowBuilder:
    """Turns CSV records into contacts following a mapping (compiled once, used for every row).

    ``build`` runs once per row of files with 100,000 rows, so it takes two short paths that pay
    (tests/bench/bench_import.py): one C call (``itemgetter``) picks the first column of every
    single-valued target, and a plain "First Last" name skips ``join_parts``' clean-up of five parts.
    Together they cut the importer's CPU time by a third (4.0 s against 2.7 s for 100,000 rows);
    tests/services/importer/test_contacts.py pins that both paths give the same contacts.
    """

    SINGLE = (
        "full_name",
        "first_name",
        "middle_name",
        "last_name",
        "prefix",
        "suffix",
        "company",
        "category",
        "website",
        "birthday",
    )

    def __init__(self, mapping: Mapping, tidy: bool = False, compare: bool = False):
        """*tidy*: names re-cased and "Last, First" reordered (else kept as given); *compare*: names kept
        as given also say what tidying would make of them (``Contact.tidied``), for the preview."""
        self.mapping = mapping
        self.tidy = tidy
        self.compare = compare and not tidy
        by: dict[str, list] = {}
        for column in mapping.columns:
            by.setdefault(column.target, []).append(column)
        self.by = by
        self.single = {t: tuple(c.index for c in by.get(t, [])) for t in self.SINGLE}
        # A missing target reads the extra empty cell appended at the end of each row.
        width = len(mapping.columns)
        self.pick = itemgetter(*[(self.single[t] or (width,))[0] for t in self.SINGLE])
        self.more = {self.SINGLE.index(t): idx[1:] for t, idx in self.single.items() if len(idx) > 1}
        self.notes = tuple(c.index for c in by.get("notes", []))
        self.tags = tuple(c.index for c in by.get("tags", []))
        self.emails = [(c.index, c.label, c.label_column) for c in by.get("email", [])]
        self.phones = [(c.index, c.label, c.label_column) for c in by.get("phone", [])]
        groups: dict[str, dict[str, tuple[int, ...]]] = {}
        order: list[str] = []
        for target in ("address", *ADDRESS_PARTS):
            for column in by.get(target, []):
                group = column.group or "address"
                if group not in groups:
                    groups[group] = {}
                    order.append(group)
                groups[group][target] = groups[group].get(target, ()) + (column.index,)
        self.address_groups = [(groups[g], tuple(i for idx in groups[g].values() for i in idx)) for g in order]

    @staticmethod
    def _first(cells: list[str], indices: tuple[int, ...]) -> str:
        for i in indices:
            value = cells[i]
            if value:
                value = value.strip()
                if value:
                    return value
        return ""

    def build(self, row: int, cells: list[str]) -> Contact:
        c = Contact(row)
        first = self._first
        cells.append("")
        picked = self.pick(cells)
        if self.more:  # a target fed by several columns: the first non-empty one
            picked = list(picked)
            for i, extra in self.more.items():
                if not picked[i].strip():
                    picked[i] = first(cells, extra)
        full, given, middle, last, prefix, suffix, company, category, website, birthday = map(str.strip, picked)
        plain = f"{given} {last}"
        simple = given and last and not (prefix or middle or suffix) and " ".join(plain.split()) == plain
        if given or middle or last:
            if self.tidy:  # for two clean parts, what join_parts gives, without its calls
                c.name = tidy_case(plain) if simple else join_parts(prefix, given, middle, last, suffix)
            else:
                c.name = plain if simple else parts_as_given(prefix, given, middle, last, suffix)
                if self.compare:
                    c.tidied = join_parts(prefix, given, middle, last, suffix)
        elif full:
            if self.tidy or self.compare:
                keep_title = prefix.rstrip(".").lower() in ("dr", "prof", "rev")
                tidied = display_name(f"{prefix} {full}" if keep_title else full)
            if self.tidy:
                c.name = tidied
            else:
                c.name = as_given(f"{prefix} {full}" if prefix else full)
                if self.compare:
                    c.tidied = tidied
        if self.compare and c.tidied == c.name:
            c.tidied = ""
        if company:  # (empty cells, most of these in most files, need no cleaning)
            c.company = clean(company)
        if category:
            c.category = clean(category)
        if website:
            c.website = clean(website)
        notes = [cells[i].strip().replace("\r\n", "\n") for i in self.notes if cells[i]]
        if birthday:
            text = birthday_text(birthday)
            if text:
                notes.append(text)
        if notes:
            c.notes = "\n\n".join(n for n in notes if n)
        if self.tags:
            tags: list[str] = []
            for i in self.tags:
                if cells[i]:
                    tags.extend(t for t in tags_text(cells[i]) if t not in tags)
            c.tags = ", ".join(tags)
        for index, label, label_column in self.emails:
            cell = cells[index]
            if cell:
                primary = False
                if label_column is not None:
                    label, primary = clean_label(cells[label_column])
                split_emails(cell, c, label, primary)
        for index, label, label_column in self.phones:
            cell = cells[index]
            if cell:
                primary = False
                if label_column is not None:
                    label, primary = clean_label(cells[label_column])
                split_phones(cell, c, label, primary)
        for group, indices in self.address_groups:
            for i in indices:
                if cells[i]:
                    break
            else:
                continue
            formatted = first(cells, group.get("address", ()))
            if formatted:
                c.address = formatted.replace(" ::: ", "\n").replace("\r\n", "\n").strip()
                break
            street, city, region, postcode, country = (clean(first(cells, group.get(p, ()))) for p in ADDRESS_PARTS)
            if street or city or region or postcode or country:
                street_lines = [cells[i].strip() for i in group.get("street", ()) if cells[i].strip()]
                line2 = " ".join(p for p in (city, region, postcode) if p)
                address = "\n".join(x for x in ("\n".join(street_lines) or street, line2, country) if x)
                c.address = address.replace("\r\n", "\n")
                break
        return finish(c)
