#!/usr/bin/env python3
"""Prints N distinct synthetic news articles as NDJSON ({"title", "text", "source", "publishedAt"}), for
benchmarks. The vocabulary mixes countries, leaders, organizations, weapons and everyday news words, so
the index sees realistic entity and term distributions; the articles are not real news.

Usage: generate-articles.py N [SEED]"""
import json
import random
import sys

n = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
countries = ["Russia", "Ukraine", "China", "the United States", "France", "Germany", "Iran", "Israel", "India",
             "Pakistan", "Japan", "South Korea", "North Korea", "Turkey", "Brazil", "Mexico", "Egypt", "Nigeria",
             "Kenya", "Saudi Arabia", "Qatar", "Poland", "Italy", "Spain", "Canada", "Australia", "Vietnam",
             "Indonesia", "Syria", "Iraq", "Venezuela", "Colombia", "Ethiopia", "Sudan", "Belarus", "Georgia"]
people = ["Anna Kovacs", "Luis Ortega", "Mei Lin", "Omar Haddad", "Sarah Johnson", "Pierre Laurent",
          "Hans Becker", "Yuki Tanaka", "Ravi Sharma", "Fatima Bello", "Ivan Petrov", "Olena Shevchenko"]
orgs = ["the United Nations", "NATO", "the European Union", "the IAEA", "OPEC", "the World Bank", "the IMF",
        "the Ministry of Defence", "the central bank", "Reuters", "the Red Cross", "the African Union"]
weapons = ["drones", "artillery shells", "rockets", "fighter jets", "air defence systems", "tanks", "missiles"]
events = [
    "{a} imposed new sanctions on {b} over its nuclear programme.",
    "{a} is buying {w} from {b}, officials said.",
    "{a} sent humanitarian aid to {b} after the floods.",
    "Leaders of {a} and {b} held talks in Geneva on trade and energy.",
    "{a} accused {b} of violating the ceasefire along the border.",
    "{a} and {b} signed an agreement on defence cooperation.",
    "{p}, a spokesperson for {o}, said the situation remained tense.",
    "{a} condemned the strikes and urged {b} to withdraw its troops.",
    "{a} supplied {w} to {b} under a new military aid package.",
    "Markets in {a} fell after the central bank raised interest rates by {k} basis points.",
    "Farmers in {a} warned that drought could cut the harvest by {k} percent this year.",
    "{o} said it would send a mission to {a} next week.",
    "{a} expelled two diplomats of {b} over spying allegations.",
    "Protesters gathered in the capital of {a} to demand higher wages and lower prices.",
    "{p} told reporters that {a} would not accept any deal that ignored its security concerns.",
]
words = ("economy growth inflation election parliament vote budget energy gas oil pipeline port harbour "
         "shipping grain wheat exports imports tariffs talks summit minister president prime border troops "
         "ceasefire offensive shelling refugees aid hospital school strike union court ruling appeal").split()

for i in range(n):
    paragraphs = []
    for _ in range(rng.randint(6, 14)):
        a, b = rng.sample(countries, 2)
        sentence = rng.choice(events).format(a=a, b=b, w=rng.choice(weapons), p=rng.choice(people),
                                             o=rng.choice(orgs), k=rng.randint(5, 95))
        filler = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        paragraphs.append(sentence[0].upper() + sentence[1:] + f" Analysts pointed to {filler}.")
    day = 1 + i % 28
    print(json.dumps({
        "title": f"Report {i}: {rng.choice(words).title()} and {rng.choice(words)}",
        "text": "\n".join(paragraphs) + f"\nReference {i}-{rng.randint(0, 1 << 30)}.",
        "source": rng.choice(["Wire", "Daily", "Herald", "Observer"]),
        "publishedAt": f"2024-{1 + i % 12:02d}-{day:02d}T{i % 24:02d}:00:00Z",
    }))
