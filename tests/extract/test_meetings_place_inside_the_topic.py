"""A place named inside what a meeting was about ("held talks with X on the handover of bases in Y")
is not where the meeting was held; a place told of the meeting itself still is."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("LIMA, Peru — Defence Minister Carlos Ruiz on Tuesday hosted his Ecuadorian counterpart, Defence Minister "
        "Paula Soto, at the defence ministry, where the two signed a memorandum of understanding on border security.\n\n")


@pytest.mark.parametrize("talks", [
    "Army chief General Tomas Reyes held separate talks with the Commander of the Ecuadorian Army, General Luis Mora, "
    "on cross-border patrols and the handover of outposts in Sucumbios.",
    "Army chief General Tomas Reyes held separate talks with the Commander of the Ecuadorian Army, General Luis Mora, "
    "on the reconstruction of the naval base in Guayaquil.",
    "Army chief General Tomas Reyes also met the Commander of the Ecuadorian Army, General Luis Mora, "
    "about the security of the oil fields in Sucumbios.",
])
def test_place_inside_the_topic_is_not_the_meeting_place(nlp, talks):
    x = extract_text(nlp, LEAD + talks)
    meeting = meetings_by_participants(x)[("Luis Mora", "Tomas Reyes")]
    assert place_name(x, meeting) not in ("Sucumbios", "Guayaquil")


@pytest.mark.parametrize("talks,place", [
    ("Army chief General Tomas Reyes held talks with the Commander of the Ecuadorian Army, General Luis Mora, "
     "on Wednesday in Guayaquil.", "Guayaquil"),
    ("Army chief General Tomas Reyes met the Commander of the Ecuadorian Army, General Luis Mora, "
     "on the sidelines of a regional conference in Quito.", "Quito"),
    ("Army chief General Tomas Reyes met the Commander of the Ecuadorian Army, General Luis Mora, "
     "on board a patrol vessel in Guayaquil.", "Guayaquil"),
    # a place after "on" is where the talks were, not their topic
    ("Army chief General Tomas Reyes held talks with the Commander of the Ecuadorian Army, General Luis Mora, "
     "on the deck of a frigate in Guayaquil on Wednesday.", "Guayaquil"),
    ("Army chief General Tomas Reyes held talks with the Commander of the Ecuadorian Army, General Luis Mora, "
     "on the grounds of the naval academy in Guayaquil.", "Guayaquil"),
])
def test_place_of_the_meeting_itself_is_kept(nlp, talks, place):
    x = extract_text(nlp, LEAD + talks)
    meeting = meetings_by_participants(x)[("Luis Mora", "Tomas Reyes")]
    assert place_name(x, meeting) == place
