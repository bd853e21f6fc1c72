"""Which partner a row is: the import's de-duplication rules, on plain in-memory data.

Rules (issue 7):
- a row is the same partner as an existing one, or an earlier row, when they share any normalised email
  address; it is then merged (``merge_changes``: empty fields filled, new emails and phones added, nothing
  overwritten unless the caller says so);
- rows without a shared email are never merged automatically; those that look like a partner by phone
  number, by name, or by a similar name are created and flagged "possible duplicate";
- a row without email recognised as a partner RefDesk has (same name and business, and no phone number
  that says otherwise) is merged into it like a row with a shared email: what it adds (a website or
  profile URL, a second phone) goes in, and importing a file twice adds nothing;
- on a merge the best spelling wins: a stored value with "?" or "\ufffd" where the file has a letter
  (Outlook writes characters outside Windows-1252 as "?") gives way to the file's.

``PartnerIndex`` knows every partner by its email addresses, phone keys and name key: RefDesk's own,
read once before the rows (``writer.known_partners``), and the ones the import adds as it goes.  No
database here: the index is filled with plain values and tested that way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne as extract_one

from refdesk.i18n import N_
from refdesk.services.importer.contacts import Contact
from refdesk.services.importer.names import name_key

FUZZY_CUTOFF = 88  # rapidfuzz ratio (0–100) from which two name keys are "similar"
MERGE_FIELDS = ("company", "category", "website", "address", "notes", "tags")

# What a row is, for the index
MERGE = "merge"  # the same partner as one RefDesk has (or the file had earlier): merge into it
ALREADY_THERE = "already there"  # in RefDesk word for word: nothing to add
NEW = "new"  # a new partner, perhaps a possible duplicate of one


def phone_key(phone: str) -> str:
    """Digits only, the last ten: "+1 (555) 010-2233" and "555.010.2233" match.

    (str.isdecimal is what the regular expression ``\\d`` matches: any decimal digit, in any script.)
    """
    digits = "".join(filter(str.isdecimal, phone))
    return digits[-10:] if len(digits) >= 7 else ""


def company_key(company: str) -> str:
    return " ".join(company.lower().split())


def blocks(key: str) -> list[str]:
    """The buckets a name key is compared within: each word with the initials of the others ("okafor a").

    Words hold no spaces, so "word initials" names a bucket unambiguously.
    """
    words = key.split(" ")
    if len(words) == 2:  # most names: "first last"
        first, last = words
        return [f"{first} {last[0]}", f"{last} {first[0]}"]
    initials = "".join(w[0] for w in words)
    return [f"{w} {initials[:i]}{initials[i + 1 :]}" for i, w in enumerate(words)]


@dataclass
class Verdict:
    """What a row is (``action``), and what was worked out about it on the way."""

    action: str  # MERGE, ALREADY_THERE or NEW
    partner: int | None = None  # MERGE: the partner to merge into; NEW: the one it may duplicate (or None)
    why: str = ""  # (in English: ``_()`` translates it where shown) "same email address", "you chose to merge", "same phone number", "same name", "similar name"
    also: list[int] = field(default_factory=list)  # MERGE by email: other partners the row's addresses belong to
    name_key: str = ""
    phone_keys: tuple[str, ...] = ()  # one per phone number ("" for a number too short to match)
    buckets: list[str] | None = None  # the name key's buckets, when it is a key no partner has yet


class PartnerIndex:
    """Every partner known to an import, by email address, phone key and name key."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}  # partner → its name, for the messages
        self.emails: dict[str, int] = {}  # normalised address → its partner
        self.phones: dict[str, int] = {}  # phone key → the first partner with it
        self.phone_keys: dict[int, tuple[str, ...]] = {}  # partner → its phone keys
        self.name_keys: dict[str, int] = {}  # name key → the first partner with it
        self.buckets: dict[str, list[str]] = {}  # bucket (see blocks) → the distinct name keys in it
        self.existing_by_key: dict[str, list[int]] = {}  # name key → every partner RefDesk had with it
        self.companies: dict[int, str] = {}  # partner RefDesk had → its company key

    # --- filling it ----------------------------------------------------------------------------------------

    def add_existing(
        self,
        partners: Iterable[tuple[int, str, str]],
        emails: Iterable[tuple[str, int]] = (),
        phones: Iterable[tuple[int, str]] = (),
    ) -> None:
        """What RefDesk holds: (id, name, company), (email, partner id) and (partner id, phone) rows."""
        for pid, name, company in partners:
            self.names[pid] = name
            self.companies[pid] = company_key(company)
            key = name_key(name)
            if key:
                self.existing_by_key.setdefault(key, []).append(pid)
                self._add_name_key(pid, key)
        for email, pid in emails:
            self.emails[email] = pid
        for pid, phone in phones:
            key = phone_key(phone)
            if key:
                self.phones.setdefault(key, pid)
                self.phone_keys[pid] = (*self.phone_keys.get(pid, ()), key)

    def add_new(self, pid: int, contact: Contact, verdict: Verdict) -> None:
        """Partner *pid* was created from *contact* (judged NEW by ``decide``): later rows can match it."""
        self.names[pid] = contact.name
        for email, _label in contact.emails:
            self.emails[email] = pid
        self.phone_keys[pid] = verdict.phone_keys
        for key in verdict.phone_keys:
            if key:
                self.phones.setdefault(key, pid)
        if verdict.name_key:
            self._add_name_key(pid, verdict.name_key, verdict.buckets)

    def add_to(self, pid: int, contact: Contact) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Merging *contact* into *pid*: its (email, label) and (phone, label) pairs that *pid* has not got
        yet, now indexed as *pid*'s."""
        emails = []
        for email, label in contact.emails:
            if email not in self.emails:
                self.emails[email] = pid
                emails.append((email, label))
        keys = self.phone_keys.get(pid, ())
        phones: list[tuple[str, str]] = []
        for phone, label in contact.phones:
            key = phone_key(phone)
            if (key and key in keys) or any(phone == p for p, _label in phones):
                continue
            if key:
                keys = (*keys, key)
                self.phones.setdefault(key, pid)
            phones.append((phone, label))
        self.phone_keys[pid] = keys
        return emails, phones

    def _add_name_key(self, pid: int, key: str, buckets: list[str] | None = None) -> None:
        if key in self.name_keys:
            return  # the key is in its buckets already, and a match on it names its first partner
        self.name_keys[key] = pid
        for bucket in blocks(key) if buckets is None else buckets:
            entry = self.buckets.get(bucket)
            if entry is None:
                self.buckets[bucket] = [key]
            else:
                entry.append(key)

    # --- deciding ------------------------------------------------------------------------------------------

    def decide(self, contact: Contact, decision: str | int | None = None) -> Verdict:
        """What *contact* is.  *decision* is the user's for this row: "separate" (never a possible
        duplicate) or a partner id to merge into; None when there is none."""
        emails = contact.emails
        if len(emails) == 1:  # most rows: one address, one look-up
            owner = self.emails.get(emails[0][0])
            if owner is not None:
                return Verdict(MERGE, owner, N_("same email address"))
        elif emails:
            owners: list[int] = []
            for email, _label in emails:
                pid = self.emails.get(email)
                if pid is not None and pid not in owners:
                    owners.append(pid)
            if owners:
                return Verdict(MERGE, owners[0], N_("same email address"), owners[1:])
        if decision is not None and isinstance(decision, int) and decision in self.names:
            return Verdict(MERGE, decision, N_("you chose to merge"))
        key = name_key(contact.name)
        pkeys = tuple([phone_key(phone) for phone, _label in contact.phones])
        if not contact.emails and key:
            for pid in self.existing_by_key.get(key, ()):
                if self._already_there(pid, contact, pkeys):
                    return Verdict(ALREADY_THERE, pid, N_("same name and business"), name_key=key, phone_keys=pkeys)
        verdict = Verdict(NEW, name_key=key, phone_keys=pkeys)
        if decision == "separate":
            return verdict
        for pkey in pkeys:
            if pkey and pkey in self.phones:
                verdict.partner, verdict.why = self.phones[pkey], N_("same phone number")
                return verdict
        if not key:
            return verdict
        same = self.name_keys.get(key)
        if same is not None:
            verdict.partner, verdict.why = same, N_("same name")
            return verdict
        verdict.buckets = blocks(key)
        for bucket in verdict.buckets:
            entry = self.buckets.get(bucket)
            if entry:
                found = extract_one(key, entry, scorer=ratio, score_cutoff=FUZZY_CUTOFF)
                if found is not None:
                    verdict.partner, verdict.why = self.name_keys[found[0]], N_("similar name")
                    return verdict
        return verdict

    def _already_there(self, pid: int, contact: Contact, pkeys: tuple[str, ...]) -> bool:
        """Same name (the caller's test) and business, and no phone number saying otherwise: with a
        business, any phones (a second number is news to add); without one, every number known."""
        company = company_key(contact.company)
        if self.companies.get(pid, "") != company:
            return False
        if company:
            return True
        phones = self.phone_keys.get(pid, ())
        return all(key in phones or not key for key in pkeys)


LOST = "?\ufffd"  # what a lossy export writes for a letter it cannot encode


def lossy(old: str, new: str) -> bool:
    """Whether *old* is *new* with letters lost: the same text, except that where *new* has a letter *old*
    has "?" or U+FFFD ("?ukasz Wi?niewski" against "Łukasz Wiśniewski" or "Lukasz Wisniewski")."""
    if len(old) != len(new) or not any(c in old for c in LOST) or any(c in new for c in LOST):
        return False
    for a, b in zip(old, new, strict=True):
        if a != b and not (a in LOST and b.isalpha()):
            return False
    return True


def merge_changes(current: dict[str, str], new: dict[str, str], overwrite: bool) -> tuple[dict, list[str]]:
    """What merging a row's fields *new* into a partner's *current* ones changes: ({field: [old, new]}, the
    fields kept because they differ and *overwrite* is off).  Empty fields are filled, tags added to; a
    name or field whose stored spelling lost letters ("?ukasz") takes the file's clean one."""
    changes: dict[str, list[str]] = {}
    kept: list[str] = []
    old_name, new_name = current.get("name", ""), new.get("name", "")
    if old_name and new_name and old_name != new_name and lossy(old_name, new_name):
        changes["name"] = [old_name, new_name]
    for name in MERGE_FIELDS:
        value = new[name]
        if not value:
            continue
        old = current.get(name, "")
        if not old:
            changes[name] = [old, value]
        elif old != value:
            if lossy(old, value):
                changes[name] = [old, value]
            elif name == "tags":
                merged = [t.strip() for t in old.split(",") if t.strip()]
                extra = [t for t in value.split(", ") if t not in merged]
                if extra:
                    changes[name] = [old, ", ".join(merged + extra)]
            elif overwrite:
                changes[name] = [old, value]
            else:
                kept.append(name)
    return changes, kept
