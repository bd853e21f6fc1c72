"""Which program wrote a file, and what each of its columns means.

Columns are mapped by their header name, never by position.  One table of
header names covers Google Contacts (current and the older Gmail CSV),
Outlook (Outlook.com, classic Outlook for Windows, Google's "Outlook CSV"),
LinkedIn Connections.csv, HubSpot and hand-made spreadsheets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from refdesk.i18n import N_, _

# Where a column's values go.  The order is the order of the choices in the wizard.
TARGETS: dict[str, str] = {
    "ignore": N_("Don't import"),
    "full_name": N_("Full name"),
    "first_name": N_("First name"),
    "middle_name": N_("Middle name"),
    "last_name": N_("Last name"),
    "prefix": N_("Title (Dr., Prof.…)"),
    "suffix": N_("Suffix (Jr., PhD…)"),
    "company": N_("Business / company"),
    "category": N_("Job title / profession"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "website": N_("Website"),
    "address": N_("Address"),
    "street": N_("Address: street"),
    "city": N_("Address: city"),
    "region": N_("Address: state / region"),
    "postcode": N_("Address: postal code"),
    "country": N_("Address: country"),
    "notes": N_("Notes"),
    "tags": N_("Tags / groups"),
    "birthday": N_("Birthday (to notes)"),
    "label": N_("Label for another column"),
}
USABLE = {"full_name", "first_name", "middle_name", "last_name", "company", "email"}
ADDRESS_PARTS = ("street", "city", "region", "postcode", "country")

FORMAT_LABELS = {
    "google": N_("Google Contacts"),
    "google-legacy": N_("Google Contacts (older Gmail CSV)"),
    "outlook": N_("Outlook CSV (Outlook.com, Outlook on the web, Google's Outlook CSV)"),
    "outlook-classic": N_("Outlook for Windows CSV"),
    "linkedin": N_("LinkedIn connections"),
    "hubspot": N_("HubSpot contacts export"),
    "spreadsheet": N_("Spreadsheet (CSV)"),
    "vcard": N_("vCard"),
}


def norm_header(text: str) -> str:
    text = text.replace("\ufeff", "").strip().strip('"').strip().lower()
    text = text.replace("e-mail", "email").replace("_", " ")
    return re.sub(r"\s+", " ", text)


_EXACT: dict[str, str] = {}


def _add(target: str, *names: str) -> None:
    for name in names:
        _EXACT[norm_header(name)] = target


_add(
    "full_name",
    "name",
    "full name",
    "fullname",
    "contact name",
    "contact",
    "display name",
    "person",
    "who",
    "contact full name",
    "your name",
    "client name",
    "partner",
    "partner name",
    "referral partner",
)
_add("full_name", "nom", "nombre", "nome", "naam")
_add(
    "first_name",
    "vorname",
    "prénom",
    "prenom",
    "first name",
    "given name",
    "firstname",
    "first",
    "forename",
    "first names",
    "given",
)
_add("middle_name", "middle name", "additional name", "middle", "middle names", "middle initial")
_add(
    "last_name",
    "nachname",
    "nom de famille",
    "apellido",
    "last name",
    "family name",
    "surname",
    "lastname",
    "last",
    "family",
)
_add("prefix", "name prefix", "prefix", "salutation", "honorific")
_add("suffix", "name suffix", "suffix")
_add(
    "company",
    "firma",
    "société",
    "societe",
    "entreprise",
    "empresa",
    "bedrijf",
    "company",
    "company name",
    "organization",
    "organisation",
    "organization name",
    "organisation name",
    "organization 1 - name",
    "business",
    "business name",
    "firm",
    "employer",
    "account name",
    "associated company",
    "practice",
    "agency",
    "brokerage",
    "org",
)
_add(
    "category",
    "job title",
    "position",
    "organization title",
    "organization 1 - title",
    "occupation",
    "profession",
    "role",
    "category",
    "trade",
    "industry",
    "specialty",
    "speciality",
    "type of business",
    "job",
    "what they do",
)
_add(
    "email",
    "email",
    "email address",
    "emails",
    "email addresses",
    "mail",
    "email 2 address",
    "email 3 address",
    "primary email",
    "work email",
    "personal email",
    "home email",
    "other email",
    "additional email addresses",
    "email 1",
    "email 2",
    "email 3",
    "e mail",
)
_add(
    "website",
    "website",
    "web site",
    "web page",
    "personal web page",
    "url",
    "web",
    "homepage",
    "home page",
    "website url",
    "linkedin",
    "linkedin url",
    "profile url",
    "site",
)
_add(
    "address",
    "address",
    "full address",
    "mailing address",
    "postal address",
    "business address",
    "home address",
    "work address",
    "address 1 - formatted",
    "address 2 - formatted",
    "address 3 - formatted",
)
_add(
    "street",
    "street",
    "street address",
    "business street",
    "home street",
    "other street",
    "address line 1",
    "business street 2",
    "business street 3",
    "home street 2",
    "home street 3",
    "address line 2",
)
_add("city", "city", "town", "business city", "home city", "other city")
_add(
    "region",
    "state",
    "region",
    "province",
    "county",
    "state/region",
    "business state",
    "home state",
    "other state",
    "state/province",
)
_add(
    "postcode",
    "postal code",
    "postcode",
    "zip",
    "zip code",
    "business postal code",
    "home postal code",
    "other postal code",
    "post code",
)
_add("country", "country", "country/region", "business country/region", "home country/region", "other country/region")
_add("notes", "notes", "note", "comments", "comment", "description", "remarks", "memo")
_add("tags", "labels", "group membership", "categories", "tags", "groups", "group", "lists")
_add("birthday", "birthday", "date of birth", "birth date", "dob", "birthdate")

# Columns that look like phones but are not the partner's own number.
_NOT_PHONES = {
    "assistant's phone",
    "callback",
    "radio phone",
    "telex",
    "tty/tdd phone",
    "pager",
    "car phone",
    "isdn",
    "phone 1 - label",
    "phone 1 - type",
}
_PHONE_WORDS = re.compile(
    r"\b(phone|mobile|cell|cellphone|tel|telephone|fax|landline|telefon|téléphone|telefono|"
    r"teléfono|handy|mobil|portable|gsm)\b"
)
_NUMBERED = re.compile(
    r"^(email|phone|address|website|organization|relation|im|event|custom field|external id)"
    r" (\d+) - (value|label|type|formatted|street|city|region|postal code|country|po box|"
    r"extended address|name|title|department)$"
)
_LABEL_WORDS = {
    "business": "Work",
    "work": "Work",
    "office": "Work",
    "home": "Home",
    "personal": "Home",
    "mobile": "Mobile",
    "cell": "Mobile",
    "other": "Other",
    "fax": "Fax",
    "main": "Main",
    "company main": "Main",
    "primary": "Primary",
    "assistant": "Assistant",
}


@dataclass
class Column:
    """One column of the file and where its values go."""

    index: int
    header: str
    target: str = "ignore"
    label: str = ""  # fixed label for emails/phones/addresses ("Work", "Mobile")
    label_column: int | None = None  # a column holding the label (Google "E-mail 1 - Label")
    group: str = ""  # address parts of one address share a group ("Business", "Address 1")

    @property
    def target_label(self) -> str:
        return _(TARGETS.get(self.target, self.target))


@dataclass
class Mapping:
    columns: list[Column] = field(default_factory=list)

    def usable(self) -> bool:
        return any(c.target in USABLE for c in self.columns)

    def targets(self) -> dict[int, str]:
        return {c.index: c.target for c in self.columns}

    def set_target(self, index: int, target: str) -> None:
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}")
        self.columns[index].target = target

    def to_dict(self) -> dict[str, str]:
        return {c.header: c.target for c in self.columns}


def _label_from(header: str) -> str:
    for word, label in _LABEL_WORDS.items():
        if re.search(rf"\b{word}\b", header):
            return label
    return ""


def classify(header: str, fmt: str = "") -> tuple[str, str, str]:
    """(target, fixed label, address group) for one header cell."""
    h = norm_header(header)
    if not h:
        return "ignore", "", ""
    m = _NUMBERED.match(h)
    if m:
        kind, number, part = m.groups()
        group = f"{kind} {number}"
        if part in ("label", "type"):
            return ("label", "", group) if kind in ("email", "phone", "address", "website") else ("ignore", "", "")
        if kind == "email" and part == "value":
            return "email", "", group
        if kind == "phone" and part == "value":
            return "phone", "", group
        if kind == "website" and part == "value":
            return "website", "", group
        if kind == "organization" and part == "name":
            return "company", "", group
        if kind == "organization" and part == "title":
            return "category", "", group
        if kind == "address":
            parts = {
                "formatted": "address",
                "street": "street",
                "city": "city",
                "region": "region",
                "postal code": "postcode",
                "country": "country",
            }
            return parts.get(part, "ignore"), "", group
        return "ignore", "", ""
    if fmt in ("outlook", "outlook-classic") and h == "title":
        return "prefix", "", ""
    if h in _EXACT:
        target = _EXACT[h]
        label = _label_from(h) if target in ("email", "address") else ""
        group = ""
        if target in ADDRESS_PARTS or target == "address":
            group = h.split(" ")[0] if h.split(" ")[0] in ("business", "home", "other") else "address"
            label = _label_from(h)
        return target, label, group
    if h == "title":
        return "category", "", ""
    if h in _NOT_PHONES or "assistant" in h:
        return "ignore", "", ""
    if _PHONE_WORDS.search(h) and "type" not in h and "label" not in h:
        label = _label_from(h)
        if "fax" in h:
            label = "Fax" if label in ("", "Fax") else f"{label} fax"
        return "phone", label, ""
    if re.fullmatch(r"email \d+( address)?", h) or (h.startswith("email") and "address" in h):
        return "email", "", ""
    return "ignore", "", ""


def is_known(header: str) -> bool:
    return classify(header)[0] != "ignore"


def detect_format(header: list[str]) -> str:
    names = {norm_header(h) for h in header}
    if "given name" in names and "family name" in names and ("group membership" in names or "email 1 - type" in names):
        return "google-legacy"
    if (
        "email 1 - value" in names
        or ("organization name" in names and "labels" in names)
        or ("first name" in names and "phone 1 - value" in names)
    ):
        return "google"
    if {"first name", "last name", "connected on"} <= names or {"first name", "last name", "url", "position"} <= names:
        return "linkedin"
    if "record id" in names or "contact owner" in names or "lifecycle stage" in names:
        return "hubspot"
    if "email address" in names and (
        "email type" in names or "business street 2" in names or "email display name" in names
    ):
        return "outlook-classic"
    if "email address" in names and (
        "business phone" in names or "mobile phone" in names or "email 2 address" in names
    ):
        return "outlook"
    return "spreadsheet"


def auto_mapping(header: list[str], fmt: str | None = None) -> Mapping:
    """The mapping RefDesk proposes for *header* (the wizard lets the user change it)."""
    fmt = fmt or detect_format(header)
    columns = []
    for index, cell in enumerate(header):
        target, label, group = classify(cell, fmt)
        columns.append(Column(index, cell, target, label, None, group))
    # Pair "X n - Label" columns with their "X n - Value" column.
    label_of: dict[str, int] = {c.group: c.index for c in columns if c.target == "label" and c.group}
    for column in columns:
        if (
            column.target != "label"
            and column.group in label_of
            and column.target in ("email", "phone", "website", "address", *ADDRESS_PARTS)
        ):
            column.label_column = label_of[column.group]
    # HubSpot: prefer "Company Name" over "Associated Company".
    if fmt == "hubspot":
        companies = [c for c in columns if c.target == "company"]
        if len(companies) > 1:
            for column in companies[1:]:
                column.target = "ignore"
    return Mapping(columns)
