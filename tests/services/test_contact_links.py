"""mailto:, tel: and web links built exactly and percent-encoded; nothing but http(s) opened as a page."""

from __future__ import annotations

import pytest

from refdesk.services.contact_links import mailto_url, tel_url, web_url


def test_mailto_is_built_exactly_and_percent_encoded():
    assert mailto_url("ada@example.org") == "mailto:ada@example.org"
    assert (
        mailto_url(" Ada@Example.org ", "Thank you, Ada & co", "Dear Ada,\nThanks for Zoë — 100% great!")
        == "mailto:Ada@Example.org?subject=Thank%20you%2C%20Ada%20%26%20co"
        "&body=Dear%20Ada%2C%0D%0AThanks%20for%20Zo%C3%AB%20%E2%80%94%20100%25%20great%21"
    )
    assert mailto_url("mailto:bo@x.example") == "mailto:bo@x.example"
    assert mailto_url("a?b=c&d@x.example", "s") == "mailto:a%3Fb%3Dc%26d@x.example?subject=s"
    assert mailto_url("") is None and mailto_url("two words@x.example") is None


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("+1 (555) 123-4567", "tel:+15551234567"),
        ("0044 20 7946 0958", "tel:00442079460958"),
        ("555-0100 x12", "tel:5550100"),
        ("555 0100 ext. 7", "tel:5550100"),
        ("call me", None),
        ("", None),
    ],
)
def test_tel_keeps_only_what_dials(typed, url):
    assert tel_url(typed) == url


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("www.example.org", "https://www.example.org"),
        ("http://example.org/a?b=1", "http://example.org/a?b=1"),
        ("example.org:8080/x", "https://example.org:8080/x"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("ftp://example.org", None),
        ("two words.org", None),
        ("", None),
    ],
)
def test_website_opens_only_web_pages(typed, url):
    assert web_url(typed) == url
