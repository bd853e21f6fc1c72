"""The Today page."""

from __future__ import annotations

from refdesk.ui.pages.base import PlaceholderPage


class TodayPage(PlaceholderPage):
    key = "today"
    title = "Today"
    sentence = "This page will list the follow-ups due, the thank-yous you owe, the check-ins due, partners gone quiet and the conversations to have."
