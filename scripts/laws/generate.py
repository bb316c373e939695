#!/usr/bin/env python3
"""Generate src/main/resources/gazettekg/reference/laws.tsv from LawRefBook/Laws' db.sqlite3.

The catalog of national laws and regulations (issue 19, "Which law is it"): one row per version of a
constitution, law, administrative regulation, judicial interpretation or departmental rule, with facts
only (names, legal force, dates, whether the row is superseded); no text of any law is taken.

Source: the public repository https://github.com/LawRefBook/Laws at commit
2f4c5c23716267af9dbebbbbd6cbbf732b101981 (2025-04-19), file db.sqlite3 (table `law`), itself crawled
from the national database of laws and regulations (国家法律法规数据库, flk.npc.gov.cn).

How to obtain the database and regenerate the file (python3, standard library only):

    git clone https://github.com/LawRefBook/Laws.git /tmp/Laws
    git -C /tmp/Laws show 2f4c5c23716267af9dbebbbbd6cbbf732b101981:db.sqlite3 > /tmp/laws.sqlite3
    python3 scripts/laws/generate.py /tmp/laws.sqlite3 > src/main/resources/gazettekg/reference/laws.tsv

(or `python3 scripts/laws/generate.py /tmp/laws.sqlite3 -o src/main/resources/gazettekg/reference/laws.tsv`).
The output is deterministic: the same database gives the same file byte for byte.

Licence: under 著作权法 第五条 (Copyright Law of the PRC, article 5) laws, regulations, resolutions and
decisions of state organs, and their official translations, are not protected by copyright. The file
takes only facts about them (names, categories, dates, versions), which are not works either; it
copies no text of the repository's own (its Markdown files and scripts are not used).
"""

import argparse
import sqlite3
import sys
from collections import defaultdict

COMMIT = "2f4c5c23716267af9dbebbbbd6cbbf732b101981"
REPOSITORY = "https://github.com/LawRefBook/Laws"

# Legal forces (the `level` column) taken, in the order the file lists them. 案例 (court cases) and
# 其他 are not legal instruments and are dropped.
FORCES = ["宪法", "法律", "行政法规", "司法解释", "部门规章"]

NATIONAL_PREFIX = "中华人民共和国"

# 法律 whose official title does not begin with 中华人民共和国, by rule (see full_name()).
NO_PREFIX_EXACT = {
    # Its official title, as adopted on 2005-03-14, is just 反分裂国家法.
    "反分裂国家法",
    # Not an act of the NPC: a standard issued jointly by the two supreme courts and three ministries,
    # filed under 法律 by the source; it has no national prefix.
    "人体损伤程度鉴定标准",
}

# Codes the source splits into parts (one row per 编, `filename` naming the part, no dates): they are
# emitted as one row under the code's name. Dates are not in the source for these rows; they are the
# code's adoption and entry into force as its promulgating order states (主席令第四十五号).
CODES = {
    "民法典": ("2020-05-28", "2021-01-01"),
}


def full_name(force, name):
    """The official full title of a national law, or "" where the catalog's name is already the title.

    Rule: a row of legal force 宪法 or 法律 is titled 中华人民共和国 + name (宪法, 刑法修正案（十一）, 香港特别行政区基本法,
    人民警察警衔条例 …), except
      - decisions, resolutions and rules of the NPC and its Standing Committee (a name with 关于 in it,
        or ending in 议事规则): their titles begin with the body (全国人民代表大会常务委员会关于…);
      - acts of the army (a name beginning 中国人民解放军): the title begins with the army's name;
      - the names listed in NO_PREFIX_EXACT.
    Other forces (行政法规, 司法解释, 部门规章) get no full name: the source gives only the short form and some
    of their official titles carry the prefix while others do not, so none is guessed.
    """
    if force not in ("宪法", "法律"):
        return ""
    if name.startswith(NATIONAL_PREFIX):
        return ""
    if "关于" in name or name.endswith("议事规则") or name.startswith("中国人民解放军"):
        return ""
    if name in NO_PREFIX_EXACT:
        return ""
    return NATIONAL_PREFIX + name


def clean(text):
    return " ".join((text or "").split())


def date(value):
    value = (value or "").strip()
    return value if len(value) == 10 else ""


def rows(db_path):
    con = sqlite3.connect("file:%s?mode=ro" % db_path, uri=True)
    try:
        raw = con.execute(
            "SELECT level, name, filename, publish, valid_from, expired FROM law").fetchall()
    finally:
        con.close()
    versions = {}
    for level, name, filename, publish, valid_from, expired in raw:
        if level not in FORCES:
            continue
        name = clean(name)
        if filename:
            # a part of a code (民法典 合同编): the code itself
            code = name.split(" ")[0]
            if code in CODES:
                name = code
                publish, valid_from = CODES[code]
        key = (level, name, date(publish), date(valid_from))
        # identical facts twice are one version; a version marked expired anywhere stays expired
        versions[key] = max(versions.get(key, 0), 1 if expired else 0)
    by_name = defaultdict(list)
    for (level, name, publish, valid_from), expired in versions.items():
        by_name[(level, name)].append((publish, valid_from, expired))
    out = []
    for (level, name), vs in by_name.items():
        # the newest version is the one with the latest publish date (undated versions count as oldest)
        newest = max(v[0] for v in vs)
        for publish, valid_from, expired in vs:
            superseded = 1 if expired or publish < newest else 0
            out.append((name, full_name(level, name), level, publish, valid_from, superseded))
    out.sort(key=lambda r: (FORCES.index(r[2]), r[0], r[3], r[4]))
    return out


HEADER = """\
# National laws and regulations: a catalog of facts (names, legal force, dates, versions), no texts.
# source: {repo} at commit {commit} (2025-04-19),
#   its db.sqlite3 table `law`, crawled from the national database of laws and regulations
#   (国家法律法规数据库, flk.npc.gov.cn). 案例 (court cases) and 其他 rows are dropped.
# licence: 著作权法 第五条 excludes laws, regulations and decisions of state organs from copyright; only facts
#   about them (names, dates, categories) are taken, no text, nothing of the repository's own writing.
# generated by: python3 scripts/laws/generate.py /tmp/laws.sqlite3 -o src/main/resources/gazettekg/reference/laws.tsv
#   where /tmp/laws.sqlite3 = git show {commit}:db.sqlite3 (see the script's docstring).
# columns:
#   name        the short form without 中华人民共和国, as the source gives it (档案法, 审计法实施条例)
#   full_name   中华人民共和国 + name for 宪法 and 法律 rows, by rule: empty for the NPC's decisions and rules
#               (关于…, …议事规则), the army's acts (中国人民解放军…), 反分裂国家法 and 人体损伤程度鉴定标准,
#               whose titles carry no prefix; empty for every other legal force (the source has no full titles)
#   legal_force 宪法, 法律, 行政法规, 司法解释 or 部门规章 (the source's `level`)
#   published   date of promulgation or of the latest amendment of this version (ISO); empty where unknown
#   valid_from  date this version took effect; empty where unknown
#   superseded  1 when the source marks the row expired or a newer row of the same name exists: an older
#               version of an amended law (立法法 2015, 行政复议法 2017). A name whose every row is superseded
#               has lost force as a whole (公司登记管理条例, 环境噪声污染防治法). 0 is the current version. Laws
#               repealed outright before the crawl (合同法, 物权法) are absent, so validity also comes from
#               the gazettes' own 废止 clauses.
# 民法典 is one row (the source splits it into its 编 without dates; dates from 主席令第四十五号).
# rows by legal force (of which superseded): {counts}
name\tfull_name\tlegal_force\tpublished\tvalid_from\tsuperseded
"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sqlite", help="path of LawRefBook/Laws' db.sqlite3 at commit " + COMMIT)
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args(argv)
    out_rows = rows(args.sqlite)
    counts = defaultdict(int)
    superseded = defaultdict(int)
    for r in out_rows:
        counts[r[2]] += 1
        superseded[r[2]] += r[5]
    text = HEADER.format(repo=REPOSITORY, commit=COMMIT,
                         counts=", ".join("%s %d (%d)" % (f, counts[f], superseded[f]) for f in FORCES))
    text += "".join("\t".join(str(v) for v in r) + "\n" for r in out_rows)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
