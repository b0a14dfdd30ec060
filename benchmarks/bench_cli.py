"""Throughput and peak memory of ``readoutmodel parse`` on a few thousand readouts.

Copies the development corpus's texts into a temporary directory until it
holds ``--files`` readouts, then runs the real command on it with each
``--jobs`` value, writing JSON Lines to a file, and prints files per second
and the peak resident memory of the run, sampled from /proc: of its largest
process (the parent or a worker) and of all its processes together, and the
CPU time all of them used per file (sampled too, so a little low). A second
run with twice the files and the first ``--jobs`` value shows whether memory
grows with the number of files. The load average before each run says how
busy the machine was: other work on the same cores slows every figure.

    python benchmarks/bench_cli.py                      # 3000 files, --jobs 1 and 2
    python benchmarks/bench_cli.py --files 5000 --jobs 1 2 4
    python benchmarks/bench_cli.py --corpus path/to/texts

Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """Resident bytes and CPU seconds of ``root`` and each of its descendants, by pid.

    Read from /proc, so Linux only; elsewhere it is empty and the parent's
    ru_maxrss is reported instead.
    """
    parents: dict[int, int] = {}
    usage: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            pid = int(entry.name)
            parents[pid] = int(fields[1])
            cpu = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
            usage[pid] = (int(fields[21]) * _PAGE, cpu)
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        tree.update(children)
        frontier.extend(children)
    return {pid: usage[pid] for pid in tree if pid in usage}


def make_corpus(source: Path, target: Path, files: int) -> int:
    """Fill ``target`` with copies of the ``.txt`` files of ``source``; return how many."""
    texts = sorted(source.glob("*.txt"))
    if not texts:
        raise SystemExit(f"no .txt files in {source}; pass --corpus DIR")
    for n, path in zip(range(files), itertools.cycle(texts), strict=False):
        shutil.copyfile(path, target / f"{n:06d}-{path.name}")
    return files


def measure(folder: Path, jobs: int, output: Path) -> dict[str, float]:
    """Run the command on ``folder``; its wall time and peak memory, sampled every 50 ms."""
    command = [sys.executable, "-m", "readoutmodel", "parse", str(folder), "--format", "jsonl"]
    command += ["--jobs", str(jobs), "--output", str(output), "--quiet"]
    largest = total = 0
    cpu: dict[int, float] = {}
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stderr=errors)
        while process.poll() is None:
            tree = _tree(process.pid)
            largest = max([largest, *(rss for rss, _ in tree.values())])
            total = max(total, sum(rss for rss, _ in tree.values()))
            cpu.update({pid: seconds for pid, (_, seconds) in tree.items()})
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        if process.returncode not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"readoutmodel failed: {errors.read().decode()}")
    if not largest:  # no /proc: the largest process waited for, in KiB (bytes on macOS)
        scale = 1 if sys.platform == "darwin" else 1024
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return {"seconds": seconds, "largest": largest, "total": total, "cpu": sum(cpu.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="readouts to parse (default 3000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="texts to copy")
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]} on {sys.platform}; corpus {args.corpus.name}/")
    print(f"{os.cpu_count()} CPUs")
    print(
        f"{'files':>7} {'jobs':>5} {'seconds':>8} {'files/s':>8}"
        f" {'CPU ms/file':>11} {'largest process':>16} {'all processes':>14} {'load avg':>9}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        runs = [(args.files, jobs) for jobs in args.jobs] + [(args.files * 2, args.jobs[0])]
        for files, jobs in runs:
            folder = root / f"corpus-{files}"
            if not folder.exists():
                folder.mkdir()
                make_corpus(args.corpus, folder, files)
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            result = measure(folder, jobs, root / "out.jsonl")
            lines = sum(1 for _ in (root / "out.jsonl").open(encoding="utf-8"))
            assert lines == files, f"{lines} records for {files} files"
            print(
                f"{files:>7} {jobs:>5} {result['seconds']:>8.2f} {files / result['seconds']:>8.1f}"
                f" {1000 * result['cpu'] / files:>11.2f}"
                f" {result['largest'] / 2**20:>13.1f} MB {result['total'] / 2**20:>11.1f} MB"
                f" {load:>9.2f}"
            )


if __name__ == "__main__":
    main()
