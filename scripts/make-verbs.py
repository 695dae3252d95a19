#!/usr/bin/env python3
"""Compiles PETRARCH2's CAMEO verb dictionary into Sources/NewsExtraction/Resources/cameo-verbs.tsv.

Usage (from the project's root):
    python3 scripts/make-verbs.py [--petrarch ../shared/lexicons/petrarch2]

Each verb of CAMEO.2.0.txt whose code (its own, else its block's) falls in one of our 21 relation
types (../shared/eval/relation-types.tsv, copied into TYPES below) becomes a `verb` row of the
relation lexicon's format; each pattern whose code differs from its verb's becomes a row with the
pattern's head noun as the companion ("rush aid" -> provide_aid). Verbs the hand-written
relation-lexicon.tsv already knows (as triggers or in a verb class) are left to it, and so are
light verbs without a companion (give, make, take ...). The event coder reads both files; the
generated rows only add. Deterministic: the same inputs give the same bytes.
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESOURCES = os.path.join(ROOT, "Sources", "NewsExtraction", "Resources")

# CAMEO code roots -> our types (relation-types.tsv).
TYPES = {}
for codes, name in [
    ("040 041 042 043 044 045 046", "meet_or_negotiate"),
    ("020 021 022 023 024 025 026 027 028", "appeal"),
    ("030 031 032 033 034 035 036 037 038 039", "pledge_cooperation"),
    ("050 051 052 053 055 056", "praise_or_back"),
    ("054", "recognise_or_restore_ties"),
    ("057", "sign_agreement"),
    ("060 061", "trade_or_economic_cooperation"),
    ("062 063 064", "security_cooperation"),
    ("072", "arms_supply"),
    ("070 071 073 074 075", "provide_aid"),
    ("080 081 082 083 084 085 086 087", "ease_or_concede"),
    ("100 101 102 103 104 105 106 107 108", "demand"),
    ("110 111 112 113 114 115 116", "criticise_or_accuse"),
    ("120 121 122 123 124 125 126 127 128 129", "reject_or_veto"),
    ("130 131 132 133 134 135 136 137 138 139", "threaten"),
    ("160 161 162 164 165 166", "reduce_relations"),
    ("163", "impose_sanctions"),
    ("150 151 152 153 154", "military_buildup"),
    ("170 171 172 173 174 175 181", "seize_detain_expel"),
    ("180 182 183 184 185 186 190 191 193 194 195 196 200 201 202 203 204", "use_force"),
    ("192", "invade_or_occupy"),
]:
    for code in codes.split():
        TYPES[code] = name

# Where the other side stands, and which way the act goes, per type.
SLOTS = {
    "meet_or_negotiate": ("with obj", "~"),
    "appeal": ("obj on to", ">"),
    "pledge_cooperation": ("obj to", ">"),
    "praise_or_back": ("obj", ">"),
    "recognise_or_restore_ties": ("obj", ">"),
    "sign_agreement": ("with", "~"),
    "trade_or_economic_cooperation": ("with", "~"),
    "security_cooperation": ("with", "~"),
    "arms_supply": ("to obj", ">"),
    "provide_aid": ("to obj", ">"),
    "ease_or_concede": ("obj", ">"),
    "demand": ("obj from", ">"),
    "criticise_or_accuse": ("obj", ">"),
    "reject_or_veto": ("obj", ">"),
    "threaten": ("obj", ">"),
    "reduce_relations": ("with obj", ">"),
    "impose_sanctions": ("on against", ">"),
    "military_buildup": ("against", ">"),
    "seize_detain_expel": ("obj", ">"),
    "use_force": ("obj on against", ">"),
    "invade_or_occupy": ("obj", ">"),
}
# Visits (042, 043) go from the visitor to the host.
FORWARD_MEETINGS = {"042", "043"}

# Verbs too light to say anything without a companion ("give" what?), and verbs whose everyday
# senses outnumber their CAMEO one in news ("charge" a price, "fire" a worker, "hit" a record).
LIGHT = set("""
be have do make take give get put set go come hold keep call run turn bring let see look say tell
show move use carry play work start begin end open close pass raise lift cut drop fall rise reach
join leave return face meet find form stand stay place lead follow press push pull point send
charge fire hit beat strike shoot back cover check note mark mount launch post table field host
level lodge issue file voice order seek press serve head bar book break break_off rule score
claim state declare report announce add stress insist
""".split())


def code_root(code):
    """'1121' -> '112', '042:043' -> '042', ':110' -> '110', '---' -> None."""
    code = code.strip()
    parts = [p for p in code.split(":") if p]
    if not parts:
        return None
    code = parts[0]
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    return code[:3]


def read_synsets(lines):
    synsets = {}
    name = None
    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        if text.startswith("&"):
            name = text.strip().rstrip("_")
            synsets[name] = []
        elif text.startswith("+") and name:
            phrase = text[1:].strip().rstrip("_").lower()
            if phrase:
                synsets[name].append(phrase.split("_")[-1])
        elif text.startswith("---"):
            break
        elif not text.strip():
            name = None
    return synsets


def heads(element, synsets):
    """The head words a pattern element names: WORD, {A B} (its last word), &SYN (its members)."""
    element = element.strip()
    if element.startswith("{") and element.endswith("}"):
        words = element[1:-1].split()
        return heads(words[-1], synsets) if words else []
    if element.startswith("&"):
        return sorted(set(synsets.get(element.rstrip("_"), [])))
    if re.fullmatch(r"[A-Z][A-Z\-']*", element):
        return [element.lower()]
    return []


def pattern_companions(pattern, synsets):
    """The first noun element after the verb: '* {ARMS SHIPMENT}' -> ['shipment']."""
    after = pattern.split("*", 1)[1] if "*" in pattern else ""
    tokens = re.findall(r"\{[^}]*\}|\([^)]*\)|[^\s]+", after)
    for token in tokens:
        if token.startswith("("):
            inner = re.findall(r"\{[^}]*\}|[^\s]+", token[1:-1])
            for word in inner[1:]:  # skip the preposition
                found = heads(word, synsets)
                if found:
                    return found
            continue
        if token in {"$", "+", "^", "%"}:
            continue
        found = heads(token, synsets)
        if found:
            return found
    return []


# Verbs whose own CAMEO code misleads when nothing but word distance finds their object: "expressed"
# (110) before any feeling, "dismissed" claims, "exploded" bombs, "evacuated" its own nationals,
# nouns as often as verbs ("brand", "shelter", "object", "yield").
MISLEADING = set("""
express help dismiss affirm resign compensate apply decree object defect breach demolish explode
wrestle kick cane flog grill brand spurn rejoice forgive exonerate betray abort disband shelter
yield censor evacuate greet propose
""".split())

FUNCTION_WORDS = set("""
from with for against into onto upon over under about after before between among the and but not
its their his her this that these those who which what when where will would been being
""".split())

# Types whose everyday verbs are too loose for word-distance coding without a companion: "discuss",
# "consult", "propose" relate whatever countries stand near; the hand-written lexicon covers them.
LOOSE_TYPES = {"meet_or_negotiate", "pledge_cooperation", "trade_or_economic_cooperation"}


def known_words():
    """Words of the hand-written lexicon's closed classes ("forces", "strikes"): a verb whose forms
    are among them would turn those nouns into verbs. Condemnations ("violates") are verbs themselves: a verb
    can be one and a trigger too ("violated Turkish airspace")."""
    words = set()
    with open(os.path.join(RESOURCES, "relation-lexicon.tsv"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "words" and len(fields) > 2 and fields[1] != "condemnation":
                words.update(fields[2].split())
    return words


def inflections(lemma):
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    return {lemma, third, stem + "ed", stem + "ing", lemma + "d"}


def known_nominals():
    """The hand-written lexicon's nominal triggers ("transfer", "sale", "talks"): it reads "approved the sale of
    jets to Turkey" through the nominal; a companion pattern would take it for another act."""
    nouns = set()
    with open(os.path.join(RESOURCES, "relation-lexicon.tsv"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "noun" and len(fields) > 2:
                nouns.add(fields[2].split()[0])
    return nouns


def known_lemmas():
    """Lemmas the hand-written lexicon already has, as triggers or in a verb class."""
    known = set()
    with open(os.path.join(RESOURCES, "relation-lexicon.tsv"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "verb" and len(fields) > 2:
                known.add(fields[2].split()[0])
            elif fields[0] == "verbs" and len(fields) > 2:
                known.update(fields[2].split())
            elif fields[0] == "irregular" and len(fields) > 1:
                known.add(fields[1])
    return known


def irregular_forms(lemma, forms):
    """CAMEO's {FORMS} -> (past, participle) when they are not the regular ones."""
    past = [f.lower() for f in forms if not f.endswith("ING") and not f.endswith("S") or f.endswith("SS")]
    past = [f for f in past if f != lemma]
    if not past:
        return None
    regular = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    if past[0] == regular:
        return None
    return past[0], past[1] if len(past) > 1 else past[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--petrarch", default=os.path.join(ROOT, "..", "shared", "lexicons", "petrarch2"))
    parser.add_argument("--out", default=os.path.join(RESOURCES, "cameo-verbs.tsv"))
    args = parser.parse_args()
    with open(os.path.join(args.petrarch, "CAMEO.2.0.txt"), encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    synsets = read_synsets(lines)
    known = known_lemmas()
    nominals = known_nominals()

    rows = []  # (type, lemma, companions, slots, direction)
    irregular = {}
    block_code = None
    block_verbs = []
    for line in lines:
        text = line.split("#", 1)
        comment = text[1].strip() if len(text) > 1 else ""
        text = text[0].rstrip()
        if text.startswith("---"):
            match = re.search(r"\[([^\]]*)\]", text)
            block_code = match.group(1) if match else "---"
            block_verbs = []
            continue
        if block_code is None or not text.strip() or text.startswith(("&", "+", "~")):
            continue
        if text.startswith("-"):
            match = re.search(r"\[([^\]]*)\]", text)
            root = code_root(match.group(1)) if match else None
            if root not in TYPES:
                continue
            # The comment names the verb the pattern was written for; the block's other verbs are synonyms
            # that PETRARCH's parse trees keep in check and word distance would not.
            verb = comment.split()[0].lower() if comment.split() else None
            for lemma, own in [(v, o) for v, o in block_verbs if v == verb][:1]:
                if own == root:
                    continue  # the verb alone already says it
                companions = [
                    c for c in pattern_companions(text[1:], synsets)
                    if c.isascii() and len(c) > 2 and c not in FUNCTION_WORDS and c not in nominals
                ]
                # A synonym set's dozens of words within a few words of a light verb say little ("appear" near
                # any weapon is no attack): a pattern codes with one to three head nouns.
                if 0 < len(set(companions)) <= 3:
                    rows.append((TYPES[root], lemma, "|".join(sorted(set(companions))), root))
            continue
        # A verb line: "ACCUSE [112]", "HURRY {HURRIES HURRYING HURRIED }".
        match = re.match(r"\s*([A-Z][A-Z\-']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", text)
        if not match or "_" in text.split("{")[0].split("[")[0]:
            continue
        lemma = match.group(1).lower()
        own = code_root(match.group(3)[1:-1]) if match.group(3) else code_root(block_code)
        block_verbs.append((lemma, own))
        if match.group(2):
            forms = irregular_forms(lemma, match.group(2)[1:-1].split())
            if forms:
                irregular[lemma] = forms
        # Alone, only a verb with its own code: a block's other verbs are WordNet synonyms ("ponder" in a
        # block of meetings), and they code only with a pattern's companion.
        if match.group(3) and own in TYPES and lemma not in LIGHT:
            rows.append((TYPES[own], lemma, "", own))

    closed = known_words()
    seen = set()
    out_rows = []
    for type_name, lemma, companions, root in rows:
        if lemma in known or lemma in LIGHT or inflections(lemma) & closed or (not companions and lemma in MISLEADING):
            continue
        if not companions and type_name in LOOSE_TYPES:
            continue
        slots, direction = SLOTS[type_name]
        if type_name == "meet_or_negotiate" and root in FORWARD_MEETINGS:
            slots, direction = "obj to", ">"
        pattern = lemma + (" " + companions if companions else "")
        key = (type_name, pattern)
        if key in seen:
            continue
        seen.add(key)
        out_rows.append(f"verb\t{type_name}\t{pattern}\t{slots}\t{direction}")
    used = {row.split("\t")[2].split()[0] for row in out_rows}
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/make-verbs.py from PETRARCH2's CAMEO.2.0.txt (MIT, Copyright (c) 2014 Open\n")
        out.write("# Event Data Alliance; see README.md). Do not edit; rerun the script. Same columns as\n")
        out.write("# relation-lexicon.tsv, which is read first and whose verbs these never repeat.\n")
        for lemma in sorted(irregular):
            if lemma in used and lemma not in known:
                past, participle = irregular[lemma]
                out.write(f"irregular\t{lemma}\t{past}\t{participle}\n")
        for row in out_rows:
            out.write(row + "\n")
    print(f"{len(out_rows)} verb rows -> {os.path.relpath(args.out, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
