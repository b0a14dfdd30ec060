"""Throughput and peak memory of ``readoutmodel parse`` on a few thousand readouts.

Copies the development corpus's texts into a temporary directory until it
holds ``--files`` readouts, then runs the real command on it with each
``--jobs`` value, writing JSON Lines to a file, and prints files per second
and the peak resident memory of the largest process of the run (the parent or
a worker). A second, larger run of the first ``--jobs`` value shows whether
memory grows with the number of files.

    python benchmarks/bench_cli.py                      # 3000 files, --jobs 1 and 2
    python benchmarks/bench_cli.py --files 5000 --jobs 1 2 4
    python benchmarks/bench_cli.py --corpus path/to/texts

Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

# Runs the command in a child and reports, as JSON, the peak RSS over the child and every
# process it waited for; ru_maxrss is in KiB on Linux and in bytes on macOS.
_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
status = subprocess.run(sys.argv[1:], check=False).returncode
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"status": status, "seconds": seconds, "peak_bytes": peak * scale}))
"""


def make_corpus(source: Path, target: Path, files: int) -> int:
    """Fill ``target`` with copies of the ``.txt`` files of ``source``; return how many."""
    texts = sorted(source.glob("*.txt"))
    if not texts:
        raise SystemExit(f"no .txt files in {source}; pass --corpus DIR")
    for n, path in zip(range(files), itertools.cycle(texts), strict=False):
        shutil.copyfile(path, target / f"{n:06d}-{path.name}")
    return files


def measure(folder: Path, jobs: int, output: Path) -> dict[str, float]:
    command = [
        sys.executable,
        "-m",
        "readoutmodel",
        "parse",
        str(folder),
        "--format",
        "jsonl",
        "--jobs",
        str(jobs),
        "--output",
        str(output),
        "--quiet",
    ]
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(completed.stdout)
    if result["status"] not in (0, 1):
        raise SystemExit(f"readoutmodel failed: {completed.stderr}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="readouts to parse (default 3000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="texts to copy")
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]} on {sys.platform}; corpus {args.corpus.name}/")
    print(f"{'files':>7} {'jobs':>5} {'seconds':>8} {'files/s':>8} {'peak RSS':>9}")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        runs = [(args.files, jobs) for jobs in args.jobs] + [(args.files * 2, args.jobs[0])]
        for files, jobs in runs:
            folder = root / f"corpus-{files}"
            if not folder.exists():
                folder.mkdir()
                make_corpus(args.corpus, folder, files)
            started = time.perf_counter()
            result = measure(folder, jobs, root / "out.jsonl")
            elapsed = time.perf_counter() - started
            lines = sum(1 for _ in (root / "out.jsonl").open(encoding="utf-8"))
            assert lines == files, f"{lines} records for {files} files"
            print(
                f"{files:>7} {jobs:>5} {elapsed:>8.2f} {files / result['seconds']:>8.1f}"
                f" {result['peak_bytes'] / 2**20:>7.1f} MB"
            )


if __name__ == "__main__":
    main()
