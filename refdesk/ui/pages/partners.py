"""The Partners page."""

from __future__ import annotations

from refdesk.ui.pages.base import PlaceholderPage


class PartnersPage(PlaceholderPage):
    key = "partners"
    title = "Partners"
    sentence = "This page will hold your referral partners: a searchable list beside each partner's profile, meetings, standing check-ins and referral history."
