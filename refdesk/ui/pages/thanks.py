"""The Thank-yous page."""

from __future__ import annotations

from refdesk.ui.pages.base import PlaceholderPage


class ThanksPage(PlaceholderPage):
    key = "thanks"
    title = "Thank-yous"
    sentence = "This page will list the thank-you notes you owe, have written and have sent, and print the checklist."
