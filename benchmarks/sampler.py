"""A small sampling profiler (standard library only), for where the wall time really goes.

cProfile charges every Python call, so code that makes millions of small calls (openpyxl's
style hashing, per-cell writes) looks ten times slower under it than it is, and the shares
between stages come out wrong. This samples the main thread's stack on a wall-clock timer
instead, and weights each sample by the wall time since the previous one: a long call into C
(rapidfuzz, regex, numpy) delays the signal until it returns, and the delay is then charged
to the Python function that made the call, which is where it belongs.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from types import FrameType

Key = tuple[str, int, str]   # (file, first line, function), as pstats names functions


class Sampler:
    """enable() / disable() like cProfile.Profile; one Sampler active at a time."""

    _active: Sampler | None = None

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.own: Counter[Key] = Counter()     # seconds with the function on top of the stack
        self.cum: Counter[Key] = Counter()     # seconds with the function anywhere on it
        self.total = 0.0
        self.importing = 0.0                    # seconds spent importing modules lazily
        self._last = 0.0

    def enable(self) -> None:
        if Sampler._active is not None:
            raise RuntimeError("another Sampler is already running")
        Sampler._active = self
        self._last = time.perf_counter()
        signal.signal(signal.SIGALRM, Sampler._handler)
        signal.setitimer(signal.ITIMER_REAL, self.interval, self.interval)

    def disable(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        self._record(None)
        Sampler._active = None

    @staticmethod
    def _handler(signum: int, frame: FrameType | None) -> None:
        if Sampler._active is not None:
            Sampler._active._record(frame)

    def _record(self, frame: FrameType | None) -> None:
        now = time.perf_counter()
        weight, self._last = now - self._last, now
        if frame is None:
            return
        self.total += weight
        seen: set[Key] = set()
        top = True
        importing = False
        while frame is not None:
            code = frame.f_code
            importing = importing or code.co_filename.startswith("<frozen importlib")
            key = (code.co_filename, code.co_firstlineno, code.co_name)
            if top:
                self.own[key] += weight
                top = False
            if key not in seen:
                self.cum[key] += weight
                seen.add(key)
            frame = frame.f_back
        if importing:
            self.importing += weight

    def stats(self) -> dict[Key, tuple[int | None, float, float]]:
        """key -> (calls: unknown, own seconds, cumulative seconds), as the report expects."""
        return {k: (None, self.own.get(k, 0.0), c) for k, c in self.cum.items()}
