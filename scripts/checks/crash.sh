#!/usr/bin/env bash
# Durability: several rounds of concurrent POSTs, kill -9 at a random moment, restart; every article that
# got a 201 must be back exactly once, and every article back must be one that some client sent, whole.
# Each round lets the restarted server write its index snapshot, so the next start replays the snapshot's prefix
# of the journal from it and the rest (the writes of a killed server) from the journal; at the end the entities,
# relationships and graph must be the same as a start from the journal alone gives.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
python3 - "$NEWSGRAPH" "${CRASH_ROUNDS:-5}" <<'PY'
import json, os, random, re, signal, subprocess, sys, tempfile, threading, time, urllib.request

binary, rounds = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp(prefix="newsgraph-crash-")
sent = {}          # text -> sent at least once
acked = {}         # id -> text, for every 201/200
lock = threading.Lock()
snapshot_starts = 0
snapshot = os.path.join(data, "index.ngs")

def snapshot_written(after):
    """Waits for the snapshot a start writes in the background (a newer file than `after`)."""
    for _ in range(300):
        if os.path.exists(snapshot) and os.stat(snapshot).st_mtime_ns != after:
            return
        time.sleep(0.05)
    sys.exit("the server wrote no index snapshot")

def views(base):
    """What the index derives from the articles."""
    def get(path):
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return json.loads(response.read())
    return [get("/v1/entities?limit=1000"), get("/v1/relationships?limit=1000"), get("/v1/graph?limit=10000")]

def start():
    log = tempfile.NamedTemporaryFile(delete=False, suffix=".log")
    process = subprocess.Popen([binary, "serve", "--port", "0", "--data-dir", data, "--log-level", "info"],
                               stdout=log, stderr=log)
    for _ in range(200):
        text = open(log.name).read()
        match = re.search(r"listening on (http://[0-9.]+:[0-9]+)", text)
        if match:
            global snapshot_starts
            snapshot_starts += "from the index snapshot" in text
            return process, match.group(1)
        if process.poll() is not None:
            sys.exit("the server did not start:\n" + text)
        time.sleep(0.05)
    sys.exit("the server did not start in time")

def writer(base, worker, round_number, stop):
    n = 0
    while not stop.is_set():
        n += 1
        text = (f"Round {round_number} writer {worker} article {n}: France and Germany signed a trade deal "
                f"while Brazil sent aid to Kenya. " * 3)
        with lock:
            sent[text] = True
        body = json.dumps({"text": text, "title": f"r{round_number}-w{worker}-{n}"}).encode()
        request = urllib.request.Request(base + "/v1/articles", data=body,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                article = json.loads(response.read())
                if response.status in (200, 201):
                    with lock:
                        acked[article["id"]] = text
        except Exception:
            return  # the server is gone

def all_articles(base):
    articles = {}
    with urllib.request.urlopen(base + "/v1/articles?format=ndjson", timeout=30) as response:
        for line in response.read().decode().splitlines():
            article = json.loads(line)
            if article["id"] in articles:
                sys.exit(f"article {article['id']} is listed twice")
            articles[article["id"]] = article
    return articles

for round_number in range(1, rounds + 1):
    process, base = start()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(base, w, round_number, stop)) for w in range(8)]
    for t in threads:
        t.start()
    # The kill comes at a random moment once writes are flowing: the first article that names two countries
    # loads the grammar's weights, which takes a second or more in a debug build.
    acked_before = len(acked)
    for _ in range(600):
        if len(acked) > acked_before:
            break
        time.sleep(0.05)
    time.sleep(random.uniform(0.3, 1.5))
    process.send_signal(signal.SIGKILL)
    process.wait()
    stop.set()
    for t in threads:
        t.join()
    before = os.stat(snapshot).st_mtime_ns if os.path.exists(snapshot) else None
    process, base = start()
    articles = all_articles(base)
    missing = [i for i in acked if i not in articles]
    if missing:
        sys.exit(f"round {round_number}: {len(missing)} acknowledged articles are missing, e.g. {missing[:3]}")
    texts = [a["text"] for a in articles.values()]
    if len(set(texts)) != len(texts):
        sys.exit(f"round {round_number}: the same text is stored twice")
    for article in articles.values():
        if article["text"] not in sent:
            sys.exit(f"round {round_number}: article {article['id']} holds text no client sent")
        if article["id"] in acked and acked[article["id"]] != article["text"]:
            sys.exit(f"round {round_number}: article {article['id']} changed its text")
    print(f"round {round_number}: {len(acked)} acknowledged, {len(articles)} stored, all present once")
    snapshot_written(before)
    if round_number == rounds:
        derived = views(base)
    process.send_signal(signal.SIGTERM)
    if process.wait(timeout=20) != 0:
        sys.exit(f"round {round_number}: the server did not exit 0 on SIGTERM")

os.remove(snapshot)
process, base = start()
if views(base) != derived:
    sys.exit("the entities, relationships or graph replayed with the index snapshot differ from the journal's own")
process.send_signal(signal.SIGTERM)
process.wait(timeout=20)
print(f"{snapshot_starts} of {2 * rounds} starts replayed a prefix from the index snapshot; "
      "its entities, relationships and graph equal the journal's own")
if snapshot_starts < rounds - 1:
    sys.exit("the index snapshot was hardly used")
PY
