"""The built-in guide: F1 opens it, every "?" beside a word of the practice opens it at that word,
and its pages say the rules' own numbers, link only to pages and sections that exist."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton

from refdesk import assets
from refdesk.services import rules
from refdesk.services.vocabulary import GLOSSARY
from refdesk.ui.help import guide

PAGES = ["index.html", "practice.html", "pages.html"]


def guide_of(window) -> guide.GuideDialog:
    found = [c for c in window.findChildren(guide.GuideDialog) if c.isVisible()]
    assert len(found) == 1
    return found[0]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the second F1, offscreen
def test_f1_opens_the_guide_at_its_contents(window, qtbot):
    action = window.actions["guide"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action in window.help_menu.actions()
    action.trigger()
    shown = guide_of(window)
    qtbot.addWidget(shown)
    assert shown.current_section() == "index.html"
    text = shown.browser.toPlainText()
    assert "Getting started, in four steps" in text and "Add your partners." in text
    action.trigger()  # a second F1 brings the same window forward
    assert guide_of(window) is shown


def test_the_guide_follows_links_and_goes_back(qtbot):
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show_section("practice.html#balance")
    assert dialog.current_section() == "practice.html#balance"
    assert "Balance and one-way streets" in dialog.browser.toPlainText()
    assert dialog.back.isEnabled()
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert dialog.current_section() == "index.html"
    qtbot.mouseClick(dialog.words, Qt.MouseButton.LeftButton)
    words = dialog.browser.toPlainText()
    for term in GLOSSARY.values():
        assert term.word in words and term.plain in words


def test_the_guide_says_the_rules_numbers():
    practice = guide.page_html("practice.html")
    assert "$" not in practice
    assert f"{rules.FOLLOW_UP_DAYS} days after you log it" in practice
    assert f"Profitability every {rules.CADENCE_WEEKS[rules.Stage.PROFITABILITY]})" in practice
    assert f"after {rules.CHECK_IN_DAYS} days" in practice
    assert rules.WINDOW_PHRASE in practice


@pytest.mark.parametrize("page", PAGES)
def test_every_link_and_picture_of_a_page_exists(page):
    text = guide.page_html(page)
    for link in re.findall(r'href="([^"]+)"', text):
        target, _, anchor = link.partition("#")
        assert guide.page_html(target) is not None, link
        if anchor:
            assert f'name="{anchor}"' in guide.page_html(target), link
    for picture in re.findall(r'src="([^"]+)"', text):
        assert assets.files().joinpath(assets.GUIDE, picture).is_file(), picture


@pytest.mark.parametrize("key", sorted(GLOSSARY))
def test_every_word_leads_to_its_section(key):
    page, _, anchor = GLOSSARY[key].section.partition("#")
    assert f'name="{anchor}"' in guide.page_html(page)
    assert GLOSSARY[key].plain.endswith((".", "?'"))


def test_a_question_mark_explains_the_word_and_opens_its_section(window, qtbot, monkeypatch):
    page = window.page("today")
    window.show_page("today")
    button = page.findChild(QToolButton, "guide-gone_quiet")
    assert button is not None and button.isVisible()
    assert button.toolTip() == f"Gone quiet: {GLOSSARY['gone_quiet'].plain} Click for more in the guide."
    assert button.accessibleName() == "What does Gone quiet mean?"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = guide_of(window)
    qtbot.addWidget(shown)
    assert shown.current_section() == "practice.html#gone-quiet"


def test_the_stage_field_explains_itself_inside_its_dialog(window, qtbot):
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    dialog = PartnerDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.stage.toolTip() == guide.tip("stage")
    assert "Visibility (they know you)" in dialog.stage.toolTip()
    button = dialog.findChild(QToolButton, "guide-stage")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = guide_of(dialog)  # owned by the dialog, so it answers while the dialog is open
    qtbot.addWidget(shown)
    assert shown.current_section() == "practice.html#stages"


def test_jargon_column_headers_explain_the_word(window):
    from refdesk.ui.partners.models import COLUMNS as PARTNER_COLUMNS
    from refdesk.ui.referrals.models import COLUMNS as REFERRAL_COLUMNS

    tips = {c.title: c.tip for c in PARTNER_COLUMNS + REFERRAL_COLUMNS}
    assert tips["Balance"] == guide.tip("balance") and "+3 means" in tips["Balance"]
    assert tips["Stage"] == guide.tip("stage")
    assert "Passed (you handed the name on)" in tips["Status"]
    assert tips["Balance"].endswith("More in the guide: Help → RefDesk guide (F1).")


@pytest.mark.parametrize(
    ("page", "terms"),
    [
        ("today", {"one_way", "check_in", "gone_quiet"}),
        ("partners", {"stage"}),
        ("referrals", {"status"}),
        ("charts", {"balance"}),
    ],
)
def test_each_page_explains_its_words(window, page, terms):
    window.show_page(page)
    found = {b.objectName().removeprefix("guide-") for b in window.page(page).findChildren(QToolButton)}
    assert terms <= found
