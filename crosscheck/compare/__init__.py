"""Compare: claims, events and groups -> findings. The comparison stage, one module per job:

- `align.py`: two frames -> the slots both fill, each compatible, stated differently or in conflict;
- `judge.py`: two claims -> a Judgement (agree, differ, apart or unrelated) from their aligned slots;
- `unmatched.py`: what `judge.py` asks last: a specific of one claim that matches none of the other's;
- `one_fact.py`: a pair found apart that shares specifics enough to be one statement, all but one value;
- `readings.py`: what these read off a claim (a role's words and names, hedges, days, places, numerals);
- `sides.py`: two sides' accounts of one occasion -> side agreements and differences;
- `omissions.py`: what one side's account or one outlet's article leaves out that another's holds;
- `findings.py`: every event's candidate pairs judged -> differences, agreements and omissions, in review
  order.

The frames the slots come from are read by the claims stage (`crosscheck/frames.py`).
"""
from .findings import candidate_pairs, compare
from .judge import explain, judge
from .omissions import claim_parts, unsided_accounts

__all__ = ["candidate_pairs", "claim_parts", "compare", "explain", "judge", "unsided_accounts"]
