"""Big invented Google Contacts exports for the kill test and the benchmark."""

from __future__ import annotations

import csv
import random
from pathlib import Path

FIRST = [
    "Amara",
    "Ben",
    "Chloé",
    "Dana",
    "Eli",
    "Fatima",
    "Gus",
    "Hannah",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
]
LAST = [
    "Okafor",
    "Goldberg",
    "Ferreira",
    "Lindqvist",
    "Raman",
    "O'Neill",
    "Dubois",
    "Muñoz",
    "Whitfield",
    "Petrov",
    "Holloway",
    "Haddad",
    "Vogel",
    "Jansen",
    "Lima",
    "Carter",
    "Bérard",
    "Tanaka",
    "Nguyen",
    "Kowalski",
]
TRADES = ["Movers", "Dental", "Mortgage", "CPA", "Realty", "Insurance", "Law", "Plumbing", "Design", "Staging"]
HEADER = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Website 1 - Label",
    "Website 1 - Value",
]


SYLLABLES = [
    "ka",
    "ri",
    "na",
    "lo",
    "mi",
    "ta",
    "sen",
    "do",
    "ra",
    "vi",
    "el",
    "an",
    "jo",
    "mar",
    "su",
    "ben",
    "li",
    "ko",
    "fa",
    "ne",
    "ol",
    "wi",
    "ha",
    "zu",
    "per",
    "dan",
    "gri",
    "ste",
    "bo",
    "ya",
]


def _word(rnd: random.Random, low: int, high: int) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(low, high))).capitalize()


def rows(n: int, seed: int = 7):
    """Distinct invented people (as in a real export), with the odd accent and apostrophe."""
    rnd = random.Random(seed)
    for i in range(n):
        first = rnd.choice(FIRST) if i % 10 == 0 else _word(rnd, 2, 3)
        last = rnd.choice(LAST) if i % 10 == 5 else _word(rnd, 2, 4)
        trade = rnd.choice(TRADES)
        company = f"{last} {trade}"
        email = f"{first.lower()}.{last.lower()}.{i}@example.com".replace("'", "")
        second = f"{first.lower()}{i}@mail.example" if i % 3 == 0 else ""
        yield [
            first,
            "",
            last,
            "",
            "",
            company,
            "Owner",
            "--05-14" if i % 7 == 0 else "",
            "Met at BNI" if i % 5 == 0 else "",
            "* myContacts",
            "* Work",
            email + (f" ::: {second}" if second else ""),
            "",
            "",
            "Mobile",
            f"+1 555 {i // 10000:03d} {i % 10000:04d}",
            "",
            "",
            "",
            "",
        ]


def write_google_csv(path: Path, n: int, seed: int = 7) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows(n, seed))
    return path
