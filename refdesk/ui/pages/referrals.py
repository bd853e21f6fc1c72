"""The Referrals page."""

from __future__ import annotations

from refdesk.ui.pages.base import PlaceholderPage


class ReferralsPage(PlaceholderPage):
    key = "referrals"
    title = "Referrals"
    sentence = "This page will hold the log of referrals you gave and received, with their follow-ups and outcomes."
