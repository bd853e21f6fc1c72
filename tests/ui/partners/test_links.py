"""Email, phone and website in the partner profile are links: a click opens the mail program, the
phone program or the browser through the desktop with the URL built exactly; Ctrl+C or the
right-click menu copies the address in one step; text that is not a web page opens nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from refdesk.services import partners as ps
from tests.ui.partners.test_page import page  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True,
    )
    return urls


def test_profile_links_open_through_the_desktop_and_copy(window, page, qtbot, opened):  # noqa: F811
    pid = ps.create_partner(
        ps.PartnerData(
            name="Zoë <b>Okafor</b>",
            emails=[("zoe@homes.example", "work"), ("z&o@x.example", "")],
            phones=[("+1 (555) 123-4567", "mobile")],
            website="www.okafor.example/about us",
        )
    ).id
    page.refresh()
    page.show_item(pid)
    links = page.detail.links
    email, second = links["emails"].links
    assert email.text() == "zoe@homes.example" and second.text() == "z&&o@x.example"  # shown as typed
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    links["phones"].links[0].click()
    assert opened == ["mailto:zoe@homes.example", "tel:+15551234567"]
    website = links["website"].links[0]
    assert website.url is None  # a space: not an address to open
    website.click()
    assert len(opened) == 2

    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "zoe@homes.example"
    menu = second.menu()
    assert [a.text() for a in menu.actions()] == ["&Copy email address", "&Email"]
    menu.actions()[0].trigger()
    assert QGuiApplication.clipboard().text() == "z&o@x.example"
    assert email.accessibleName() == "Email Zoë <b>Okafor</b>: zoe@homes.example"
    qtbot.wait(50)  # the new links laid out


def test_website_and_no_contact_details(window, page, opened):  # noqa: F811
    pid = ps.create_partner(ps.PartnerData(name="Ben Smith", website="okafor.example")).id
    page.refresh()
    page.show_item(pid)
    links = page.detail.links
    assert not links["emails"].links and links["emails"].empty.isVisible()
    links["website"].links[0].click()
    assert opened == ["https://okafor.example"]
