import Foundation
import Testing

@testable import HTTPServer

@Suite struct StaticFilesTests {
    /// A temporary tree: root/ with files, a subdirectory, and symlinks in and out; a secret beside root.
    final class Tree {
        let base: URL
        var root: String { base.appendingPathComponent("root").path }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("static-\(UUID().uuidString)")
            let manager = FileManager.default
            let root = base.appendingPathComponent("root")
            try manager.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
            let files = [
                "index.html": "<h1>home</h1>", "app.js": "let x = 1", "style.css": "p {}", "data.json": "{}",
                "logo.svg": "<svg/>", "icon.png": "PNG", "notes.txt": "notes", "font.woff2": "w",
                "docs/index.html": "<h1>docs</h1>", ".hidden": "no",
            ]
            for (name, text) in files {
                try Data(text.utf8).write(to: root.appendingPathComponent(name))
            }
            try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
            try manager.createSymbolicLink(
                atPath: root.appendingPathComponent("escape.txt").path,
                withDestinationPath: base.appendingPathComponent("secret.txt").path)
            try manager.createSymbolicLink(
                atPath: root.appendingPathComponent("outside").path, withDestinationPath: base.path)
            try manager.createSymbolicLink(
                atPath: root.appendingPathComponent("alias.txt").path, withDestinationPath: "notes.txt")
        }

        deinit { try? FileManager.default.removeItem(at: base) }
    }

    private func get(_ files: StaticFiles, _ target: String, headers: [(String, String)] = []) -> HTTPResponse? {
        files.respond(to: HTTPRequest(method: .get, target: target, headers: HTTPHeaders(headers)))
    }

    private func text(_ response: HTTPResponse?) -> String? {
        guard let response, case .bytes(let body) = response.body else { return nil }
        return String(decoding: body, as: UTF8.self)
    }

    @Test func servesContentTypesAndCacheControl() throws {
        let tree = try Tree()
        let files = StaticFiles(root: tree.root)
        let expected = [
            "/app.js": "text/javascript; charset=utf-8", "/style.css": "text/css; charset=utf-8",
            "/data.json": "application/json; charset=utf-8", "/logo.svg": "image/svg+xml", "/icon.png": "image/png",
            "/notes.txt": "text/plain; charset=utf-8", "/font.woff2": "font/woff2",
            "/index.html": "text/html; charset=utf-8",
        ]
        for (path, type) in expected {
            let response = try #require(get(files, path))
            #expect(response.status == .ok)
            #expect(response.headers["Content-Type"] == type)
            #expect(
                response.headers["Cache-Control"] == (type.hasPrefix("text/html") ? "no-cache" : "public, max-age=300"))
        }
        #expect(text(get(files, "/")) == "<h1>home</h1>")
        #expect(text(get(files, "/docs/")) == "<h1>docs</h1>")
        #expect(text(get(files, "/docs")) == "<h1>docs</h1>")
        #expect(text(get(files, "/alias.txt")) == "notes")
        #expect(get(files, "/missing.txt") == nil)
        #expect(files.respond(to: HTTPRequest(method: .post, target: "/index.html")) == nil)
    }

    @Test func etagAndNotModified() throws {
        let tree = try Tree()
        let files = StaticFiles(root: tree.root)
        let etag = try #require(get(files, "/app.js")?.headers["ETag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
        let cached = get(files, "/app.js", headers: [("If-None-Match", "\"other\", \(etag)")])
        #expect(cached?.status == .notModified)
        #expect(cached?.headers["ETag"] == etag)
        #expect(get(files, "/app.js", headers: [("If-None-Match", "\"other\"")])?.status == .ok)
        try Data("let x = 22".utf8).write(to: URL(fileURLWithPath: tree.root + "/app.js"))
        #expect(get(files, "/app.js")?.headers["ETag"] != etag)
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/docs/../../secret.txt", "/..%2fsecret.txt",
        "/docs%2f..%2f..%2fsecret.txt", "/notes.txt%00.html", "/escape.txt", "/outside/secret.txt", "/.hidden",
        "/..%5csecret.txt", "/%zz",
    ])
    func refusesPathsOutsideTheRoot(_ target: String) throws {
        let tree = try Tree()
        #expect(get(StaticFiles(root: tree.root), target) == nil)
    }

    @Test func servesOverHTTPWith304() throws {
        let tree = try Tree()
        let files = StaticFiles(root: tree.root)
        let handler: HTTPHandler = { files.respond(to: $0) ?? .problem(.notFound, detail: "no file") }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\n\r\n")
            let page = try #require(client.readResponse())
            #expect(page.text == "<h1>home</h1>")
            let etag = try #require(page.header("ETag"))
            client.send("GET /index.html HTTP/1.1\r\nIf-None-Match: \(etag)\r\n\r\n")
            let cached = try #require(client.readResponse())
            #expect(cached.status == 304)
            #expect(cached.body.isEmpty)
            client.send("GET /%2e%2e/secret.txt HTTP/1.1\r\n\r\n")
            #expect(client.readResponse()?.status == 404)
        }
    }
}
