#!/usr/bin/env python3
"""Prints synthetic articles as NDJSON whose relations make a country graph of about COUNTRIES nodes and EDGES
directed, typed edges, for the web page's scale test (Tests/Browser). Each article reports up to ten edges, one
sentence each, in phrasings the relation coder reads; the names come from the extractor's own country table.

Usage: generate-graph-articles.py COUNTRIES EDGES [SEED]"""
import json
import os
import random
import sys

countries_wanted, edges_wanted = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
names = []
with open(os.path.join(root, "Sources", "NewsExtraction", "Resources", "countries.tsv"), encoding="utf-8") as table:
    for line in table:
        fields = line.rstrip("\n").split("\t")
        # Plain names only: "Bonaire, Sint Eustatius and Saba" would read as a list of places.
        if fields[0] == "country" and "," not in fields[4] and "(" not in fields[4]:
            names.append(fields[4])
rng.shuffle(names)
names = names[:countries_wanted]
templates = [
    "{a} imposed new sanctions on {b}.",
    "{a} sent humanitarian aid to {b}.",
    "{a} accused {b} of violating the ceasefire.",
    "{a} supplied drones to {b}.",
    "{a} expelled two diplomats of {b}.",
    "{a} condemned {b} over the strikes.",
]
edges = set()
# Every country gets at least one edge, then random pairs until the graph has enough.
for index, name in enumerate(names):
    edges.add((name, names[(index + 1) % len(names)], rng.randrange(len(templates))))
while len(edges) < edges_wanted:
    a, b = rng.sample(names, 2)
    edges.add((a, b, rng.randrange(len(templates))))
edges = sorted(edges)
rng.shuffle(edges)
for start in range(0, len(edges), 10):
    sentences = [templates[kind].format(a=a, b=b) for a, b, kind in edges[start:start + 10]]
    print(json.dumps({"title": f"Digest {start // 10 + 1}", "text": "\n\n".join(sentences),
                      "publishedAt": f"2024-{1 + start // 10 % 12:02d}-{1 + start % 28:02d}T08:00:00Z"}))
