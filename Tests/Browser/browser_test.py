"""Browser test of NewsGraph's web page: headless Chromium, driven over the DevTools protocol, against a
running server. Submits an article through the form, checks the highlighted mentions, the graph (and the
PRK -> RUS arms_supply edge once the server reports relations), the other views, keyboard use and a narrow
screen; fails on any console error. Every page is served with a strict Content-Security-Policy.

Usage: python3 browser_test.py BASE_URL [SCREENSHOT_DIR]
"""

import base64
import json
import sys
import tempfile
import urllib.request

from cdp import Browser, BrowserError

CSP = "default-src 'self'"
ARTICLE = {
    "title": "Arms for Moscow",
    "source": "Browser test",
    "date": "2024-03-05",
    # The second sentence puts characters outside the BMP before mentions, so UTF-16 offsets matter.
    "text": "Russia is buying rockets and artillery shells from North Korea.\n\n"
            "Officials in Moscow 🚀🚀 declined to comment, and Pyongyang said nothing.",
}
EXPECTED_EDGE = ("PRK", "RUS", "arms_supply")


class StrictPage(Browser):
    """A browser whose documents all carry the Content-Security-Policy header, added as they arrive."""

    def on_event(self, message):
        if message["method"] != "Fetch.requestPaused":
            return
        params = message["params"]
        body = self.send("Fetch.getResponseBody", requestId=params["requestId"])
        raw = body["body"] if body["base64Encoded"] else base64.b64encode(body["body"].encode()).decode()
        headers = [h for h in params.get("responseHeaders", []) if h["name"].lower() != "content-security-policy"]
        headers.append({"name": "Content-Security-Policy", "value": CSP})
        self.send("Fetch.fulfillRequest", requestId=params["requestId"], responseCode=params["responseStatusCode"],
                  responseHeaders=headers, body=raw)


class Run:
    def __init__(self, base_url, out_dir):
        self.base = base_url.rstrip("/")
        self.out_dir = out_dir
        self.failures = []
        self.skips = []
        self.screenshots = []
        self.browser = StrictPage()
        b = self.browser
        b.send("Fetch.enable", patterns=[{"urlPattern": "*", "resourceType": "Document", "requestStage": "Response"}])
        for domain in ("Page", "Runtime", "Log"):
            b.send(f"{domain}.enable")
        # Headless windows never have the system focus; without this :focus styles would not apply.
        b.send("Emulation.setFocusEmulationEnabled", enabled=True)

    # ---- helpers

    def check(self, condition, message):
        print(("ok    " if condition else "FAIL  ") + message)
        if not condition:
            self.failures.append(message)
        return condition

    def api(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return json.load(response)

    def viewport(self, width, height, mobile=False):
        self.browser.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                          mobile=mobile)

    def open(self, route, ready, what):
        """Loads the page at a route (a full navigation) and waits for the view to be ready."""
        self.browser.send("Page.navigate", url=f"{self.base}/{route}")
        self.browser.wait_for(f"document.readyState === 'complete' && !!document.querySelector({json.dumps(ready)})",
                              what=what)

    def route(self, route, ready, what):
        """Moves to another view within the page, as a link would."""
        self.browser.evaluate(f"location.hash = {json.dumps(route)}")
        self.browser.wait_for(f"!!document.querySelector({json.dumps(ready)})", what=what)

    def shot(self, name):
        path = f"{self.out_dir}/{name}.png"
        self.browser.screenshot(path)
        self.screenshots.append(path)

    def no_horizontal_scroll(self, where):
        widths = self.browser.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        self.check(widths[0] <= widths[1], f"{where}: no horizontal scrolling (content {widths[0]} px, window {widths[1]} px)")

    # ---- the scenario

    def submit_article(self):
        self.viewport(1280, 900)
        self.open("#/submit", "#article-form", "the submit form")
        b = self.browser
        b.evaluate(f"""(() => {{
            const form = document.querySelector('#article-form');
            const article = {json.dumps(ARTICLE)};
            form.elements.title.value = article.title;
            form.elements.source.value = article.source;
            form.elements.publishedAt.value = article.date;
            form.elements.text.value = article.text;
            form.querySelector('button[type=submit]').click();
        }})()""")
        state = b.wait_for("document.querySelector('#submit-result')?.dataset.state", what="the stored article")
        shown = b.evaluate("document.querySelector('#submit-result').innerText")
        if not self.check(state == "done", f"the form stores the article ({state}: {shown[:200]!r})"):
            raise BrowserError("the article was not stored")
        self.article_id = b.evaluate("document.querySelector('#submit-result article').dataset.articleId")

        marks = b.evaluate("""[...document.querySelectorAll('#submit-result mark.ent')].map(m =>
            ({text: m.textContent, entity: m.dataset.entity, type: m.dataset.type, tip: m.dataset.tip,
              focusable: m.tabIndex === 0}))""")
        for code, name in (("RUS", "Russia"), ("PRK", "North Korea")):
            found = [m for m in marks if m["entity"] == f"country:{code}"]
            self.check(any(m["text"] == name and m["type"] == "country" for m in found),
                       f"'{name}' is marked as a country mention of country:{code}")
            self.check(all(code in m["tip"] and "country" in m["tip"] for m in found),
                       f"the marks of country:{code} describe name, type and country ({found[:1]})")
        self.check(all(m["focusable"] for m in marks), "every mention can be focused with Tab")
        # Every mark cuts exactly its mention out of the text: the UTF-16 offsets work past the emoji.
        article = self.api(f"/v1/articles/{self.article_id}?offsets=utf16")
        expected = sorted((m["start"], m["text"]) for e in article["entities"] for m in e["mentions"])
        self.check([m["text"] for m in marks] == [text for _, text in expected],
                   f"the marks are exactly the mentions ({[m['text'] for m in marks]})")
        tooltip = b.evaluate("""(() => { const m = document.querySelector('#submit-result mark.ent'); m.focus();
            return getComputedStyle(m, '::after').content; })()""")
        self.check("country" in (tooltip or ""), f"a focused mention shows its tooltip ({tooltip})")
        rows = b.evaluate("document.querySelectorAll('#submit-result table.entities tbody tr').length")
        self.check(rows == len(article["entities"]), f"the entity table lists the {len(article['entities'])} entities")
        relations = b.evaluate("document.querySelectorAll('#submit-result .relation').length")
        self.check(relations == len(article["relations"]), f"the relation list shows the {len(article['relations'])} relations")
        self.shot("submit-desktop")

    def file_upload(self):
        """Choosing a JSON file fills the form from its members."""
        b = self.browser
        self.route("#/articles", "#article-results", "the article list")
        self.route("#/submit", "#article-form", "the submit form")
        path = f"{self.out_dir}/upload.json"
        with open(path, "w") as file:
            json.dump({"title": "From a file", "source": "Upload", "publishedAt": "2024-04-01T08:00:00Z",
                       "text": "Germany pledged aid to Ukraine."}, file)
        document = b.send("DOM.getDocument")
        node = b.send("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#article-file")
        b.send("DOM.setFileInputFiles", files=[path], nodeId=node["nodeId"])
        filled = b.wait_for("""(() => { const f = document.querySelector('#article-form').elements;
            return f.title.value === 'From a file' && [f.source.value, f.publishedAt.value, f.text.value]; })()""",
                            what="the form filled from the file")
        self.check(filled == ["Upload", "2024-04-01", "Germany pledged aid to Ukraine."],
                   f"a chosen JSON file fills the form ({filled})")

    def edge_expected(self):
        source, target, kind = EXPECTED_EDGE
        edges = self.api(f"/v1/relationships?country={source}&limit=1000")["items"]
        return any(e["source"] == source and e["target"] == target and e["type"] == kind for e in edges)

    def graph(self):
        b = self.browser
        self.route("#/graph", "#graph[data-state=ready]", "the graph")
        for code in ("RUS", "PRK"):
            self.check(b.evaluate(f"!!document.querySelector('svg.graph .node[data-id={code}]')"), f"the graph has the node {code}")
        source, target, kind = EXPECTED_EDGE
        edge = f"svg.graph .edge[data-source={source}][data-target={target}][data-type={kind}]"
        if self.edge_expected():
            self.check(b.evaluate(f"!!document.querySelector('{edge}')"), f"the graph draws the edge {source} -> {target} {kind}")
            b.evaluate(f"document.querySelector('{edge}').focus()")
            b.press("Enter", "Enter", 13)
            evidence = b.wait_for("document.querySelector('#graph-panel .evidence')?.innerText", what="the edge's evidence")
            self.check("North Korea" in evidence, f"Enter on the edge shows its evidence ({evidence[:80]!r})")
        else:
            message = (f"SKIP  the edge {source} -> {target} {kind}: GET /v1/relationships does not list it "
                       "(the server reports no such relation yet)")
            print(message)
            self.skips.append(message)
        b.evaluate("document.querySelector('svg.graph .node[data-id=RUS]').focus()")
        b.press("Enter", "Enter", 13)
        title = b.wait_for("document.querySelector('#graph-panel h2')?.textContent", what="the node's panel")
        self.check(title == "Russia", f"Enter on the node RUS opens its relations ({title!r})")
        b.press(" ", "Space", 32)
        self.no_horizontal_scroll("graph, desktop")
        self.shot("graph-desktop")

    def other_views(self):
        b = self.browser
        self.route("#/articles?country=PRK", "#article-results .article-list, #article-results .empty", "the article list")
        titles = b.evaluate("[...document.querySelectorAll('#article-results .summary h2')].map(e => e.textContent)")
        self.check(ARTICLE["title"] in titles, f"searching articles by country PRK finds the article ({titles})")
        self.route(f"#/articles?q=artillery", "#article-results .article-list, #article-results .empty", "the search")
        titles = b.evaluate("[...document.querySelectorAll('#article-results .summary h2')].map(e => e.textContent)")
        self.check(ARTICLE["title"] in titles, f"full-text search for 'artillery' finds the article ({titles})")
        self.route("#/entities?type=country", "#entity-results table, #entity-results .empty", "the entity list")
        names = b.evaluate("[...document.querySelectorAll('#entity-results tbody td:first-child a')].map(e => e.textContent)")
        self.check("North Korea" in names, f"the entity browser lists North Korea ({names})")
        self.route("#/entities/country:PRK", ".view-entities h1", "the entity page")
        heading = b.evaluate("document.querySelector('.view-entities h1').textContent")
        self.check(heading == "North Korea", f"the entity page of country:PRK ({heading!r})")

    def narrow(self):
        self.viewport(390, 844, mobile=True)
        self.open(f"#/articles/{self.article_id}", ".view-articles article mark.ent", "the article on a narrow screen")
        self.no_horizontal_scroll("article, 390 px")
        self.shot("article-narrow")
        self.open("#/graph", "#graph[data-state=ready]", "the graph on a narrow screen")
        self.no_horizontal_scroll("graph, 390 px")
        self.shot("graph-narrow")

    def console_errors(self):
        self.browser.pump(0.3)
        errors = []
        for event in self.browser.events:
            method, params = event["method"], event["params"]
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                errors.append(details.get("exception", {}).get("description") or details.get("text"))
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                errors.append(f"{params['entry']['text']} {params['entry'].get('url', '')}".strip())
        self.check(not errors, "no errors in the console" + "".join(f"\n      {e}" for e in errors))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_dir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="newsgraph-screens-")
    run = Run(sys.argv[1], out_dir)
    try:
        for step in (run.submit_article, run.graph, run.other_views, run.file_upload, run.narrow):
            try:
                step()
            except BrowserError as error:
                run.check(False, f"{step.__name__}: {error}")
                run.shot(f"failed-{step.__name__}")
        run.console_errors()
    finally:
        run.browser.close()
    print("screenshots:\n  " + "\n  ".join(run.screenshots))
    for skip in run.skips:
        print(skip)
    if run.failures:
        print(f"browser test: {len(run.failures)} failed:\n  - " + "\n  - ".join(f.splitlines()[0] for f in run.failures))
        sys.exit(1)
    print("browser test: all checks passed" + (f", {len(run.skips)} skipped" if run.skips else ""))


if __name__ == "__main__":
    main()
