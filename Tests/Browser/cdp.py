"""A small Chrome DevTools Protocol client: starts headless Chromium and drives one page over a websocket."""

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket  # PyPI: websocket-client


class BrowserError(Exception):
    pass


class Browser:
    """Headless Chromium with one page; `events` collects every protocol event the page sends."""

    def __init__(self, executable="chromium"):
        self.profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._devtools_port()
        self.events = []
        self._next_id = 0
        self._responses = {}
        self.socket = websocket.create_connection(self._page_socket(port), timeout=30, suppress_origin=True)

    def _devtools_port(self):
        # Chromium writes the port it picked into the profile once DevTools listens.
        path = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrowserError(f"chromium exited with status {self.process.returncode}")
            try:
                with open(path) as file:
                    return int(file.readline())
            except (FileNotFoundError, ValueError):
                time.sleep(0.1)
        raise BrowserError("chromium did not open its DevTools port within 30 s")

    @staticmethod
    def _page_socket(port):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as response:
                pages = [t for t in json.load(response) if t["type"] == "page"]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
            time.sleep(0.1)
        raise BrowserError("chromium has no page target")

    def send(self, method, **params):
        """Calls a protocol method and returns its result; events that arrive meanwhile go to `events`."""
        self._next_id += 1
        call_id = self._next_id
        self.socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        # An event handler may call send itself, so answers are kept by id until their caller takes them.
        while call_id not in self._responses:
            self._receive()
        message = self._responses.pop(call_id)
        if "error" in message:
            raise BrowserError(f"{method}: {message['error'].get('message')}")
        return message.get("result", {})

    def _receive(self):
        message = json.loads(self.socket.recv())
        if "id" in message:
            self._responses[message["id"]] = message
        else:
            self.events.append(message)
            self.on_event(message)

    def on_event(self, message):
        """Called for every event; override it to answer events such as paused requests."""

    def pump(self, seconds):
        """Reads events for a while without calling anything."""
        self.socket.settimeout(seconds)
        try:
            while True:
                self._receive()
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.socket.settimeout(30)

    def evaluate(self, expression):
        """Evaluates JS in the page (awaiting promises) and returns its value."""
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"evaluating {expression[:80]!r}: {text}")
        return result["result"].get("value")

    def wait_for(self, expression, timeout=15, what=None):
        """Polls a JS expression until it is truthy; returns its value or raises after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            self.pump(0.1)
        raise BrowserError(f"timed out after {timeout} s waiting for {what or expression}")

    def press(self, key, code, key_code):
        """Presses and releases one key in the focused element."""
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=code, windowsVirtualKeyCode=key_code)
        if key == "Enter":
            self.send("Input.dispatchKeyEvent", type="char", key=key, text="\r")

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)
