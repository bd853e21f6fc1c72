"""Build the PyInstaller one-folder bundle and start it headless; print its size and start-up times.

    python -m pip install pyinstaller          # build tool only
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_bundle.py [--no-build] [--runs 5]

Steps: build ``resources/refdesk.spec`` into build/bundle/dist; run ``RefDesk --version``;
fill a scratch database with demo data and save a screenshot of the main window with
the bundle's own ``screenshots`` subcommand; then launch the window itself several times
and time how long until it answers on its single-instance socket (the window is up and
its event loop running), for the bundle and for ``python -m refdesk`` from source.
Slow (a build takes minutes), so it is not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "build" / "bundle"
DIST = OUT / "dist"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed: python -m pip install pyinstaller")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(DIST),
            "--workpath",
            str(OUT / "work"),
            str(ROOT / "resources" / "refdesk.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    (OUT / "build.log").write_text(result.stdout + result.stderr)
    if result.returncode != 0:
        sys.exit(f"PyInstaller failed; see {OUT / 'build.log'}")
    return time.perf_counter() - started


def executable() -> Path:
    name = "RefDesk.exe" if sys.platform == "win32" else "RefDesk"
    return DIST / "RefDesk" / name


def timed(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    return time.perf_counter() - started, result


def time_to_window(cmd: list[str], data_dir: Path, env: dict, timeout: float = 60.0) -> float:
    """Seconds from launch until the window answers on its single-instance socket."""
    from PySide6.QtNetwork import QLocalSocket

    from refdesk.ui.single_instance import server_name

    name = server_name(data_dir / "refdesk.db")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "--data-dir", str(data_dir)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while True:
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(50):
                elapsed = time.perf_counter() - started
                socket.disconnectFromServer()
                return elapsed
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd} exited with {proc.returncode} before showing a window")
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"{cmd}: no window after {timeout} s")
            time.sleep(0.01)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def describe(label: str, values: list[float]) -> str:
    return f"{label}: best {min(values):.2f} s, median {statistics.median(values):.2f} s ({len(values)} runs)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help="use the bundle already in build/bundle/dist")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance() or QCoreApplication([])  # QLocalSocket needs an application object
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.no_build:
        print(f"build: {build():.0f} s")
    exe = executable()
    if not exe.exists():
        sys.exit(f"{exe} is missing; run without --no-build")
    print(
        f"bundle: {DIST / 'RefDesk'}: {folder_size(DIST / 'RefDesk') / 1e6:.0f} MB "
        f"({sum(1 for _ in (DIST / 'RefDesk').rglob('*'))} files)"
    )

    scratch = Path(tempfile.mkdtemp(prefix="refdesk-bundle-"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(scratch / "home"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "share"),
        MPLCONFIGDIR=str(scratch / "mpl"),
    )
    env.pop("REFDESK_DATA_DIR", None)
    env.pop("REFDESK_DATABASE_URL", None)
    try:
        versions = []
        for _ in range(args.runs):
            seconds, result = timed([str(exe), "--version"], env)
            if result.returncode != 0 or not result.stdout.startswith("RefDesk "):
                sys.exit(f"--version failed: {result.stdout}{result.stderr}")
            versions.append(seconds)
        print(f"--version prints {result.stdout.strip()!r}")
        print(describe("bundle --version", versions))

        data = scratch / "data"
        seconds, result = timed(
            [str(exe), "--data-dir", str(data), "demo", "--partners", "200", "--referrals", "2000"], env
        )
        if result.returncode != 0:
            sys.exit(f"demo failed: {result.stderr}")
        shots = scratch / "shots"
        seconds, result = timed([str(exe), "--data-dir", str(data), "screenshots", str(shots)], env)
        if result.returncode != 0:
            sys.exit(f"screenshots failed: {result.stderr}")
        first = sorted(shots.glob("*.png"))[0]
        target = OUT / "bundle-main-window.png"
        shutil.copyfile(first, target)
        print(f"screenshot of the main window: {target} (all pages in {seconds:.1f} s)")

        bundle_times = [time_to_window([str(exe)], data, env) for _ in range(args.runs)]
        print(describe("bundle: launch to window", bundle_times))
        src_env = dict(env, PYTHONPATH=str(ROOT))
        source_times = [time_to_window([sys.executable, "-m", "refdesk"], data, src_env) for _ in range(args.runs)]
        print(describe("source (python -m refdesk): launch to window", source_times))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
