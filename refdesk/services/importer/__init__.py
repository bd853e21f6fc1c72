"""Import contacts from CSV (Google, Outlook, LinkedIn, HubSpot, spreadsheets) and vCard.

    analysis = analyse(path)              # or ImportRefused with a plain reason
    summary = run_import(path, analysis=analysis, mapping=..., options=..., dry_run=False)
    undo_batch(summary.batch_id)

Qt-free: the wizard and the command line both use it.
"""

from __future__ import annotations

from refdesk.services.importer.encodings import EncodingUnsure, ImportRefused, encoding_label
from refdesk.services.importer.engine import (
    Analysis,
    ImportCancelled,
    Options,
    RowMessage,
    RowOutcome,
    Summary,
    analyse,
    refused_summary,
    run_import,
)
from refdesk.services.importer.formats import FORMAT_LABELS, TARGETS, Column, Mapping, auto_mapping, detect_format
from refdesk.services.importer.history import (
    BatchInfo,
    UndoProblem,
    UndoResult,
    batch_info,
    import_change,
    list_batches,
    result_words,
    undo_batch,
    undo_question,
)
from refdesk.services.importer.reading import StrayQuote

__all__ = [
    "FORMAT_LABELS",
    "TARGETS",
    "Analysis",
    "BatchInfo",
    "Column",
    "EncodingUnsure",
    "ImportCancelled",
    "ImportRefused",
    "Mapping",
    "Options",
    "RowMessage",
    "RowOutcome",
    "StrayQuote",
    "Summary",
    "UndoProblem",
    "UndoResult",
    "analyse",
    "auto_mapping",
    "batch_info",
    "import_change",
    "result_words",
    "undo_question",
    "detect_format",
    "encoding_label",
    "list_batches",
    "refused_summary",
    "run_import",
    "undo_batch",
]
