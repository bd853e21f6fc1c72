"""Help → RefDesk guide (F1): a short, illustrated guide inside the app, no network needed.

The pages are HTML files inside the package (``refdesk/assets/guide/``, in German and Spanish
in ``guide/de/`` and ``guide/es/``, with the same names and anchors), shown in a ``QTextBrowser``
in the language spoken (English where a page is not translated); the pictures are shared.  Their day counts come from ``services/rules.py`` (``$follow_up_days``…), so
the guide says what the program does; the word list (``words.html``) is made from
``vocabulary.GLOSSARY``, the same sentences as the tooltips.  ``help_button(term)`` is the small
"?" beside a word of the practice: its tooltip is the plain sentence, a click opens the guide
at that word's section.
"""

from __future__ import annotations

import html
from string import Template

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refdesk import APP_NAME, assets, i18n
from refdesk.services import rules
from refdesk.services.vocabulary import GLOSSARY

HOME = "index.html"
WORDS = "words.html"
MORE = QT_TRANSLATE_NOOP("guide", "More in the guide: Help → RefDesk guide (F1).")


def _values() -> dict[str, str]:
    return {
        "follow_up_days": str(rules.FOLLOW_UP_DAYS),
        "check_in_days": str(rules.CHECK_IN_DAYS),
        **{f"cadence_{stage.value}_weeks": str(weeks) for stage, weeks in rules.CADENCE_WEEKS.items()},
        "window": rules.WINDOW_PHRASE,
    }


def words_page() -> str:
    """The guide's word list, from the glossary the tooltips use."""
    more = html.escape(QCoreApplication.translate("guide", "more"))
    rows = "".join(
        f'<dt><b>{html.escape(t.word)}</b> — <a href="{t.section}">{more}</a></dt><dd>{html.escape(t.plain)}</dd>'
        for t in sorted(GLOSSARY.values(), key=lambda t: t.word.lower())
    )
    back = html.escape(QCoreApplication.translate("guide", "← Guide"))
    title = html.escape(QCoreApplication.translate("guide", "The words RefDesk uses"))
    return f'<html><body><p><a href="{HOME}">{back}</a></p><h1>{title}</h1><dl>{rows}</dl></body></html>'


def page_html(name: str) -> str | None:
    """The HTML of one guide page, with the rules' numbers filled in (None if there is no such page)."""
    if name == WORDS:
        return words_page()
    if not name.endswith(".html"):
        return None
    folder = assets.files().joinpath(assets.GUIDE)
    for item in (folder.joinpath(i18n.language(), name), folder.joinpath(name)):  # the language's, else English
        if item.is_file():
            return Template(item.read_text(encoding="utf-8")).safe_substitute(_values())
    return None


class GuideBrowser(QTextBrowser):
    """A text browser over the guide's pages, read from the package."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(True)
        self.setSearchPaths([str(assets.path(assets.GUIDE))])
        self.setAccessibleName(QCoreApplication.translate("guide", "RefDesk guide"))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.HtmlResource.value:
            text = page_html(url.fileName() or HOME)
            if text is not None:
                return text
            missing, back = (
                html.escape(QCoreApplication.translate("guide", "This page is not in the guide.")),
                html.escape(QCoreApplication.translate("guide", "← Guide")),
            )
            return f"<html><body><p>{missing}</p><p><a href='{HOME}'>{back}</a></p></body></html>"
        return super().loadResource(kind, url)


class GuideDialog(QDialog):
    """The guide's window: the pages with Back, Forward and Contents; it stays open beside RefDesk."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 guide").replace("%1", APP_NAME))
        self.setModal(False)
        self.browser = GuideBrowser(self)
        self.back = self._button(
            self.tr("← &Back"), self.tr("Go back to the page before (Alt+Left)"), self.browser.backward
        )
        self.back.setShortcut(QKeySequence("Alt+Left"))
        self.forward = self._button(
            self.tr("&Forward →"), self.tr("Go forward again (Alt+Right)"), self.browser.forward
        )
        self.forward.setShortcut(QKeySequence("Alt+Right"))
        self.contents = self._button(
            self.tr("&Contents"), self.tr("The guide's first page (Alt+Home)"), self.browser.home
        )
        self.contents.setShortcut(QKeySequence("Alt+Home"))
        self.words = self._button(
            self.tr("&Words"), self.tr("Every word RefDesk uses, in plain words"), lambda: self.show_section(WORDS)
        )
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)

        bar = QHBoxLayout()
        for button in (self.back, self.forward, self.contents, self.words):
            bar.addWidget(button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.resize(720, 640)
        self.show_section(HOME)

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").strip("←→ "))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def show_section(self, section: str = HOME) -> None:
        """Show a page, with an anchor (``practice.html#balance``) scrolled to the top."""
        page, _, anchor = section.partition("#")
        url = QUrl.fromLocalFile(str(assets.path(assets.GUIDE) / (page or HOME)))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def current_section(self) -> str:
        source = self.browser.source()
        return source.fileName() + (f"#{source.fragment()}" if source.hasFragment() else "")


def open_guide(where: QWidget, section: str = HOME) -> GuideDialog:
    """Open (or bring forward) the guide of *where*'s window at *section*."""
    owner = where.window()
    guide = next((c for c in owner.findChildren(GuideDialog) if c.parent() is owner), None)
    if guide is None:
        guide = GuideDialog(owner)
    guide.show_section(section)
    if guide.isVisible():
        guide.raise_()
        guide.activateWindow()
    else:
        guide.show()
    return guide


def show_guide(window) -> None:
    """Help → RefDesk guide (F1)."""
    open_guide(window)


def tip(term: str) -> str:
    """The tooltip for a word of the practice: its plain sentence, then where to read more."""
    entry = GLOSSARY[term]
    return f"{entry.word}: {entry.plain} {QCoreApplication.translate('guide', MORE)}"


def with_help(item: QWidget | QLayout, term: str) -> QWidget:
    """*item* with the "?" of *term* beside it; a widget also gets the plain sentence as its tooltip and
    its What's This (Shift+F1 while it has the focus).  Label the field itself (``buddy_label``), not the pair."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    if isinstance(item, QLayout):  # several lines (choices with their explanations): the "?" by the first
        row.addLayout(item, 1)
        row.addWidget(help_button(term), 0, Qt.AlignmentFlag.AlignTop)
    else:
        row.addWidget(item, 1)
        item.setToolTip(tip(term))
        item.setWhatsThis(tip(term))
        row.addWidget(help_button(term))
    return box


def help_button(term: str) -> QToolButton:
    """A small "?" beside a word of the practice: the plain sentence as its tooltip, the guide on a click."""
    entry = GLOSSARY[term]
    button = QToolButton()
    button.setText("?")
    button.setObjectName(f"guide-{term}")
    button.setToolTip(
        f"{entry.word}: {entry.plain} " + QCoreApplication.translate("guide", "Click for more in the guide.")
    )
    button.setAccessibleName(QCoreApplication.translate("guide", "What does %1 mean?").replace("%1", entry.word))
    button.setAutoRaise(True)
    # Not a Tab stop between a form's fields: the keyboard has F1 (the guide) and Shift+F1 (What's This).
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda: open_guide(button, entry.section))
    return button
