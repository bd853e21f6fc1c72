"""The partner list: every partner with its figures for the last 12 months, filtered in memory.

The list is one aggregate query (``list_partners``): for every partner the referrals given
and received in the last 12 months (``rules.window``: the same months as on Today, Charts and
``refdesk stats``), the balance, the last contact (a meeting, a referral either way, being the
prospect of one, a standing check-in or a thank-you sent: every touch of the stay-in-touch
cadence) and the latest willingness score; and from the last contact, the partner's cadence and
the day they were added, their stay-in-touch state by the rules (``rules.cadence_weeks``,
``cadence_due``, ``cadence_state``: what ``due.cadence_state`` says too, without reading every
partner a second time).  Rows are plain tuples (see the
``COL_*`` positions) so 50,000 of them load and filter quickly; ``filter_rows`` filters them
in memory on a precomputed lower-case search key.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import contains, eq, itemgetter, ne
from typing import Any, cast

from peewee import SQL, Database, NodeList

from refdesk.db.database import db, is_postgres
from refdesk.db.models import Partner, Referral, Stage
from refdesk.services import rules

# Positions in a list row (a tuple).
COL_ID = 0
COL_NAME = 1
COL_COMPANY = 2
COL_CATEGORY = 3
COL_STAGE = 4  # the stored text, e.g. "credibility"
COL_GIVEN = 5
COL_RECEIVED = 6
COL_BALANCE = 7  # given - received
COL_LAST_CONTACT = 8  # ISO date text or None: the latest touch (meeting, referral, check-in, thank-you sent)
COL_WILLINGNESS = 9  # 0-10 or None
COL_SEARCH = 10  # lower-case name, company, category, tags and emails
COL_THANKED = 11  # of the referrals given (COL_GIVEN), how many the partner thanked me for
COL_PROSPECT_THANKED = 12  # … and how many the prospect thanked me for
COL_DUPLICATE_OF = 13  # the partner an import found this one may duplicate (same name or phone), or None
COL_CONTACT = 14  # the stay-in-touch state ("on_time", "due_soon", "overdue"), None when retired
COL_CONTACT_DUE = 15  # the day contact is due next (ISO date text), None when retired
COL_CADENCE = 16  # stay in touch every so many weeks (their own or their stage's), None when retired

PartnerRow = tuple


def _list_sql(database: Database, chosen: str = "") -> str:
    """The list query.  Parameters: those of *chosen*, then since (four times), until (four times).

    *chosen*, when given, is a SELECT of the ids of the partners to list (e.g. one partner, or the
    first screenful); the referral aggregate is then restricted to them too, so a few rows cost a
    few index look-ups instead of a pass over every referral.
    """
    param = database.param
    # the latest check-in's date and willingness in one look-up ("2026-09-30 7"): its date is a touch
    if is_postgres(database):
        emails = "string_agg(e.email, ' ')"
        latest_check = "to_char(s.date, 'YYYY-MM-DD') || ' ' || s.willingness"
    else:
        emails = "group_concat(e.email, ' ')"
        latest_check = "s.date || ' ' || s.willingness"
    since = until = param
    if chosen:
        head = f"WITH chosen AS ({chosen}),\nref AS ("
        only = "AND partner_id IN (SELECT id FROM chosen) "
        where = "WHERE p.id IN (SELECT id FROM chosen)\nORDER BY lower(p.name), p.id"
        source = "referral"
    else:
        head, only, where = "WITH ref AS (", "", ""
        # Every referral is summed: reading the table straight through beats visiting it in partner
        # order through an index that holds none of the summed columns (SQLite's own choice).  On
        # 10,000 partners and 100,000 referrals, list_partners takes 0.70 of the time and the Partners
        # page has all its rows in 0.78 (medians of rounds' ratios, tests/bench/ab.py with
        # bench_partners.py, 6 rounds); tests/services/test_partners.py pins the same rows.
        source = "referral" if is_postgres(database) else "referral NOT INDEXED"
    return f"""
{head}
    SELECT partner_id,
           SUM(CASE WHEN direction = 'given' AND date >= {since} THEN 1 ELSE 0 END) AS given,
           SUM(CASE WHEN direction = 'received' AND date >= {since} THEN 1 ELSE 0 END) AS received,
           SUM(CASE WHEN direction = 'given' AND date >= {since} AND partner_thanked_date IS NOT NULL
               THEN 1 ELSE 0 END) AS thanked,
           SUM(CASE WHEN direction = 'given' AND date >= {since} AND prospect_thanked_date IS NOT NULL
               THEN 1 ELSE 0 END) AS prospect_thanked,
           MAX(date) AS last_ref
    FROM {source} WHERE date <= {until} {only}GROUP BY partner_id
)
SELECT p.id, p.name, p.company, p.category, p.stage,
       COALESCE(ref.given, 0), COALESCE(ref.received, 0),
       ref.last_ref,
       (SELECT MAX(m.date) FROM meeting m WHERE m.partner_id = p.id AND m.date <= {until}),
       (SELECT MAX(x.date) FROM referral x WHERE x.prospect_partner_id = p.id AND x.date <= {until}),
       (SELECT {latest_check} FROM standing_check s WHERE s.partner_id = p.id
        ORDER BY s.date DESC, s.id DESC LIMIT 1),
       p.name || ' ' || p.company || ' ' || p.category || ' ' || p.tags || ' '
           || COALESCE((SELECT {emails} FROM partner_email e WHERE e.partner_id = p.id), ''),
       COALESCE(ref.thanked, 0), COALESCE(ref.prospect_thanked, 0),
       p.possible_duplicate_of_id, p.cadence_weeks, p.created_at,
       (SELECT MAX(t.sent_date) FROM thank_you t WHERE t.partner_id = p.id AND t.status = 'sent'
        AND t.sent_date <= {until})
FROM partner p LEFT JOIN ref ON ref.partner_id = p.id
{where}
"""


def _window(on: dt.date | None) -> tuple[str, ...]:
    since, until = (day.isoformat() for day in rules.window(on))
    return since, since, since, since, until, until, until, until


_STAGES = {stage.value: stage for stage in Stage}


def _rows(raw: Iterable[Sequence[Any]], on: dt.date | None = None) -> list[PartnerRow]:
    today = on or dt.date.today()
    # Many partners share a last touch and a cadence: each (day, stage, own weeks) is worked out by the
    # rules once (a few thousand times for 50,000 partners), then looked up.
    light: dict[tuple[Any, str, int | None], tuple[str | None, str | None, int | None]] = {}
    out: list[PartnerRow] = []
    append = out.append
    for (
        pid,
        name,
        company,
        category,
        stage,
        given,
        received,
        last_ref,
        last_meet,
        last_prospect,
        check,
        search,
        thanked,
        prospect_thanked,
        dup,
        own,
        created,
        last_sent,
    ) in raw:
        # the latest touch of any kind: a referral either way, a meeting, being the prospect of one,
        # a standing check-in, a thank-you sent
        if check is None:
            will = last = None
        else:
            last, _sep, will = check.partition(" ")
            will = int(will)
        for day in (last_ref, last_meet, last_prospect, last_sent):
            if day is not None:
                day = day if isinstance(day, str) else day.isoformat()
                if last is None or day > last:
                    last = day
        since = last if last is not None else created[:10] if isinstance(created, str) else created
        key = (since, stage, own)
        state = light.get(key)
        if state is None:
            state = light[key] = _light(since, _STAGES[stage], own, today)
        append(
            (
                pid,
                name,
                company,
                category,
                stage,
                given,
                received,
                given - received,
                last,
                will,
                search.lower(),
                thanked,
                prospect_thanked,
                dup,
                *state,
            )
        )
    return out


def _light(since: Any, stage: Stage, own: int | None, today: dt.date) -> tuple[str | None, str | None, int | None]:
    """(state, due day, weeks) of a partner last touched on *since* (ISO text, or ``created_at`` as
    the driver gives it when never touched): due the cadence's weeks after it; all None when retired."""
    weeks = rules.cadence_weeks(stage, own)
    if weeks is None:
        return None, None, None
    if isinstance(since, dt.datetime):
        day = since.date()
    else:
        day = dt.date.fromisoformat(str(since)[:10])
    due = rules.cadence_due(day, weeks)
    return rules.cadence_state(due, today), due.isoformat(), weeks


def list_partners(
    *,
    on: dt.date | None = None,
    text: str = "",
    stage: Stage | None = None,
    category: str = "",
    show_retired: bool = True,
) -> list[PartnerRow]:
    """Every partner as a row tuple (``COL_*``), in id order, with its 12-month figures as of *on*.

    The optional filters are those of ``filter_rows``; by default every partner, retired too.
    """
    cursor = db.execute_sql(_list_sql(db.obj), _window(on))
    rows = _rows(cursor.fetchall(), on)
    if text or stage is not None or category or not show_retired:
        rows = filter_rows(rows, text, stage=stage, category=category, show_retired=show_retired)
    return rows


def first_partners(limit: int, *, on: dt.date | None = None, show_retired: bool = False) -> list[PartnerRow]:
    """The first *limit* rows of the list in name order (case-insensitive, then id), with all their figures.

    Enough to paint the Partners page at once on a big database while ``list_partners`` loads the
    rest in the background.  ``lower(name)`` (an index, migration 0004) orders ASCII names exactly
    as the page's ``str.casefold`` does.  Retired partners are left out unless *show_retired*.
    """
    param = db.obj.param
    params: list[Any] = []
    where = ""
    if not show_retired:
        where = f"WHERE stage <> {param} "
        params.append(Stage.RETIRED.value)
    chosen = f"SELECT id FROM partner {where}ORDER BY lower(name), id LIMIT {param}"
    params.append(limit)
    return _rows(db.execute_sql(_list_sql(db.obj, chosen), (*params, *_window(on))).fetchall(), on)


def partner_row(partner_id: int, *, on: dt.date | None = None) -> PartnerRow | None:
    """One partner's list row (same figures as ``list_partners``), or None if it does not exist."""
    chosen = f"SELECT id FROM partner WHERE id = {db.obj.param}"
    rows = _rows(db.execute_sql(_list_sql(db.obj, chosen), (partner_id, *_window(on))).fetchall(), on)
    return rows[0] if rows else None


def search_words(text: str) -> list[str]:
    return text.lower().split()


def filter_rows(
    rows: Sequence[PartnerRow],
    text: str = "",
    *,
    stage: Stage | None = None,
    category: str = "",
    show_retired: bool = False,
    duplicates: bool = False,
) -> list[PartnerRow]:
    """The rows matching every word of *text* (in name, company, category, tags or email), a stage and a category.

    Retired partners are left out unless *show_retired* (or *stage* is Retired); *duplicates*: see ``base_rows``.
    """
    found = base_rows(rows, stage=stage, category=category, show_retired=show_retired, duplicates=duplicates)
    return match_words(found, search_words(text))


def base_rows(
    rows: Sequence[PartnerRow],
    *,
    stage: Stage | None = None,
    category: str = "",
    show_retired: bool = False,
    duplicates: bool = False,
) -> list[PartnerRow]:
    """The rows at *stage* and in *category*; without retired ones unless asked (or *stage* is Retired);
    with *duplicates*, only the partners flagged as possible duplicates and those they may duplicate."""
    # map/compress keep the loops in C, so 50,000 rows take a few milliseconds.
    result: Iterable[PartnerRow] = rows
    if duplicates:
        rows = duplicate_rows(rows)
        result = rows
    if stage is not None:
        result = compress(rows, map(eq, map(_stage_of, rows), repeat(stage.value)))
    elif not show_retired:
        result = compress(rows, map(ne, map(_stage_of, rows), repeat(Stage.RETIRED.value)))
    if category:
        result = list(result)
        result = compress(result, map(eq, map(_category_of, result), repeat(category)))
    return list(result)


def duplicate_rows(rows: Sequence[PartnerRow]) -> list[PartnerRow]:
    """The partners flagged as possible duplicates, and the partners they may duplicate."""
    flagged = {row[COL_DUPLICATE_OF] for row in rows if row[COL_DUPLICATE_OF] is not None}
    return [row for row in rows if row[COL_DUPLICATE_OF] is not None or row[COL_ID] in flagged]


def count_flagged(rows: Sequence[PartnerRow]) -> int:
    """How many partners are flagged as possible duplicates."""
    return sum(1 for row in rows if row[COL_DUPLICATE_OF] is not None)


def match_words(rows: Sequence[PartnerRow], words: Sequence[str]) -> list[PartnerRow]:
    """The rows whose search key contains every one of *words* (already lower-case)."""
    result = list(rows)
    for word in words:
        result = list(compress(result, map(contains, map(_search_of, result), repeat(word))))
    return result


_stage_of = itemgetter(COL_STAGE)
_category_of = itemgetter(COL_CATEGORY)
_search_of = itemgetter(COL_SEARCH)


def categories() -> list[str]:
    """The categories (professions) in use, sorted."""
    query = Partner.select(Partner.category).where(Partner.category != "").distinct().tuples()
    return sorted((c for (c,) in cast("Iterable[tuple[str]]", query)), key=str.casefold)


def count_partners() -> int:
    return Partner.select().count()


def partner_choices(*, active_only: bool = False, with_referrals: bool = False) -> list[tuple[int, str]]:
    """``(id, "Name · Company")`` of every partner, by name (case-insensitively, then by id): the
    one list every partner picker offers.

    *active_only* leaves retired partners out (a thank-you is not owed to them); *with_referrals*
    keeps only partners with at least one referral (the Charts page's filter).  Two partners with
    the same name are told apart by their companies; when name and company are both the same, the
    second reads "Name · Company (2)", the third "(3)", in the order of their ids.
    """
    query = Partner.select(Partner.id, Partner.name, Partner.company)
    if active_only:
        query = query.where(Partner.stage != Stage.RETIRED)
    if with_referrals:
        # "Its first referral IS NOT NULL" rather than EXISTS: PostgreSQL turns EXISTS into a hashed
        # de-duplication of every referral's partner (100,000 rows for 10,000 partners), while this
        # form looks up one index entry per partner (22 ms against 29 at best); SQLite runs both alike.
        first = Referral.select(SQL("1")).where(Referral.partner == Partner.id).limit(1)
        query = query.where(NodeList((first, SQL("IS NOT NULL"))))
    rows = list(db.execute(query))
    # Sorted here, not by the database: the same order on every database, whatever its collation.
    rows.sort(key=itemgetter(0))
    rows.sort(key=lambda row: row[1].casefold())
    choices = [(pid, f"{name} · {company}" if company else name) for pid, name, company in rows]
    # Texts seen twice get a number; a set lookup per partner, so ten thousand cost about a millisecond.
    seen: set[str] = set()
    for i, (pid, text) in enumerate(choices):
        if text in seen:
            n = 2
            while f"{text} ({n})" in seen:
                n += 1
            text = f"{text} ({n})"
            choices[i] = (pid, text)
        seen.add(text)
    return choices
