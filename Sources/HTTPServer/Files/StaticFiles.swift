import Glibc

/// Serves files under a root directory for GET and HEAD, and nothing outside it.
///
/// ETags are strong validators built from size and modification time (nanoseconds): one `fstat`, no hashing
/// of the file per request, and any edit changes them.
public struct StaticFiles: Sendable {
    public let root: String
    /// The root with symlinks resolved; every served file's real path must lie beneath it.
    private let resolvedRoot: String?

    public init(root: String) {
        self.root = root
        resolvedRoot = Self.realPath(root)
    }

    /// The file's response, a 304 when the client's copy is current, or nil when there is no such file
    /// (or the path is not acceptable, or the method is not GET or HEAD).
    public func respond(to request: HTTPRequest) -> HTTPResponse? {
        guard request.method == .get || request.method == .head, let resolvedRoot,
            let relative = Self.safeRelativePath(request.path)
        else { return nil }
        guard var file = Self.realPath(resolvedRoot + relative), Self.isInside(file, resolvedRoot) else { return nil }
        if Self.isDirectory(file) {
            guard let index = Self.realPath(file + "/index.html"), Self.isInside(index, resolvedRoot) else {
                return nil
            }
            file = index
        }
        return serve(file, request: request)
    }

    private func serve(_ path: String, request: HTTPRequest) -> HTTPResponse? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        let modified = UInt64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(info.st_mtim.tv_nsec)
        let etag = "\"\(String(size, radix: 16))-\(String(modified, radix: 16))\""
        let type = Self.contentType(of: path)
        var headers = HTTPHeaders()
        headers.add("ETag", etag)
        headers.add("Cache-Control", type.hasPrefix("text/html") ? "no-cache" : "public, max-age=300")
        if Self.matches(etag, request.headers.values("If-None-Match")) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.add("Content-Type", type)
        guard let body = Self.readAll(descriptor, size: size) else { return nil }
        return HTTPResponse(status: .ok, headers: headers, body: body)
    }

    /// The decoded path, `/`-prefixed, or nil when it could escape the root: `..` (however encoded),
    /// encoded slashes or backslashes, NUL, or dot-files.
    static func safeRelativePath(_ path: String) -> String? {
        let lowered = path.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), let decoded = path.percentDecoded else { return nil }
        guard !decoded.utf8.contains(0), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/")
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return "/" + segments.joined(separator: "/")
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var body = [UInt8](repeating: 0, count: size)
        var total = 0
        let complete = body.withUnsafeMutableBytes { buffer in
            while total < size {
                let count = read(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                total += count
            }
            return true
        }
        return complete ? body : nil
    }

    /// If-None-Match: `*` or a list of entity tags, compared weakly (a `W/` prefix is ignored).
    private static func matches(_ etag: String, _ values: [String]) -> Bool {
        for value in values {
            for candidate in value.split(separator: ",") {
                let tag = candidate.trimmingWhitespaceCharacters()
                if tag == "*" || tag == etag || (tag.hasPrefix("W/") && tag.dropFirst(2) == etag) { return true }
            }
        }
        return false
    }

    private static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "ico": "image/x-icon", "txt": "text/plain; charset=utf-8", "woff2": "font/woff2",
    ]

    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return contentTypes[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}

extension Substring {
    fileprivate func trimmingWhitespaceCharacters() -> Substring {
        Substring(utf8.trimmingWhitespace())
    }
}
