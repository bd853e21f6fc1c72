"""A plain (not editable) install has everything RefDesk reads at run time.

Builds the wheel from a copy of the sources, installs it into a fresh virtual environment
(RefDesk's dependencies come from this test run's environment through a ``.pth`` file, so
nothing is downloaded), and from a folder outside the checkout runs what a new user runs:
``refdesk install-desktop-entry`` into a temporary home, ``refdesk demo`` and ``refdesk
screenshots``, and looks at the window's icon and the guide.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(240)


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=200, **kwargs)
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with RefDesk installed from its wheel; its bin folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "refdesk", source / "refdesk", ignore=shutil.ignore_patterns("__pycache__"))
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", work, source])
    (wheel,) = work.glob("refdesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    guide = [f"guide/{lang}/{page}" for lang in ("de", "es") for page in ("index.html", "pages.html", "practice.html")]
    for asset in ("refdesk.desktop", "refdesk.svg", "refdesk-256.png", "guide/index.html", "guide/today.png", *guide):
        assert f"refdesk/assets/{asset}" in names

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "refdesk-test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel])
    return bindir


def fresh_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFDESK_", "PYTHON"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MPLCONFIGDIR=str(tmp_path / "mpl"),
        QT_QPA_PLATFORM="offscreen",
        REFDESK_LOCALE="en_US",
    )
    return env


def test_the_wheel_runs_from_a_fresh_venv(installed, tmp_path):
    env = fresh_env(tmp_path)
    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing can be found beside the sources
    elsewhere.mkdir()
    python = installed / "python"
    where = run([python, "-c", "import refdesk; print(refdesk.__file__)"], env=env, cwd=elsewhere).stdout
    assert Path(where.strip()).is_relative_to(installed.parent)

    result = run([installed / "refdesk", "install-desktop-entry"], env=env, cwd=elsewhere)
    share = tmp_path / "share"
    entry = (share / "applications" / "refdesk.desktop").read_text()
    assert f"Exec={installed / 'refdesk-gui'}" in entry and "Icon=refdesk" in entry
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "refdesk.png").stat().st_size > 1000
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "refdesk.svg").is_file()
    assert "Installed" in result.stdout

    data = tmp_path / "data"
    run(
        [installed / "refdesk", "--data-dir", data, "demo", "--partners", "20", "--referrals", "60"],
        env=env,
        cwd=elsewhere,
    )
    shots = tmp_path / "shots"
    listed = run([installed / "refdesk", "--data-dir", data, "screenshots", shots], env=env, cwd=elsewhere).stdout
    assert len(listed.split()) == 5 and all(Path(p).stat().st_size > 10_000 for p in listed.split())

    probe = (
        "from refdesk.ui.application import make_application\n"
        "from refdesk.ui.help.guide import page_html\n"
        "app = make_application()\n"
        "sizes = sorted(s.width() for s in app.windowIcon().availableSizes())\n"
        "print(sizes[0], sizes[-1], 'Balance and one-way streets' in page_html('practice.html'))\n"
    )
    assert run([python, "-c", probe], env=env, cwd=elsewhere).stdout.split() == ["16", "512", "True"]
