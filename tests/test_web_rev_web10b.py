"""The save path after the tenth web review (rev-web10) of issue 17: identical copies in a list without id are
asked, a restored item keeps its own text, notes travel with their item, a comment goes with its value, an item
keeps its own indentation, an unreadable disk keeps the loaded version's comments, and line ends are kept."""

from __future__ import annotations

import copy

from test_web_items import TEXT
from test_web_rev_web9 import OBECNI, three

from pismo.web import form

JOLANTA = """        - imie_nazwisko: Jolanta Próbna
          funkcja: Przewodnicząca Rady Osiedla Wrzosowisko
"""


def test_one_of_two_identical_copies_removed_on_disk_and_the_other_edited_is_asked():
    """Finding 1's variant: which copy the disk removed cannot be told – the edit was offered as a restore of
    „the removed one”, pre-selected, and one click wrote both copies again (the disk's removal undone)."""
    base = form.load(TEXT.replace(JOLANTA, JOLANTA + JOLANTA, 1))
    for removed, edited in ((1, 2), (2, 1)):
        theirs, mine = copy.deepcopy(base), copy.deepcopy(base)
        del theirs["spotkania"][0]["protokol"]["obecni"][removed]
        mine["spotkania"][0]["protokol"]["obecni"][edited]["funkcja"] = "ZMIANA B"
        found = three(base, mine, theirs)
        assert not found.restore, (removed, edited)
        assert [(c.key, c.unsure) for c in found.conflicts] == [(f"{OBECNI}[1].funkcja", True)]
        names = [v for k, v in found.fields if k.startswith(OBECNI) and k.endswith("imie_nazwisko")]
        assert names.count("Jolanta Próbna") == 1 and len(names) == 4
