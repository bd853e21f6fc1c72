from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


@pytest.fixture
def fixture():
    def get(name: str) -> Path:
        return FIXTURES / name

    return get


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file in tmp and return its path."""

    def make(name: str, content, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        return path

    return make
