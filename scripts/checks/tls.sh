#!/usr/bin/env bash
# HTTPS: a self-signed certificate made here, the server started with it, then curl and Python's ssl
# talk to it (keep-alive, large bodies both ways, TLS 1.2 and 1.3); TLS 1.1 and plain HTTP are refused.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/server.sh
NEWSGRAPH=$(newsgraph_binary)
dir=$(mktemp -d)
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
trap 'stop_server; rm -rf "$dir"' EXIT
start_server "$dir/log" --in-memory --log-level notice --tls-cert "$dir/cert.pem" --tls-key "$dir/key.pem"
url=$SERVER_URL
port=${url##*:}

echo "curl: TLS 1.2 and 1.3, keep-alive"
curl -sf --cacert "$dir/cert.pem" --tlsv1.2 --tls-max 1.2 "$url/healthz" -o /dev/null
curl -sf --cacert "$dir/cert.pem" --tlsv1.3 "$url/healthz" "$url/openapi.json" -o /dev/null -o /dev/null
created=$(curl -s --cacert "$dir/cert.pem" -o /dev/null -w '%{http_code}' -X POST "$url/v1/articles" \
  -H 'Content-Type: application/json' -d '{"text": "Germany sold two submarines to Israel."}')
[ "$created" = 201 ] || { echo "POST over TLS: $created" >&2; exit 1; }
echo "curl: TLS 1.1 is refused"
if curl -s --cacert "$dir/cert.pem" --tlsv1.1 --tls-max 1.1 "$url/healthz" -o /dev/null 2>/dev/null; then
  echo "TLS 1.1 was accepted" >&2
  exit 1
fi

python3 - "$port" "$dir/cert.pem" <<'PY'
import json, socket, ssl, sys

port, cafile = int(sys.argv[1]), sys.argv[2]

def connect(version=None):
    context = ssl.create_default_context(cafile=cafile)
    if version:
        context.minimum_version = context.maximum_version = version
    raw = socket.create_connection(("127.0.0.1", port), timeout=10)
    return context.wrap_socket(raw, server_hostname="localhost")

def read_response(stream):
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = stream.recv(1)
        if not chunk:
            raise SystemExit("connection closed mid-head")
        head += chunk
    lines = head.decode().split("\r\n")
    status = int(lines[0].split()[1])
    headers = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
    length = int(headers.get("content-length", 0))
    body = b""
    while len(body) < length:
        body += stream.recv(length - len(body))
    return status, headers, body

for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
    with connect(version) as tls:
        assert tls.version() == version.name.replace("_", "."), tls.version()
        for _ in range(3):  # keep-alive
            tls.sendall(b"GET /openapi.json HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n")
            status, headers, body = read_response(tls)
            assert status == 200 and json.loads(body)["openapi"].startswith("3."), status
        # A body of many TLS records, answered with the text back. Extracting 100 KB of country-dense text takes a
        # debug build some seconds: the wait is about TLS, not speed (benchmarks measure that).
        tls.settimeout(120)
        text = ("France and Germany signed a trade deal while Brazil sent aid to Kenya. " * 3000)[:100000]
        payload = json.dumps({"text": text}).encode()
        tls.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    b"Accept-Encoding: identity\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload)
        status, headers, body = read_response(tls)
        assert status == 200, (status, body[:200])
        print(f"python ssl {tls.version()}: keep-alive and a {len(payload)}-byte body: ok")

# Plain HTTP on the TLS port gets no HTTP answer.
with socket.create_connection(("127.0.0.1", port), timeout=10) as plain:
    plain.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
    try:
        answer = plain.recv(100)
    except ConnectionResetError:
        answer = b""
    assert not answer.startswith(b"HTTP/1.1 200"), answer
print("plain HTTP on the TLS port: refused")
PY
kill -0 "$SERVER_PID" || { echo "the server died" >&2; cat "$dir/log" >&2; exit 1; }
echo "tls: ok"
