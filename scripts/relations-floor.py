#!/usr/bin/env python3
"""The co-occurrence floor of relation extraction: every ordered pair of countries named in one
sentence, all with one fixed type. Reads `newsgraph extract --jsonl` output, writes predictions in
the same shape for score_relations.py.

  python3 -c 'import json,sys; [print(json.dumps({"id": d["id"], "text": d["text"]})) for d in map(json.loads, open(sys.argv[1]))]' \
      ../shared/eval/relations-dev.jsonl | newsgraph extract --jsonl > /tmp/out.jsonl
  python3 scripts/relations-floor.py /tmp/out.jsonl pledge_cooperation > /tmp/floor.jsonl
  python3 ../shared/eval/score_relations.py ../shared/eval/relations-dev.jsonl /tmp/floor.jsonl
"""
import json
import sys
from collections import defaultdict


def main():
    path, relation_type = sys.argv[1], sys.argv[2]
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        by_sentence = defaultdict(set)
        for entity in article.get("entities", []):
            if entity.get("type") == "country":
                for mention in entity.get("mentions", []):
                    by_sentence[mention["sentence"]].add(entity["iso3"])
        pairs = {(a, b) for codes in by_sentence.values() for a in codes for b in codes if a != b}
        relations = [{"source": a, "target": b, "type": relation_type} for a, b in sorted(pairs)]
        print(json.dumps({"id": article["id"], "relations": relations}))


if __name__ == "__main__":
    main()
