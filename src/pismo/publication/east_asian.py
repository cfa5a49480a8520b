"""Vietnamese and Chinese names („Nguyen Van Hung”, „Nguyen Thi Lan”, „Li Wei”): the dictionary knows few of their
given names and reads „Van” as a Dutch particle, „Lan” or „Mai” as Polish words, so the rules for Polish names
miss them. A family name of these lists with a given name beside it is a person's (pismo.publication.names)."""

from __future__ import annotations

import re
import unicodedata

from pismo.publication.name_tags import tags

# The commonest family names of Vietnamese and Chinese residents in Poland, as written without and with diacritics.
FAMILY_NAMES = frozenset("""
    Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ
    Ngo Ngô Duong Dương Ly Lý Dinh Đinh Trinh Trịnh Truong Trương Luong Lương Doan Đoàn Lam Lâm Quach Vuong Vương
    Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Song Tang Han Feng
    Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Zhong Wong
""".split())
# Vietnamese middle names that tell a given name follows („Van” of men, „Thi” of women).
MIDDLE_NAMES = frozenset("""Van Văn Thi Thị Duc Đức Huu Hữu Ngoc Ngọc Quoc Quốc Xuan Xuân Thanh Minh Hong Hồng Kim
    Dinh Đình Cong Công Ba Bá""".split())
_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if not unicodedata.combining(c))


def _syllable(word: str) -> bool:
    """One syllable as Vietnamese writes each part of a name („Hung”, „Lan”, „Nguyen”, „Huong”)."""
    return len(word) <= 7 and bool(_SYLLABLE.fullmatch(_plain(word)))


def _foreign(word: str) -> bool:
    """A capitalised word the dictionary does not know: a given name it lacks („Wei”, „Hung”)."""
    return word.istitle() and word.isalpha() and not tags(word).known


def given_names(words: list[str], gaps: list[str], i: int) -> tuple[int, int] | None:
    """(first, last) word indexes of a name around the family name at `i`: the given names after it („Nguyen Van
    Hung”, „Li Wei”) or before it („Hung Nguyen”, „Wei Li”), one space apart on a line; `gaps[k]` is the text
    between words k and k + 1. A Polish word after the family name is no given name („Do Lublina”) unless a middle
    name comes first („Nguyen Thi Lan”); after a family name that is a Polish word too („Do”, „Li”) an unknown word
    is a given name only as one syllable („Li Wei”, not „Do Wrzosogrodu”)."""
    if words[i] not in FAMILY_NAMES:
        return None
    last, middle = i, False
    while last + 1 < len(words) and last < i + 3 and gaps[last] == " " and words[last + 1].istitle():
        nxt = words[last + 1]
        if nxt in MIDDLE_NAMES and last == i or _foreign(nxt) and (_syllable(nxt) or not tags(words[i]).ordinary) \
                or middle and _syllable(nxt):
            middle |= nxt in MIDDLE_NAMES
            last += 1
        else:
            break
    if last > i and (middle or any(_foreign(w) for w in words[i + 1:last + 1])) and not (middle and last == i + 1):
        return i, last
    first = i
    while first > 0 and first > i - 2 and gaps[first - 1] == " " and (
            _foreign(words[first - 1]) or words[first - 1] in MIDDLE_NAMES and first < i):
        first -= 1
    return (first, i) if first < i else None
