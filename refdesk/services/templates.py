"""Note templates: a few good default thank-you notes per reason, with placeholders filled in.

Placeholders are ``string.Template``'s: ``$first_name`` (the partner's first name),
``$prospect`` (who was referred), ``$business`` (the business won, e.g. "$1,200 of business
(kitchen remodel)"), ``$my_name`` (the owner's name, from the settings).  ``${first_name}``
works too; ``$$`` is a dollar sign.  Nothing is evaluated: ``check`` refuses an unknown
placeholder or a lone ``$`` / unbalanced ``${`` with a sentence naming it, before a template is
stored, and ``fill`` only substitutes.  Qt-free.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from refdesk.db.models import Partner, Referral, ThankReason
from refdesk.i18n import N_, Words, _
from refdesk.services import formatting

PLACEHOLDERS = Words(
    {
        "first_name": N_("the partner's first name"),
        "prospect": N_("who was referred"),
        "business": N_("the business won"),
        "my_name": N_("your name"),
    }
)
"""The placeholders and what each stands for (read in the language spoken)."""

REFERRAL_RECEIVED = "referral_received"
CLOSED_BUSINESS = "closed_business"
PROSPECT_CLIENT = "prospect_client"
KINDS = Words(
    {
        REFERRAL_RECEIVED: N_("Referral received"),
        CLOSED_BUSINESS: N_("Closed business"),
        PROSPECT_CLIENT: N_("A prospect who became a client"),
    }
)


def kind_words(kind: str) -> str:
    """A kind of note as a list of templates names it, in the language spoken."""
    return KINDS[kind]


DEFAULTS = Words(
    {
        REFERRAL_RECEIVED: N_(
            "Dear $first_name,\n\n"
            "Thank you for introducing me to $prospect. I know a referral puts your name on the line, and I "
            "will take good care of them. I will let you know how it goes.\n\n"
            "With thanks,\n$my_name"
        ),
        CLOSED_BUSINESS: N_(
            "Dear $first_name,\n\n"
            "Good news: the work with $prospect went ahead, $business. It came about because you thought of "
            "me, and I am grateful. If I can return the favour, tell me who would be a good referral for you.\n\n"
            "With thanks,\n$my_name"
        ),
        PROSPECT_CLIENT: N_(
            "Dear $first_name,\n\n"
            "Thank you for choosing to work with me. It was a pleasure to be introduced, and I look forward "
            "to doing a good job for you.\n\n"
            "Warm regards,\n$my_name"
        ),
    }
)
"""RefDesk's own template for each kind of note, in the language spoken (German for a German owner);
a template the owner wrote is stored in the settings and never changes with the language."""

SUBJECTS = Words(
    {
        REFERRAL_RECEIVED: N_("Thank you for the referral"),
        CLOSED_BUSINESS: N_("Thank you: the referral became business"),
        PROSPECT_CLIENT: N_("Thank you"),
    }
)


class TemplateError(ValueError):
    """A template that cannot be used; ``str()`` is a sentence naming the problem."""


def _line_and_column(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    return _("line {line}").format(line=line)


def check(text: str) -> None:
    """Raise TemplateError for an unknown placeholder or a ``$`` that is not one (unbalanced ``${``)."""
    template = string.Template(text)
    for match in template.pattern.finditer(text):
        if match.group("invalid") is not None:
            start = match.start("invalid") - 1  # the "$"
            snippet = text[start : start + 12].split("\n")[0]
            if text.startswith("${", start):
                raise TemplateError(
                    _(
                        "“{text}” ({where}) opens a placeholder with {{ but does not close it: "
                        "write ${{first_name}}, for example."
                    ).format(text=snippet, where=_line_and_column(text, start))
                )
            raise TemplateError(
                _("The $ in “{text}” ({where}) is not a placeholder: write $$ for a dollar sign.").format(
                    text=snippet, where=_line_and_column(text, start)
                )
            )
        name = match.group("named") or match.group("braced")
        if name is not None and name not in PLACEHOLDERS:
            known = ", ".join(f"${p}" for p in PLACEHOLDERS)
            raise TemplateError(
                _("${name} is not a placeholder RefDesk knows. Use {known}.").format(name=name, known=known)
            )


def fill(text: str, values: dict[str, str]) -> str:
    """*text* with its placeholders replaced (checked first: TemplateError)."""
    check(text)
    return string.Template(text).substitute({key: values.get(key, "") for key in PLACEHOLDERS})


def first_name(name: str) -> str:
    """The first word of a name ("Dr. Ada Okafor" → "Ada"), or the whole name."""
    words = [w for w in re.split(r"\s+", (name or "").strip()) if w]
    titles = {"mr", "mrs", "ms", "dr", "prof", "mx"}
    while len(words) > 1 and words[0].rstrip(".").lower() in titles:
        words = words[1:]
    return words[0] if words else ""


@dataclass(frozen=True)
class Draft:
    kind: str
    subject: str
    body: str


def kind_for(reason: ThankReason, to_partner: bool) -> str:
    """The template a thank-you starts from: by its reason; someone who is not a partner is a client."""
    if reason is ThankReason.CLOSED_BUSINESS:
        return CLOSED_BUSINESS
    if reason is ThankReason.OTHER and not to_partner:
        return PROSPECT_CLIENT
    return REFERRAL_RECEIVED


def values_for(recipient: str, referral_id: int | None, my_name: str) -> dict[str, str]:
    """The placeholders' values for a thank-you to *recipient* about referral *referral_id*."""
    values = {"first_name": first_name(recipient), "prospect": "", "business": "", "my_name": my_name}
    ref = Referral.get_or_none(Referral.id == referral_id) if referral_id is not None else None
    if ref is not None:
        prospect = ref.prospect_name
        if ref.prospect_partner_id is not None:
            prospect = Partner.select(Partner.name).where(Partner.id == ref.prospect_partner_id).scalar() or prospect
        values["prospect"] = prospect
        business = formatting.money(ref.closed_value, ref.currency) if ref.closed_value is not None else ""
        need = ref.prospect_need.strip()
        if business and need:
            values["business"] = _("{money} of business ({need})").format(money=business, need=need)
        elif business:
            values["business"] = _("{money} of business").format(money=business)
        else:
            values["business"] = need
    return values


def draft(kind: str, template: str, values: dict[str, str]) -> Draft:
    """The note, ready to copy into a card or an email (TemplateError for a broken template)."""
    return Draft(kind, SUBJECTS[kind] if kind in SUBJECTS else _("Thank you"), fill(template, values))
