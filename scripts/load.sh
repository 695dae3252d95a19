#!/usr/bin/env bash
# Load and abuse against a live server:
#  1. wrk, 256 connections: no socket errors, no non-2xx answers, and flat memory (RSS at the end of the
#     run within 15 % + 8 MiB of its peak in the first half);
#  2. the same wrk run with 1,000 idle connections held open: at least 80 % of the throughput of run 1;
#     then each idle connection starts a request head and stops: all are closed at the header timeout;
#  3. 20 clients pipeline requests and never read the answers: the server's RSS grows by under 64 MiB.
# Usage: scripts/load.sh [--short]   (--short: 6 s wrk runs and a 2 s header timeout; about 20-30 s in all)
set -euo pipefail
cd "$(dirname "$0")/.."
short=0
[ "${1:-}" = --short ] && short=1
command -v wrk >/dev/null || {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; fi
}
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
ulimit -n 8192
if [ $short = 1 ]; then seconds=6 header_timeout=2; else seconds=60 header_timeout=10; fi
log=$(mktemp)
trap 'stop_server; rm -f "$log"' EXIT
start_server "$log" --in-memory --log-level notice --max-connections 4096 --idle-timeout 600 \
  --header-timeout "$header_timeout"
python3 - "$SERVER_URL" "$SERVER_PID" "$seconds" "$header_timeout" <<'PY'
import json, re, socket, subprocess, sys, threading, time, urllib.request

base, pid, seconds, header_timeout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
host, port = base.split("//")[1].split(":")
port = int(port)

def rss_mib():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("the server is gone")

for text in ["Germany sold two submarines to Israel.", "Russia invaded Ukraine in February 2022.",
             "Ukraine received its first F-16 fighter jets from Denmark."]:
    request = urllib.request.Request(base + "/v1/articles", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
target = base + "/v1/relationships?country=UKR"

def wrk(label):
    samples = []
    done = threading.Event()
    def sample():
        while not done.wait(0.5):
            samples.append(rss_mib())
    sampler = threading.Thread(target=sample)
    sampler.start()
    out = subprocess.run(["wrk", "-t2", "-c256", f"-d{seconds}s", "--latency", target],
                         capture_output=True, text=True).stdout
    done.set()
    sampler.join()
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    errors = re.search(r"Socket errors: (.*)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+(\S+)", out).group(1)
    print(f"{label}: {rate:.0f} requests/s, p99 {p99}, RSS {samples[0]:.0f} -> {samples[-1]:.0f} MiB")
    if errors:
        raise SystemExit(f"{label}: socket errors: {errors.group(1)}")
    if non2xx:
        raise SystemExit(f"{label}: {non2xx.group(1)} answers were not 2xx")
    return rate, samples

# 1. Plain load, flat memory (after a warm-up, so that both runs compare like with like).
subprocess.run(["wrk", "-t2", "-c256", "-d2s", target], capture_output=True)
rate, samples = wrk("wrk 256 connections")
half = samples[: max(1, len(samples) // 2)]
if samples[-1] > max(half) * 1.15 + 8:
    raise SystemExit(f"RSS grew during the run: first-half peak {max(half):.0f} MiB, end {samples[-1]:.0f} MiB")

# 2. The same with 1,000 idle connections open.
idle = []
for _ in range(1000):
    s = socket.create_connection((host, port))
    idle.append(s)
time.sleep(0.5)
rate_idle, _ = wrk("wrk 256 connections + 1000 idle")
if rate_idle < 0.8 * rate:
    raise SystemExit(f"1000 idle connections cost {100 * (1 - rate_idle / rate):.0f} % of throughput")
print(f"idle connections cost {max(0, 100 * (1 - rate_idle / rate)):.0f} % of throughput")
started = time.monotonic()
for s in idle:
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # a head that never ends
for s in idle:
    s.settimeout(header_timeout + 5)
    try:
        while s.recv(4096):
            pass
    except socket.timeout:
        raise SystemExit("an idle connection outlived the header timeout")
    except ConnectionResetError:
        pass
    s.close()
elapsed = time.monotonic() - started
print(f"1000 stalled request heads closed after {elapsed:.1f} s (header timeout {header_timeout:.0f} s)")
if elapsed > header_timeout + 3:
    raise SystemExit("stalled heads were not closed at the header timeout")

# 3. Clients that send requests and never read the answers.
before = rss_mib()
request = b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n" * 64
hogs = []
for _ in range(20):
    s = socket.create_connection((host, port))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.setblocking(False)
    hogs.append(s)
deadline = time.monotonic() + min(seconds, 10)
sent = 0
while time.monotonic() < deadline:
    progressed = False
    for s in hogs:
        try:
            sent += s.send(request)
            progressed = True
        except BlockingIOError:
            pass
    if not progressed:
        time.sleep(0.05)
after = rss_mib()
print(f"20 clients that never read: {sent // 1024} KiB of requests sent, RSS {before:.0f} -> {after:.0f} MiB")
for s in hogs:
    s.close()
if after - before > 64:
    raise SystemExit("clients that never read grew the server's memory")
urllib.request.urlopen(base + "/healthz").read()
print("load: ok")
PY
