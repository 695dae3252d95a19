#!/usr/bin/env python3
"""Compiles the PETRARCH2 actor dictionaries into Sources/NewsExtraction/Resources/actors.tsv.

Usage (from the project's root):
    python3 scripts/make-actors.py [--petrarch ../shared/lexicons/petrarch2]

Reads Phoenix.Countries.actors.txt (people with the state role they held and its dates),
scripts/petrarch/actors-additions.txt (ours, the same format: leaders since early 2014), and
Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt (organisations and non-state
groups, which never stand for a country). The output is deterministic: the same inputs give the
same bytes.

Output lines (tab-separated):
    person  NAME|NAME...  SPAN SPAN...  [scan]
        SPAN is ISO3:R:FROM:TO, R "+" where the role acts for the state (government, military,
        intelligence, police, judiciary) and "-" where it does not (former official, opposition);
        FROM and TO are YYYYMMDD, inclusive, empty when open. A span with neither is the default.
        "scan" marks our additions: their one-word names ("Pompeo") are looked for in the text even
        where the entity recognizer found no person (Phoenix's one-word names are too often words).
    nonstate  NAME|NAME...
"""

import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Sources", "NewsExtraction", "Resources", "actors.tsv")
ADDITIONS = os.path.join(HERE, "petrarch", "actors-additions.txt")

# Phoenix codes that are not ISO 3166-1 alpha-3 -> ours (countries.tsv); others are dropped.
CODE_MAP = {"KSV": "XKX", "USR": "SUN", "FRY": "YUG", "SCG": "YUG"}
# Roles that act for the state (GUIDE.md: government, armed forces, police, state agencies).
ACTING = {"GOV", "MIL", "SPY", "COP", "JUD"}
# Sub-roles that do not: legislators, parties, the opposition (GUIDE.md: optional at most).
NOT_ACTING = {"LEG", "PTY", "OPP", "ELI", "REB"}
# Codes of international offices (the UN, the EU, NATO): whoever holds one acts for no country.
INTERNATIONAL = {"IGO", "NGO", "IMG"}
# A synonym that starts with one of these is a title phrase ("PRESIDENT_PUTIN"); the recognizer
# finds the name without it.
TITLES = {
    "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "general",
    "gen", "gen.", "senator", "sen.", "king", "queen", "prince", "princess", "foreign", "defense",
    "defence", "secretary", "chancellor", "premier", "ambassador", "former", "the", "vice",
    "deputy", "leader", "chief", "sheikh", "emir", "sultan", "colonel", "col.", "lt.", "major",
    "admiral", "marshal", "governor", "mayor", "speaker", "chairman", "party", "interior",
    "finance", "justice", "state", "opposition", "rebel", "supreme", "ayatollah", "pope",
}


def fold(text):
    """Lowercase without diacritics, underscores as spaces: how names are looked up."""
    text = unicodedata.normalize("NFKD", text.replace("_", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.split())


def parse_date(text):
    text = text.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year < 30 else "19") + text
    return text


def parse_span(body):
    """'RUSGOV 910710-991231' -> (code, from, to); None when unreadable."""
    parts = body.split(None, 1)
    code = parts[0]
    if len(parts) == 1:
        return code, "", ""
    when = parts[1].replace(" ", "")
    if when.startswith("<"):
        end = parse_date(when[1:])
        return (code, "", end) if end else None
    if when.startswith(">"):
        start = parse_date(when[1:])
        return (code, start, "") if start else None
    if "-" in when:
        start, end = when.split("-", 1)
        start, end = parse_date(start), parse_date(end)
        return (code, start, end) if start and end else None
    return None


def read_records(path):
    """Yields (names, spans, default code) per record of a PETRARCH actor file."""
    names, spans, default, dated = [], [], None, False
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("\t") or line.startswith(" "):
                dated = True  # even where the date is unreadable ("[GBRGOV >201005011]")
                for body in re.findall(r"\[([^\]]*)\]", line.split("#", 1)[0]):
                    span = parse_span(body.strip())
                    if span:
                        spans.append(span)
                continue
            text = line.split("#", 1)[0].split(";", 1)[0].rstrip()
            is_synonym = text.startswith("+")
            # Consecutive names share the offices that follow them (BORIS_YELTSIN_, BORIS_N._YELTSIN,
            # ... then the dates): a name starts a new record only after offices or a code.
            if not is_synonym and (dated or default):
                yield names, spans, default
                names, spans, default, dated = [], [], None, False
            text = text.lstrip("+")
            match = re.search(r"\[([^\]]*)\]", text)
            if match and not is_synonym:
                default = match.group(1).split()[0] if match.group(1).split() else None
            name = re.sub(r"\[[^\]]*\]|\{[^}]*\}", "", text).strip()
            if name:
                names.append(name)
    if names or spans:
        yield names, spans, default


def role(code):
    return "+" if code[3:6] in ACTING and code[6:9] not in NOT_ACTING else "-"


def country_of(code, iso3):
    prefix = CODE_MAP.get(code[:3], code[:3])
    return prefix if prefix in iso3 else None


def usable_names(names, demonyms, shortest=3):
    result = []
    for name in names:
        folded = fold(name).rstrip(" ,")
        words = folded.split()
        if not words or "," in folded or "(" in folded:
            continue
        # "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN": a demonym before a title; "VLADIMIR_PUTIN" stays.
        if words[0] in TITLES or (len(words) > 1 and words[0] in demonyms and words[1] in TITLES):
            continue
        if any(w in {"of", "and"} for w in words):
            continue
        if len(words) == 1 and len(words[0]) < shortest:
            continue
        if folded not in result:
            result.append(folded)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--petrarch", default=os.path.join(ROOT, "..", "shared", "lexicons", "petrarch2"))
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    iso3 = set()
    with open(os.path.join(ROOT, "Sources", "NewsExtraction", "Resources", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "country":
                iso3.add(fields[1])

    countries_file = os.path.join(args.petrarch, "Phoenix.Countries.actors.txt")
    # Country-level records ("AFGHANISTAN_ [AFG]" with "+AFGHAN_"): their words start title phrases
    # ("RUSSIAN_PRESIDENT_..."), not names.
    demonyms = set()
    for names, spans, default in read_records(countries_file):
        if default and len(default) == 3:
            for name in names:
                demonyms.update(fold(name).split()[:1])

    people = {}
    order = []
    scanned = set()
    sources = [countries_file]
    if os.path.exists(ADDITIONS):
        sources.append(ADDITIONS)
    for source in sources:
        for names, spans, default in read_records(source):
            if default and len(default) == 3:
                continue  # a country's own names: the country matcher's job
            rows = []
            for code, start, end in spans:
                country = country_of(code, iso3)
                if country is None:
                    if code[:3] in INTERNATIONAL and (start or end):
                        rows.append(f"---:-:{start}:{end}")  # an international office: no country
                    continue
                rows.append(f"{country}:{role(code)}:{start}:{end}")
            if default and not any(r.split(":")[2] == "" and r.split(":")[3] == "" for r in rows):
                country = country_of(default, iso3)
                if country:
                    rows.append(f"{country}:{role(default)}::")
            if not any(":+:" in r for r in rows):
                continue  # never held a state role: no use to the event coder
            # Phoenix's two-letter names are fragments; ours ("Xi") are surnames.
            kept = usable_names(names, demonyms, 2 if source == ADDITIONS else 3)
            if not kept:
                continue
            key = kept[0]
            same = next((k for k in order if source == ADDITIONS and set(people[k][0]) & set(kept)), None)
            if same is not None:
                # Our record of someone Phoenix knows: our offices replace its, the names add up.
                old_names, _ = people[same]
                people[same] = (old_names + [n for n in kept if n not in old_names], rows)
                scanned.add(same)
            elif key in people:
                old_names, old_rows = people[key]
                people[key] = (old_names + [n for n in kept if n not in old_names],
                               old_rows + [r for r in rows if r not in old_rows])
            else:
                people[key] = (kept, rows)
                order.append(key)
                if source == ADDITIONS:
                    scanned.add(key)

    nonstate = []
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for names, _, _ in read_records(os.path.join(args.petrarch, name)):
            kept = []
            for raw in names:
                folded = fold(raw).rstrip(" ,")
                if folded and "(" not in folded and folded not in kept:
                    kept.append(folded)
            if kept:
                nonstate.append(kept)

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/make-actors.py from PETRARCH2's Phoenix actor dictionaries\n")
        out.write("# (MIT, Copyright (c) 2014 Open Event Data Alliance; see README.md) and\n")
        out.write("# scripts/petrarch/actors-additions.txt. Do not edit; rerun the script.\n")
        out.write("# person\tNAMES\tISO3:R:FROM:TO... (R + acts for the state, - does not)\t[scan: one-word names\n")
        out.write("#   are looked for in the text too]\n")
        out.write("# nonstate\tNAMES (international organisations and non-state groups: never a country)\n")
        for key in order:
            names, rows = people[key]
            scan = "\tscan" if key in scanned else ""
            out.write(f"person\t{'|'.join(names)}\t{' '.join(rows)}{scan}\n")
        for names in nonstate:
            out.write(f"nonstate\t{'|'.join(names)}\n")
    print(f"{len(order)} people, {len(nonstate)} non-state actors -> {os.path.relpath(args.out, ROOT)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
