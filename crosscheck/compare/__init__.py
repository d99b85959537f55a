"""Compare: claims, events and groups -> findings. The comparison stage, one module per job:

- `align.py`: two frames -> the slots both fill, each compatible, stated differently or in conflict;
- `judge.py`: two claims -> a Judgement (agree, differ, apart or unrelated) from their aligned slots;
- `sides.py`: two sides' accounts of one occasion -> side agreements and differences;
- `findings.py`: every event's candidate pairs judged -> differences, agreements and omissions, in review
  order (the omissions themselves: `omissions.py`, beside this package).

The frames the slots come from are read by the claims stage (`crosscheck/frames.py`).
"""
from .findings import compare
from .judge import explain, judge

__all__ = ["compare", "explain", "judge"]
