"""Work on a stream of inputs in worker processes, results in input order.

Kept apart from :mod:`readoutmodel.batch` so that ``import readoutmodel``
does not pay for :mod:`multiprocessing` and :mod:`concurrent.futures` until
a run asks for more than one process.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

__all__ = ["Work", "in_processes"]

CHUNK = 8  # inputs sent to a worker at a time
CHUNKS_IN_FLIGHT_PER_JOB = 2


class Work(Protocol):
    """What is done to each input, and what stands for an input whose worker died.

    It must be picklable: each worker process receives it once, when it starts.
    """

    def __call__(self, item: Any, /) -> Any: ...

    def failed(self, name: str, message: str, /) -> Any: ...


# Each worker process holds the work of its run, set once when it starts.
_worker_work: Work | None = None


def _start_worker(work: Work) -> None:
    global _worker_work
    _worker_work = work


def _work_in_worker(chunk: list[Any]) -> list[Any]:
    assert _worker_work is not None, "worker was not started with _start_worker"
    return [_worker_work(item) for item in chunk]


def in_processes(items: Iterator[Any], jobs: int, work: Work) -> Iterator[Any]:
    """``work`` of each item (each with a ``name``) in ``jobs`` processes, in input
    order, with at most a few chunks of inputs in flight per process."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pending: deque[tuple[list[str], Future[list[Any]]]] = deque()
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(work,)
    ) as pool:
        try:
            while chunk := list(itertools.islice(items, CHUNK)):
                names = [item.name for item in chunk]
                pending.append((names, _submit(pool, chunk)))
                if len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                    yield from _outcomes(*pending.popleft(), work)
            while pending:
                yield from _outcomes(*pending.popleft(), work)
        finally:
            for _, future in pending:
                future.cancel()


def _submit(pool: ProcessPoolExecutor, chunk: list[Any]) -> Future[list[Any]]:
    try:
        return pool.submit(_work_in_worker, chunk)
    except BrokenProcessPool as error:  # the inputs after a dead worker fail too, as values
        future: Future[list[Any]] = Future()
        future.set_exception(error)
        return future


def _outcomes(names: list[str], future: Future[list[Any]], work: Work) -> list[Any]:
    try:
        return future.result()
    except BrokenProcessPool as error:  # a worker died (killed, out of memory)
        message = f"worker process failed: {error}"
        return [work.failed(name, message) for name in names]
