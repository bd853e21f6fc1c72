"""vCard 3.0 and 4.0 (Apple, Google, Android) to contacts, through vobject.

Each card is parsed on its own, so one broken card is a row-level message and
the others still import.
"""

from __future__ import annotations

import logging
import re

from refdesk.services.importer.contacts import Contact, birthday_text, finish, split_emails, split_phones, tags_text
from refdesk.services.importer.names import clean, display_name, join_parts

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


def card_to_contact(number: int, text: str) -> Contact:
    import vobject

    logging.getLogger("vobject.base").setLevel(logging.CRITICAL)  # broken lines become our own row messages
    contact = Contact(number)
    try:
        card = vobject.readOne(text)
    except Exception:  # vobject raises many kinds; try again leaving out what it cannot read
        try:
            card = vobject.readOne(text, ignoreUnreadable=True)
            contact.problems.append("Some lines of this contact card could not be read and were left out.")
        except Exception as exc:  # one broken card is a message for that card
            reason = str(exc).splitlines()[0][:120] if str(exc) else "it is damaged"
            contact.skip = f"This contact card cannot be read ({reason})."
            return contact
    contents = card.contents
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
    name = ""
    if n is not None and hasattr(n.value, "given"):
        v = n.value
        name = join_parts(_text(v.prefix), _text(v.given), _text(v.additional), _text(v.family), _text(v.suffix))
    fn = _text(contents["fn"][0].value) if "fn" in contents else ""
    org = contents.get("org", [None])[0]
    company = ""
    if org is not None:
        parts = org.value if isinstance(org.value, list) else [org.value]
        company = _text([p for p in parts[:1]])
    kind = _text(contents["kind"][0].value).lower() if "kind" in contents else ""
    show_as = _text(contents["x-abshowas"][0].value).upper() if "x-abshowas" in contents else ""
    if kind == "org" or show_as == "COMPANY":
        name = "" if (not name or name == company) else name
        if fn and fn != company and not name:
            name = display_name(fn)
    elif not name and fn and fn != company:
        name = display_name(fn)
    contact.name = name
    contact.company = company
    if "title" in contents:
        contact.category = _text(contents["title"][0].value)
    elif "role" in contents:
        contact.category = _text(contents["role"][0].value)
    for prop in contents.get("email", []):
        label, primary = label_for(prop)
        split_emails(_text(prop.value), contact, label, primary)
    for prop in contents.get("tel", []):
        label, primary = label_for(prop)
        value = _text(prop.value)
        if value.lower().startswith("tel:"):
            value = value[4:]
        split_phones(value, contact, label, primary)
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
