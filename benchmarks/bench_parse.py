"""Speed and memory of ``readoutmodel.parse``, against the regex floor, on normal and hostile text.

In one run, on the same texts, this script measures:

1. throughput on the development corpus (readouts of about 1.2 KB; the
   shipped examples and invented test readouts when the corpus is absent):
   readouts per second, MB per second and the per-readout median of the
   *regex floor* and of ``parse``, their ratio, and peak memory. The floor is
   the least work a regex-driven readout parser must do: one compiled
   ``regex`` pass splitting the text into sentences and one named-list search
   for reporting verbs, exactly as the project's reference definition;
2. start-up: ``import readoutmodel`` in a fresh interpreter, and the wall time
   of ``readoutmodel --version``;
3. flat memory: 100,000 parses in a stream, with resident memory at intervals;
4. hostile input: 1 MB of normal readout text against 1 MB of each
   pathological shape (one endless line, 100k capitalised words in a row, a
   million commas, "President President ...", unbalanced quotation marks, one
   huge paragraph, and the shapes that once made the parser backtrack), with
   the ratio of each to normal text;
5. linear growth: 1, 2, 5 and 10 MB of normal text (10 MB is the default
   ``max_chars``; longer texts raise ``InputTooLargeError``).

A MB here is a million characters of text. Readouts run one after another in
one process, so "per second" is per core.

    python benchmarks/bench_parse.py                 # everything (several minutes)
    python benchmarks/bench_parse.py --quick         # smaller sizes, a shorter stream
    python benchmarks/bench_parse.py --corpus path/to/texts --only throughput startup

Not a test: the numbers depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

import readoutmodel

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
FALLBACKS = (ROOT / "examples", ROOT / "tests" / "readouts")
MB = 1_000_000

# -- the regex floor ---------------------------------------------------------------------
# The reference definition, reproduced: one sentence-splitting pass and one named-list
# search for reporting verbs, both with the regex module.

# The reference writes its verbs as one string split on whitespace, so its escaped
# two-word verbs ("pointed\\ out") arrive as two words ("pointed\\", "out"). The list
# is built the same way here, so that the floor does the very same work.
_FLOOR_VERB_TEXT = """\
said stated stressed emphasized emphasised underscored underlined noted pointed\\ out
reaffirmed reiterated affirmed confirmed agreed discussed expressed welcomed
highlighted raised conveyed thanked congratulated condemned urged called\\ for
called\\ on briefed informed outlined explained described added recalled
reviewed exchanged\\ views committed pledged vowed warned cautioned hoped
believed appreciated acknowledged praised commended invited accepted proposed
suggested requested asked insisted assured announced declared observed
remarked recognized recognised shared set\\ out touched\\ upon"""
FLOOR_VERBS = [verb.replace("\\ ", " ") for verb in _FLOOR_VERB_TEXT.split()]
FLOOR_SENTENCE_END = regex.compile(
    r"""([.!?]["'\u201d\u2019)\]]*)\s+(?=[A-Z\u00c0-\u00de"'\u201c\u2018\d])|\n[ \t\u00a0]*\n"""
)
FLOOR_VERB = regex.compile(r"\b\L<verbs>\b", verbs=FLOOR_VERBS)


def floor(text: str) -> int:
    """Split into sentences and find reporting verbs; return a count so the work is used."""
    n = 0
    for m in FLOOR_SENTENCE_END.finditer(text):
        n += 1
        m.end()  # a splitter takes each end, as the reference does
    for _ in FLOOR_VERB.finditer(text):
        n += 1
    return n


def parse(text: str) -> int:
    """Parse, and return a count so the work is used."""
    return len(readoutmodel.parse(text).statements)


# -- texts -------------------------------------------------------------------------------


def load_texts(corpus: Path) -> tuple[str, list[str]]:
    """The corpus's texts, or else the shipped examples and invented test readouts; and
    where they came from."""
    paths = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    folders = [corpus]
    if not paths:
        folders = [f for f in FALLBACKS if f.is_dir()]
        paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no .txt files in {corpus} nor in the shipped examples")
    where = " and ".join(os.path.relpath(folder, ROOT) for folder in folders)
    return where, [p.read_text(encoding="utf-8") for p in paths]


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def bodies(texts: Sequence[str]) -> list[str]:
    """The readouts' bodies, as the parser finds them: prose from end to end, no page chrome."""
    found = []
    for text in texts:
        body = readoutmodel.parse(text).body
        if body is not None:
            found.append(body.of(text))
    return found


def normal_text(texts: Sequence[str], size: int) -> str:
    """Readouts' bodies one after another, separated by blank lines, to ``size`` characters.

    Bodies, not whole pages: a page's tail ("Related stories", "Suggest to a friend")
    ends the body, so a text of whole pages would be mostly tail, which costs less.
    """
    return fill("\n\n".join(bodies(texts)) + "\n\n", size)


def _one_paragraph(texts: Sequence[str], width: int = 72) -> str:
    """The bodies' words hard-wrapped near ``width`` columns, breaking lines only where a
    line wraps (after a word that ends no sentence, before one in lower case), so that
    every line break is soft and the whole text is one paragraph."""
    words = " ".join(bodies(texts)).split()
    lines, line = [], ""
    for word, after in itertools.pairwise([*words, "x"]):
        line = f"{line} {word}" if line else word
        soft = not word.endswith((".", "!", "?", '"', "”", "’", "'", ":")) and after[:1].islower()
        if len(line) >= width and soft:
            lines.append(line)
            line = ""
    lines.append(line)
    return "\n".join(lines) + "\n"


CAPITALISED = (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu "
)


def shapes(texts: Sequence[str], size: int) -> dict[str, str]:
    """Normal text and each pathological shape, ``size`` characters of each."""
    flat = " ".join(" ".join(body.split()) for body in bodies(texts)) + " "
    return {
        "normal readout text": normal_text(texts, size),
        "whole pages, chrome and tails included": fill("\n\n".join(texts) + "\n\n", size),
        "one endless line": fill(flat, size),
        "capitalised words in a row": fill(CAPITALISED, size),
        "a million commas": "," * size,
        "President President ...": fill("President ", size),
        "unbalanced quotation marks": fill("Xi Jinping said, “China and France ", size),
        "one huge paragraph": fill(_one_paragraph(texts), size),
        # shapes that once made the parser backtrack or rescan, kept as regressions
        "PRESIDENT PRESIDENT ... in capitals": fill("PRESIDENT ", size),
        "capitalised words in capitals": fill(CAPITALISED.upper(), size),
        "de de de ... (name particles)": fill("de ", size),
        "a sentence, then full stops": "The leaders spoke on the phone." + "." * size,
        "a dateline, then spaces": "BEIJING" + " " * size + "(Xinhua) -- He said it.",
        "a relative date in every line of HTML": fill(
            "<p>The leaders spoke on the phone today.</p>&nbsp;", size
        ),
        "a relaying office saying, no sentence end": fill("the ministry said. ", size),
        "adverbs before a passive": "Trade was " + fill("also ", size) + "discussed.",
        "a quotation mark and a verb, no sentence end": fill("“He said ", size),
        "Ms. Ms. ... (styles)": fill("Ms. ", size),
        "Former Former ... (modifiers of offices)": fill("Former ", size),
        "EU EU ... (a topic term in every word)": fill("EU ", size),
        "the President, the President, ... (one sentence)": fill("the President, ", size),
        "President and President and ...": fill("President and ", size),
        "quoted sentences in one paragraph": fill("“We agree,” he said. ", size),
        "invited ... to visit, again and again": fill("invited President Lula to visit ", size),
        "discussed with ... (verbs far from their subject)": fill("discussed with ", size),
        "Minister and PRC Minister and ... (offices with countries)": fill(
            "Minister and PRC Minister and ", size
        ),
        "a quotation left open, paragraph after paragraph": fill("“We agree on trade.\n\n", size),
        "a list under a colon, again and again": fill("They discussed:\n• trade\n", size),
        "had an exchange of views ... (one sentence)": fill("had an exchange of views ", size),
        "spoke with X to discuss ... (one sentence)": fill(
            "spoke with President Lula to discuss ", size
        ),
        "The call was requested by ..., sentence after sentence": fill(
            "The call was requested by the Chilean leader. ", size
        ),
        ", said X and ... (one sentence)": fill(", said President Lula and ", size),
        ", which X requested, said ... (one sentence)": fill(
            ", which the President requested, said ", size
        ),
        "was pleased and ... (one sentence)": fill("Macron was pleased and ", size),
        "spoke with X, following a meeting with ... (one sentence)": fill(
            "spoke with President Lula, following his meeting with President Ruto, ", size
        ),
    }


# -- measuring ---------------------------------------------------------------------------


def timed(function: Callable[[str], object], text: str, repeats: int = 1) -> float:
    """The best of ``repeats`` timings: other work on the machine only ever adds time."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def rss() -> int:
    """Resident memory now, in bytes (0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def max_rss() -> int:
    """Peak resident memory of this process, in bytes."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def throughput(texts: Sequence[str], seconds: float) -> None:
    """Readouts per second of the floor and of parse, interleaved round by round."""
    total_chars = sum(len(t) for t in texts)
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    print(
        f"\n== throughput: {len(texts)} readouts, {total_chars / len(texts):,.0f} characters each"
    )
    for text in texts:  # warm up: compile the grammar, fill caches
        floor(text)
        parse(text)
    times: dict[str, list[float]] = {"floor": [], "parse": []}
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < seconds or rounds < 3:
        for name, function in (("floor", floor), ("parse", parse)):
            times[name].extend(timed(function, text) for text in texts)
        rounds += 1
    print(f"{rounds} rounds over the same texts, floor and parse interleaved")
    print(f"{'':>8} {'readouts/s':>11} {'MB/s':>8} {'median µs':>10} {'p95 µs':>9}")
    for name, values in times.items():
        spent = sum(values)
        per_second = len(values) / spent
        mb_per_second = rounds * total_bytes / MB / spent
        p95 = statistics.quantiles(values, n=20)[-1]
        print(
            f"{name:>8} {per_second:>11,.0f} {mb_per_second:>8.2f}"
            f" {1e6 * statistics.median(values):>10.0f} {1e6 * p95:>9.0f}"
        )
    ratio = sum(times["parse"]) / sum(times["floor"])
    median_ratio = statistics.median(times["parse"]) / statistics.median(times["floor"])
    print(f"parse/floor: {ratio:.1f}x in total, {median_ratio:.1f}x per-readout median")

    gc.collect()
    tracemalloc.start()
    peaks = []
    for text in texts:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        parse(text)
        peaks.append(tracemalloc.get_traced_memory()[1] - base)
    tracemalloc.stop()
    print(
        f"peak memory of a parse (tracemalloc): median {statistics.median(peaks) / 1024:,.0f} KiB,"
        f" largest {max(peaks) / 1024:,.0f} KiB; process peak RSS {max_rss() / 2**20:,.1f} MiB"
    )


def startup(runs: int) -> None:
    """``import readoutmodel`` in fresh interpreters, the first parse after it (which
    loads the vocabulary and compiles the grammar), and ``readoutmodel --version``.

    Measured as an installed package starts: with its bytecode cached. The first run
    writes the cache (even where PYTHONDONTWRITEBYTECODE is set) and is not counted.
    """
    print(f"\n== start-up: median of {runs} fresh processes, bytecode cached")
    code = "import time; t = time.perf_counter(); import readoutmodel; print(time.perf_counter()-t)"
    command = [sys.executable, "-c", code]
    _run(command)
    imports = [float(_run(command)) for _ in range(runs)]
    bare = [_wall([sys.executable, "-c", "pass"]) for _ in range(runs)]
    print(f"import readoutmodel: {1000 * statistics.median(imports):.0f} ms", end="")
    print(f" (a bare interpreter starts in {1000 * statistics.median(bare):.0f} ms)")
    code = (
        "import time, readoutmodel; t = time.perf_counter();"
        " readoutmodel.parse('The two leaders spoke by phone.'); print(time.perf_counter()-t)"
    )
    firsts = [float(_run([sys.executable, "-c", code])) for _ in range(runs)]
    print(f"the first parse of a process: {1000 * statistics.median(firsts):.0f} ms")
    found = shutil.which("readoutmodel", path=str(Path(sys.executable).parent))
    program = found or shutil.which("readoutmodel")
    if program is None:
        print("readoutmodel --version: no readoutmodel command installed; skipped")
        return
    try:
        version = _run([program, "--version"]).strip()
    except subprocess.CalledProcessError as error:
        print(f"readoutmodel --version: exits {error.returncode}; skipped")
        return
    walls = [_wall([program, "--version"]) for _ in range(runs)]
    print(f"readoutmodel --version: {1000 * statistics.median(walls):.0f} ms wall ({version})")


_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=_ENVIRONMENT)
    return done.stdout


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    _run(command)
    return time.perf_counter() - started


def hostile(texts: Sequence[str], size: int, repeats: int) -> None:
    """Each pathological shape against normal text of the same size."""
    print(f"\n== hostile input: {size / MB:g} MB of each shape against normal readout text")
    print(f"best of {repeats} runs each")
    print(f"{'shape':<42} {'seconds':>8} {'x normal':>9}")
    normal = 0.0
    for name, text in shapes(texts, size).items():
        seconds = timed(parse, text, repeats)
        normal = normal or seconds
        print(f"{name:<42} {seconds:>8.2f} {seconds / normal:>8.1f}x")


def linear(texts: Sequence[str], sizes: Sequence[int], repeats: int) -> None:
    """Normal text of growing size: time per MB stays level when growth is linear."""
    print("\n== growth: normal readout text of growing size")
    print(f"best of {repeats} runs each")
    print(f"{'MB':>4} {'seconds':>8} {'s per MB':>9} {'x 1st per MB':>13}")
    first = 0.0
    for size in sizes:
        text = normal_text(texts, size)
        seconds = timed(parse, text, repeats)
        per_mb = seconds / (size / MB)
        first = first or per_mb
        print(f"{size / MB:>4g} {seconds:>8.2f} {per_mb:>9.2f} {per_mb / first:>12.2f}x")
        del text


def stream(texts: Sequence[str], count: int) -> None:
    """Parse ``count`` readouts one after another; memory should stay flat."""
    print(f"\n== memory over a stream of {count:,} parses")
    print(f"{'parses':>8} {'seconds':>8} {'RSS MiB':>8} {'peak RSS MiB':>13} {'gc objects':>11}")
    step = max(count // 10, 1)
    started = time.perf_counter()
    for n, text in enumerate(itertools.islice(itertools.cycle(texts), count), start=1):
        parse(text)
        if n % step == 0 or n == 1:
            print(
                f"{n:>8,} {time.perf_counter() - started:>8.1f} {rss() / 2**20:>8.1f}"
                f" {max_rss() / 2**20:>13.1f} {len(gc.get_objects()):>11,}",
                flush=True,
            )


SECTIONS = ("throughput", "startup", "stream", "hostile", "linear")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt readouts"
    )
    parser.add_argument("--quick", action="store_true", help="smaller inputs, a shorter stream")
    parser.add_argument(
        "--only", nargs="+", choices=SECTIONS, default=SECTIONS, help="sections to run"
    )
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="throughput: seconds to run (10)"
    )
    args = parser.parse_args()

    source, texts = load_texts(args.corpus)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"readoutmodel {readoutmodel.__version__}, python {sys.version.split()[0]},"
        f" {os.cpu_count()} CPUs, load average {load:.2f}; texts from {source}"
    )
    if "throughput" in args.only:
        throughput(texts, args.seconds / (4 if args.quick else 1))
    if "startup" in args.only:
        startup(3 if args.quick else 7)
    if "stream" in args.only:  # before the large inputs, which raise the peak
        stream(texts, 10_000 if args.quick else 100_000)
    if "hostile" in args.only:
        hostile(texts, MB // 4 if args.quick else MB, repeats=3)
    if "linear" in args.only:
        sizes = [MB // 4, MB // 2, MB] if args.quick else [MB, 2 * MB, 5 * MB, 10 * MB]
        linear(texts, sizes, repeats=2)


if __name__ == "__main__":
    main()
