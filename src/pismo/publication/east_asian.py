"""Vietnamese, Chinese, Korean and Japanese names („Nguyen Van Hung”, „Nguyen Thi Lan”, „Li Wei”, „Kim Min-jun”,
„Yuki Tanaka”): the dictionary knows few of their given names and reads „Van” as a Dutch particle, „Lan”, „Mai”,
„Kim” or „Park” as Polish words, so the rules for Polish names miss them. A family name of these lists with a given
name beside it is a person's (pismo.publication.names)."""

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
    Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Yoon Yun Jang Lim Shin Kwon Hwang Ahn Yoo Ryu Hong Jeon
    Ko Moon Mun Son Bae Baek Heo Nam Noh Roh Kwak Seo Suh Sung Cha Joo Woo Min
    Sato Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
    Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto
    Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda
    Nakagawa Nakano Harada Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita Shibata Sakai Kudo Yokoyama
    Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Maruyama Imai Takeda Murata Ueno Sugiyama Hirano Kojima Kikuchi
""".split())  # not „Suzuki”: in a police text, a car (BRAND_FAMILY_NAMES)
# Family names that are car or motorbike brands too: a person's only beside a Japanese given name („Haruto Suzuki”,
# „Yuki Honda”; „Suzuki Swift”, „Hondę Civic” stay cars) or after „Pan/Pani” (rev-pub18 5).
BRAND_FAMILY_NAMES = frozenset({"Suzuki", "Honda", "Toyota", "Mazda", "Yamaha", "Kawasaki", "Nissan"})
# Common Japanese given names (the dictionary knows some as Polish words: „Ren”, „Hana”).
JAPANESE_GIVEN = frozenset("""
    Haruto Yuto Sota Yuki Hayato Haruki Ryusei Koki Sora Riku Kaito Ren Yamato Hinata Kenji Kenta Kenichi Hiroshi
    Takeshi Takashi Satoshi Akira Daiki Naoki Shota Kazuki Yusuke Daisuke Ryota Tomoya Shun Takumi Makoto Kaoru
    Aiko Sakura Yui Hina Haruka Yuna Mei Rin Aoi Akari Hana Emi Yumi Keiko Yoko Naomi Misaki Ayaka Nanami Miyu
    Kumiko Mariko Tomoko Yuko Noriko Sachiko Mio Riko
""".split())
# A Korean given name as passports write it: two syllables joined by a hyphen, the second in small letters
# („Min-jun”, „Ji-woo”, „Seung-hoon”); names.py joins the two words before asking.
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")
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
    """A capitalised word the dictionary does not know: a given name it lacks („Wei”, „Hung”, „Min-jun”)."""
    return word.istitle() and word.isalpha() and not tags(word).known or bool(_KOREAN_GIVEN.fullmatch(word))


def joined(words: list[str], gaps: list[str]) -> list[int]:
    """For each word, the index of the first word of its hyphenated Korean given name („Min-jun” is read as the words
    „Min” and „jun”), else its own."""
    heads = list(range(len(words)))
    for k in range(1, len(words)):
        if gaps[k - 1] == "-" and _KOREAN_GIVEN.fullmatch(f"{words[k - 1]}-{words[k]}"):
            heads[k] = heads[k - 1]
    return heads


def given_names(words: list[str], gaps: list[str], i: int) -> tuple[int, int] | None:
    """(first, last) word indexes of a name around the family name at `i`: the given names after it („Nguyen Van
    Hung”, „Li Wei”) or before it („Hung Nguyen”, „Wei Li”), one space apart on a line; `gaps[k]` is the text
    between words k and k + 1. A Polish word after the family name is no given name („Do Lublina”) unless a middle
    name comes first („Nguyen Thi Lan”); after a family name that is a Polish word too („Do”, „Li”) an unknown word
    is a given name only as one syllable („Li Wei”, not „Do Wrzosogrodu”)."""
    if words[i] in BRAND_FAMILY_NAMES:
        if i and gaps[i - 1] == " " and words[i - 1] in JAPANESE_GIVEN:
            return i - 1, i  # „Haruto Suzuki”
        if i + 1 < len(words) and gaps[i] == " " and words[i + 1] in JAPANESE_GIVEN:
            return i, i + 1  # „Suzuki Haruto”
        return None
    if words[i] not in FAMILY_NAMES:
        return None
    last, middle = i, False
    while last + 1 < len(words) and last < i + 3 and gaps[last] == " " \
            and (words[last + 1].istitle() or _KOREAN_GIVEN.fullmatch(words[last + 1])):
        nxt = words[last + 1]
        if nxt in MIDDLE_NAMES and last == i or _foreign(nxt) and (_syllable(nxt) or not tags(words[i]).ordinary
                                                                   or _KOREAN_GIVEN.fullmatch(nxt)) \
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
