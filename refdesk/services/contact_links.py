"""Links that reach someone: ``mailto:`` (with a subject and a drafted note), ``tel:`` and web pages.

Built here, Qt-free, so they are the same wherever a link is offered, and percent-encoded exactly
(RFC 6068 for ``mailto:``: spaces as ``%20``, never ``+``; line breaks as ``%0D%0A``).  A website
without a scheme gets ``https://``; anything but http(s) is refused (None), so a stored
``javascript:`` or ``file:`` text never becomes something to open.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_PHONE_KEEP = re.compile(r"[^0-9+#*,;]")


def mailto_url(email: str, subject: str = "", body: str = "") -> str | None:
    """``mailto:ada@example.org?subject=…&body=…`` (None for an empty address)."""
    email = (email or "").strip()
    if email.lower().startswith("mailto:"):
        email = email[7:].strip()
    if not email or any(c.isspace() for c in email):
        return None
    url = "mailto:" + quote(email, safe="@")
    params = []
    if subject:
        params.append("subject=" + quote(subject, safe=""))
    if body:
        params.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return url + ("?" + "&".join(params) if params else "")


def tel_url(phone: str) -> str | None:
    """``tel:+15551234567`` from a number as typed ("+1 (555) 123-4567"); None when there are no digits.

    An extension ("x12", "ext. 12") is dropped: a ``tel:`` link dials the number itself."""
    text = re.split(r"(?i)\s*(?:x|ext\.?|extension)\s*\d+\s*$", (phone or "").strip())[0]
    number = _PHONE_KEEP.sub("", text)
    if not any(c.isdigit() for c in number):
        return None
    if "+" in number[1:]:
        number = number[0] + number[1:].replace("+", "")
    return "tel:" + number


def web_url(site: str) -> str | None:
    """The web page to open: ``https://`` added when no scheme is given; None unless http or https."""
    site = (site or "").strip()
    if not site or any(c.isspace() for c in site):
        return None
    if "://" not in site:
        if ":" in site.split("/", 1)[0] and not re.match(r"^[\w.-]+:\d+", site):
            return None  # "javascript:…", "mailto:…": not a web page
        site = "https://" + site
    parts = urlsplit(site)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return site
