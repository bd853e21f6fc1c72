"""The Charts page."""

from __future__ import annotations

from refdesk.ui.pages.base import PlaceholderPage


class ChartsPage(PlaceholderPage):
    key = "charts"
    title = "Charts"
    sentence = "This page will chart referrals given against received each month, each partner's balance and the value of closed business."
