"""Realistic demo data: plausible partners across professions and two years of referrals.

The owner in the demo runs a small moving company.  The same seed (and the
same ``today``) always gives the same data.  Rows are written with
``insert_many`` in batches inside one transaction, so 10,000 partners and
100,000 referrals take a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from refdesk.db.bulk import insert_rows, writing_with_own_ids
from refdesk.db.database import refresh_statistics
from refdesk.db.models import (
    Comfort,
    Direction,
    FirstContact,
    Meeting,
    MeetingKind,
    Outcome,
    Partner,
    PartnerEmail,
    PartnerPhone,
    Referral,
    ReferralStatus,
    ReferralType,
    Stage,
    StandingCheck,
    ThankMethod,
    ThankReason,
    ThankStatus,
    ThankYou,
)

FIRST = (
    "Amara Ben Carla Dev Elena Farid Grace Hannah Ivan Jasmine Kofi Leah Marco Nadia Omar Priya Quinn "
    "Rosa Sam Tara Umar Vera Wes Xin Yara Zoe Aaron Bianca Chen Dmitri Esther Felix Gwen Hector Isla "
    "Jonas Keiko Luis Maya Noah Olivia Pablo Rachel Sofia Theo Uma Victor Wendy Yusuf Zara Maria James "
    "Linda Robert Patricia Michael Jennifer David Susan Daniel Karen Thomas Nancy Lisa Mark Sandra"
).split()
LAST = (
    "Okafor Goldberg Smith Nguyen Patel Garcia Müller Rossi Kowalski O'Brien Johansson Tanaka Haddad "
    "Dubois Silva Kim Novak Moreau Fischer Brennan Costa Ivanova Mensah Larsen Schmidt Walsh Reyes "
    "Ahmed Bianchi Sato Lindqvist Horvat Clarke Murphy Hughes Foster Bennett Price Ward Russell Turner "
    "Parker Evans Collins Stewart Morris Rogers Cook Bell Bailey Cooper Richardson Cox Howard Torres"
).split()
STREETS = "Maple Oak Elm Cedar Birch Harbour Mill Church Station Market Bridge Park Hill Lake River".split()
CITIES = ["Springfield", "Riverton", "Fairview", "Lakeside", "Greenville", "Oakridge", "Milford", "Bristol"]

# profession → (company suffixes, what their clients need, ideal referral, what to tell people)
PROFESSIONS: dict[str, tuple[list[str], list[str], str, str]] = {
    "Realtor": (
        ["Realty", "Homes", "Property Group"],
        ["selling a house", "buying a first home", "downsizing"],
        "Couples about to list their home, or anyone relocating for work.",
        "Knows every street in town and answers the phone on Sundays.",
    ),
    "Mortgage broker": (
        ["Mortgages", "Home Finance", "Lending"],
        ["remortgage", "first-time buyer loan", "buy-to-let loan"],
        "Buyers who have just had an offer accepted.",
        "Gets a decision in principle within a day.",
    ),
    "Accountant": (
        ["& Co. Accountants", "Tax Services", "Bookkeeping"],
        ["year-end accounts", "tax return", "payroll set-up"],
        "Owner-run companies with 5–50 staff outgrowing their bookkeeper.",
        "Plain-spoken; small businesses love her fixed fees.",
    ),
    "Financial planner": (
        ["Wealth Partners", "Financial Planning", "Advisers"],
        ["retirement plan", "pension review", "college savings"],
        "Business owners planning to sell within five years.",
        "Fee-only, never sells products.",
    ),
    "Attorney": (
        ["Law", "Legal", "& Partners LLP"],
        ["lease review", "will and estate", "business contracts"],
        "Families buying property or writing their first will.",
        "Explains contracts without jargon.",
    ),
    "Insurance agent": (
        ["Insurance", "Cover", "Risk Services"],
        ["home insurance", "business liability cover", "fleet insurance"],
        "Small firms renewing business insurance this quarter.",
        "Shops twenty insurers and handles claims personally.",
    ),
    "Copier salesperson": (
        ["Office Systems", "Document Solutions", "Copiers"],
        ["new office copier", "print management", "scanner lease"],
        "Offices moving premises or opening a branch.",
        "Sets up the machines the day you move in.",
    ),
    "Office furniture dealer": (
        ["Workspace", "Office Interiors", "Furniture"],
        ["office fit-out", "standing desks", "meeting room furniture"],
        "Companies expanding or moving office.",
        "Plans the layout for free.",
    ),
    "IT consultant": (
        ["IT", "Tech Support", "Networks"],
        ["office network set-up", "laptop fleet", "cyber-security review"],
        "Firms of 10–100 people moving office or opening a site.",
        "Moves servers and phones over a weekend with no downtime.",
    ),
    "Interior designer": (
        ["Interiors", "Design Studio", "Spaces"],
        ["kitchen remodel", "living room redesign", "home staging"],
        "Homeowners who have just bought a period property.",
        "Works to a budget and shows 3D plans first.",
    ),
    "General contractor": (
        ["Builders", "Construction", "Renovations"],
        ["loft conversion", "extension", "bathroom refit"],
        "Homeowners planning an extension in the next year.",
        "Turns up when promised; fixed quotes.",
    ),
    "Property manager": (
        ["Property Management", "Lettings", "Estates"],
        ["tenant find", "full management", "end-of-tenancy clean"],
        "Landlords with two or more rental properties.",
        "Answers tenants within the hour.",
    ),
    "Banker": (
        ["Bank", "Business Banking", "Credit Union"],
        ["business loan", "commercial mortgage", "merchant account"],
        "Owners looking to finance a new site or vehicle.",
        "Will come to your premises to open accounts.",
    ),
    "Home inspector": (
        ["Inspections", "Surveys", "Home Check"],
        ["pre-purchase survey", "damp report", "roof inspection"],
        "Buyers with an offer accepted on an older house.",
        "Reports within 48 hours with photos.",
    ),
    "Cleaning company": (
        ["Cleaning", "Clean Co.", "Maid Service"],
        ["end-of-tenancy clean", "office cleaning", "deep clean"],
        "Anyone moving out who needs the deposit back.",
        "Insured, vetted staff; guarantee on end-of-tenancy cleans.",
    ),
    "Photographer": (
        ["Photography", "Studio", "Pictures"],
        ["property photos", "headshots", "event photography"],
        "Realtors listing premium homes.",
        "Same-day edits for listings.",
    ),
}
MY_NEEDS = [
    "home move",
    "office move",
    "storage for 3 months",
    "piano move",
    "packing service",
    "long-distance move",
    "student move",
    "warehouse relocation",
    "furniture delivery",
]
WANTS_FROM_ME = [
    "Introductions to people who are moving house",
    "Warm introductions to office managers",
    "Being mentioned in my newsletter",
    "Referrals of families relocating to the area",
    "Feedback on their service from clients I send",
]
WANT_FROM_THEM = [
    "Introductions to clients who are about to move",
    "Mention me when a client sells their home",
    "Joint seminar for first-time buyers",
    "A testimonial for my website",
    "Introductions to office managers planning a move",
]
EXPERIENCE = [
    "Used them for our own office; excellent and on time.",
    "Clients I sent were very happy.",
    "One client complained about slow replies; otherwise good.",
    "Haven't used them myself yet.",
    "Very thorough; a little pricey but worth it.",
]
RETIRE_REASONS = [
    "Retired from the business",
    "Moved away",
    "Two clients had a bad experience",
    "Never reciprocated after a year",
    "Joined a competitor",
]
DONE_AFTER = dt.timedelta(days=14)  # the demo's next steps due longer ago than this were done

MEETING_NOTES = [
    "Talked about who their best clients are.",
    "Agreed to swap introductions this quarter.",
    "Brought them to the chamber breakfast.",
    "Reviewed the last two referrals together.",
    "Explained what a good referral for me looks like.",
    "Caught up over coffee; kids, holidays, work.",
]
NEXT_STEPS = [
    "Send them two introductions",
    "Invite to the next networking breakfast",
    "Share client feedback",
    "Ask for a testimonial",
    "Book a joint client meeting",
]
FEEDBACK_GOOD = ["Client delighted; moved in a day.", "Smooth job, they thanked me twice.", "Prospect signed quickly."]
FEEDBACK_BAD = ["Prospect felt pushed on price.", "Partner never called them back.", "Job overran by a week."]
CHECK_NOTES = [
    "Said they'd happily introduce me.",
    "Not sure yet; wants to see one job done first.",
    "Very positive after the last move.",
    "Had a complaint from a client, cooling off.",
]

MAIL_DOMAINS = ["example.com", "example.org", "example.net"]
TYPE_VALUES = [t.value for t in ReferralType]
CONTACT_VALUES = [c.value for c in FirstContact]
THANK_METHODS = list(ThankMethod)


@dataclass
class DemoSummary:
    partners: int
    referrals: int
    meetings: int
    standing_checks: int
    thank_yous: int
    seconds: float = 0.0


def _insert(model, fields, rows, size):
    insert_rows(model, fields, rows)


def generate(partners: int = 200, referrals: int = 2000, seed: int = 1, today: dt.date | None = None) -> DemoSummary:
    """Add demo data to the open database in one transaction."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    now = dt.datetime.combine(today, dt.time(9, 0))
    start = today - dt.timedelta(days=730)
    professions = list(PROFESSIONS)

    # Ids of its own (the highest + 1…): nobody else may insert into these tables meanwhile.
    with writing_with_own_ids(Partner, PartnerEmail, PartnerPhone, Meeting, StandingCheck, Referral, ThankYou):
        first_id = (Partner.select(Partner.id).order_by(Partner.id.desc()).scalar() or 0) + 1
        p_fields = [
            Partner.id,
            Partner.name,
            Partner.company,
            Partner.category,
            Partner.website,
            Partner.address,
            Partner.notes,
            Partner.tags,
            Partner.ideal_referral,
            Partner.what_to_tell,
            Partner.wants_from_me,
            Partner.want_from_them,
            Partner.experience,
            Partner.stage,
            Partner.retired_reason,
            Partner.source,
            Partner.created_at,
            Partner.updated_at,
        ]
        p_rows, e_rows, ph_rows = [], [], []
        weights = []  # how active each partner is, and how much they give back
        for i in range(partners):
            pid = first_id + i
            first, last = rng.choice(FIRST), rng.choice(LAST)
            category = rng.choice(professions)
            suffixes, _needs, ideal, tell = PROFESSIONS[category]
            company = f"{rng.choice([last, rng.choice(STREETS), rng.choice(CITIES)])} {rng.choice(suffixes)}"
            slug = "".join(ch for ch in company.lower() if ch.isalnum())[:20]
            roll = rng.random()
            stage = (
                Stage.VISIBILITY
                if roll < 0.35
                else Stage.CREDIBILITY
                if roll < 0.7
                else Stage.PROFITABILITY
                if roll < 0.94
                else Stage.RETIRED
            )
            created = now - dt.timedelta(days=rng.randint(30, 900))
            p_rows.append(
                (
                    pid,
                    f"{first} {last}",
                    company,
                    category,
                    f"https://www.{slug}.example",
                    f"{rng.randint(1, 250)} {rng.choice(STREETS)} Street\n{rng.choice(CITIES)}",
                    "" if rng.random() < 0.6 else rng.choice(MEETING_NOTES),
                    ", ".join(
                        rng.sample(["chamber", "BNI", "golf", "school gate", "LinkedIn", "VIP"], rng.randint(0, 2))
                    ),
                    ideal,
                    tell,
                    rng.choice(WANTS_FROM_ME),
                    rng.choice(WANT_FROM_THEM),
                    rng.choice(EXPERIENCE),
                    stage.value,
                    rng.choice(RETIRE_REASONS) if stage is Stage.RETIRED else "",
                    "demo",
                    created,
                    created,
                )
            )
            local = f"{first}.{last}".lower().replace("'", "").replace("ü", "u")
            e_rows.append((pid, f"{local}{i}@{rng.choice(MAIL_DOMAINS)}", "work", 0))
            if rng.random() < 0.3:
                e_rows.append((pid, f"{first.lower()}{i}@mail.example", "home", 1))
            ph_rows.append((pid, f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "mobile", 0))
            if rng.random() < 0.4:
                ph_rows.append((pid, f"(555) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}", "work", 1))
            activity = min(rng.paretovariate(1.3), 12.0)  # a few busy partners, none absurd
            give_back = rng.betavariate(2, 2)  # share of this partner's referrals that I receive
            weights.append((activity, give_back, category, stage))
        _insert(Partner, p_fields, p_rows, 400)
        _insert(
            PartnerEmail,
            [PartnerEmail.partner, PartnerEmail.email, PartnerEmail.label, PartnerEmail.position],
            e_rows,
            800,
        )
        _insert(
            PartnerPhone,
            [PartnerPhone.partner, PartnerPhone.phone, PartnerPhone.label, PartnerPhone.position],
            ph_rows,
            800,
        )

        # Meetings and standing check-ins.
        m_rows, c_rows = [], []
        kinds = list(MeetingKind)
        for i, (activity, give_back, _cat, _stage) in enumerate(weights):
            pid = first_id + i
            for _ in range(min(12, int(activity * 1.5))):
                day = today - dt.timedelta(days=rng.randint(0, 720))
                has_next = rng.random() < 0.5
                kind, notes = rng.choice(kinds).value, rng.choice(MEETING_NOTES)
                step = rng.choice(NEXT_STEPS) if has_next else ""
                step_date = day + dt.timedelta(days=rng.randint(7, 45)) if has_next else None
                # a next step due more than two weeks ago was done, two days after its date
                done = step_date + dt.timedelta(days=2) if step_date and step_date < today - DONE_AFTER else None
                m_rows.append((pid, day, kind, notes, step, step_date, done))
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                day = today - dt.timedelta(days=rng.randint(0, 540))
                score = max(0, min(10, int(rng.gauss(3 + 6 * give_back, 1.5))))
                comfort = (
                    Comfort.WOULD_NOT_REFER
                    if score < 4
                    else Comfort.WOULD_RECOMMEND
                    if score < 8
                    else Comfort.WOULD_INTRODUCE
                )
                c_rows.append((pid, day, score, comfort.value, rng.choice(CHECK_NOTES)))
        _insert(
            Meeting,
            [
                Meeting.partner,
                Meeting.date,
                Meeting.kind,
                Meeting.notes,
                Meeting.next_step,
                Meeting.next_step_date,
                Meeting.next_step_done,
            ],
            m_rows,
            800,
        )
        _insert(
            StandingCheck,
            [
                StandingCheck.partner,
                StandingCheck.date,
                StandingCheck.willingness,
                StandingCheck.comfort,
                StandingCheck.notes,
            ],
            c_rows,
            800,
        )

        # Referrals, spread over two years, weighted towards active partners.
        first_ref = (Referral.select(Referral.id).order_by(Referral.id.desc()).scalar() or 0) + 1
        pids = [first_id + i for i in range(partners)]
        cum = []
        total = 0.0
        for activity, *_ in weights:
            total += activity
            cum.append(total)
        r_fields = [
            Referral.id,
            Referral.date,
            Referral.direction,
            Referral.partner,
            Referral.prospect_name,
            Referral.prospect_contact,
            Referral.prospect_need,
            Referral.type,
            Referral.first_contact,
            Referral.follow_up_date,
            Referral.follow_up_done,
            Referral.status,
            Referral.closed_value,
            Referral.currency,
            Referral.closed_date,
            Referral.outcome,
            Referral.outcome_feedback,
            Referral.partner_told,
            Referral.partner_told_date,
            Referral.partner_thanked_date,
            Referral.prospect_thanked_date,
            Referral.notes,
            Referral.created_at,
            Referral.updated_at,
        ]
        r_rows, t_rows = [], []
        span = (today - start).days
        for n in range(referrals):
            rid = first_ref + n
            idx = _pick(cum, rng.random() * total) if partners else 0
            pid = pids[idx]
            _activity, give_back, category, _stage = weights[idx]
            received = rng.random() < give_back
            direction = Direction.RECEIVED if received else Direction.GIVEN
            # more referrals recently (a growing business)
            age = int(span * (1 - rng.random() ** 0.8))
            day = today - dt.timedelta(days=age)
            need = rng.choice(MY_NEEDS if received else PROFESSIONS[category][1])
            prospect = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            follow = day + dt.timedelta(days=2)
            if age < 3:
                status = ReferralStatus.PASSED
            elif age < 14:
                status = rng.choice(
                    [ReferralStatus.PASSED, ReferralStatus.CONTACTED, ReferralStatus.CONTACTED, ReferralStatus.MEETING]
                )
            else:
                status = rng.choices(
                    [
                        ReferralStatus.WON,
                        ReferralStatus.LOST,
                        ReferralStatus.NO_CONNECTION,
                        ReferralStatus.MEETING,
                        ReferralStatus.CONTACTED,
                    ],
                    weights=[45, 20, 12, 8, 15],
                )[0]
            value = closed = None
            if status is ReferralStatus.WON:
                value = Decimal(rng.choice([350, 600, 900, 1200, 1800, 2500, 4200, 7500]))
                closed = min(today, day + dt.timedelta(days=rng.randint(5, 40)))
            outcome = None
            feedback = ""
            if status in (ReferralStatus.WON, ReferralStatus.LOST) and rng.random() < 0.7:
                outcome = rng.choices([Outcome.GOOD, Outcome.NEUTRAL, Outcome.BAD], weights=[70, 22, 8])[0]
                feedback = rng.choice(FEEDBACK_BAD if outcome is Outcome.BAD else FEEDBACK_GOOD)
            told = outcome is not None and rng.random() < 0.6
            # thanks from both parties on referrals given: from the id, so the random draws stay as they were
            thanked = not received and age > 3 and (rid * 7) % 10 < 6
            prospect_thanked = not received and status is ReferralStatus.WON and rid % 3 == 0
            stamp = f"{day.isoformat()} 10:00:00"
            r_rows.append(
                (
                    rid,
                    day,
                    direction.value,
                    pid,
                    prospect,
                    f"{prospect.split()[0].lower()}@client.example" if rng.random() < 0.7 else "",
                    need,
                    rng.choice(TYPE_VALUES),
                    rng.choice(CONTACT_VALUES),
                    follow,
                    age > 10 and (age > 90 or rng.random() < 0.85),
                    status.value,
                    value,
                    "USD" if value else "",
                    closed,
                    outcome.value if outcome else None,
                    feedback,
                    told,
                    (closed or day) + dt.timedelta(days=3) if told else None,
                    min(today, day + dt.timedelta(days=2 + rid % 5)) if thanked else None,
                    min(today, (closed or day) + dt.timedelta(days=1 + rid % 4)) if prospect_thanked else None,
                    "",
                    stamp,
                    stamp,
                )
            )
            if received:
                t_rows.append(_thanks(rng, pid, rid, ThankReason.REFERRAL_RECEIVED, None, day, today))
                if status is ReferralStatus.WON:
                    t_rows.append(_thanks(rng, pid, rid, ThankReason.CLOSED_BUSINESS, value, closed, today))
        _insert(Referral, r_fields, r_rows, 400)
        _insert(
            ThankYou,
            [
                ThankYou.partner,
                ThankYou.referral,
                ThankYou.reason,
                ThankYou.amount,
                ThankYou.method,
                ThankYou.due_date,
                ThankYou.status,
                ThankYou.written_date,
                ThankYou.sent_date,
            ],
            t_rows,
            800,
        )

    refresh_statistics()
    return DemoSummary(partners, referrals, len(m_rows), len(c_rows), len(t_rows))


def _pick(cumulative: list[float], x: float) -> int:
    lo, hi = 0, len(cumulative) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _thanks(rng, pid, rid, reason, amount, day, today):
    due = day + dt.timedelta(days=2)
    age = (today - due).days
    if age < -1:
        status = ThankStatus.OWED
    elif age < 10:
        status = rng.choice([ThankStatus.OWED, ThankStatus.OWED, ThankStatus.WRITTEN, ThankStatus.SENT])
    elif age < 120:
        status = rng.choices([ThankStatus.SENT, ThankStatus.WRITTEN, ThankStatus.OWED], weights=[88, 5, 7])[0]
    else:  # the owner has caught up on old notes, bar the odd one
        status = rng.choices([ThankStatus.SENT, ThankStatus.OWED], weights=[995, 5])[0]
    written = due if status is not ThankStatus.OWED else None
    sent = due + dt.timedelta(days=1) if status is ThankStatus.SENT else None
    method = rng.choices(THANK_METHODS, weights=[60, 20, 12, 8])[0]
    return (pid, rid, reason.value, amount, method.value, due, status.value, written, sent)
