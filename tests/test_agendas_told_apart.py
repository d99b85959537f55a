"""What one meeting dealt with, told by each claim in words that share none ("talks focused on X" / "used the meeting
mainly to discuss Y"; "discussed X during talks" / "Y dominated the talks"): two sides' emphasis, a difference (issue 16,
writer24 row of kind `agenda-emphasis`), never an agreement nor two facts. One agenda told alike agrees; two meetings
on two days are no difference of one."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Talks between the two foreign ministers in Warsaw focused on energy security, the Polish side said.",
     "The two foreign ministers used their Warsaw meeting mainly to discuss migration and border controls, the "
     "visiting delegation said."),
    ("The prime ministers of Japan and Australia discussed critical minerals during talks in Canberra on Friday.",
     "Defence cooperation and the South China Sea dominated Friday's talks in Canberra between the leaders of "
     "Australia and Japan."),
])
def test_one_meetings_agenda_told_apart_differs(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


@pytest.mark.parametrize("a, b", [
    ("The prime ministers of Japan and Australia discussed critical minerals during talks in Canberra on Friday.",
     "The Australian and Japanese leaders focused on critical minerals at their talks in Canberra on Friday."),
    ("The prime ministers of Japan and Australia discussed critical minerals during talks in Canberra on Friday.",
     "The prime ministers of Japan and Australia discussed defence during talks in Tokyo on Monday."),
])
def test_no_agenda_told_apart(verdict, a, b):
    assert "agenda" not in verdict(a, b).reason
