import ArgumentParser
import Foundation
import Glibc

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Send the articles of an NDJSON file to a NewsGraph server, in batches.",
        discussion: """
            Each line is an article object as POST /v1/articles takes it ({"text", "title", "url", "source", \
            "publishedAt"}); the lines `export` writes are accepted as they are. Bad lines are reported with \
            their line number and do not stop the import.
            """
    )

    @Argument(help: "The NDJSON file of articles.")
    var file: String

    @Option(help: "The server's base URL.")
    var server = "http://127.0.0.1:8080"

    @Option(help: "Articles per request.")
    var batch = 200

    func validate() throws {
        guard (1...10_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 10000") }
    }

    func run() throws {
        guard let input = FileHandle(forReadingAtPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let client = try SimpleHTTPClient(url: server)
        var progress = ImportProgress(totalBytes: totalBytes)
        var lines = LineReader(handle: input)
        var pending: [UInt8] = []
        var pendingLines: [Int] = []
        var lineNumber = 0

        func flush() throws {
            guard !pendingLines.isEmpty else { return }
            let response = try client.send(
                "POST", "/v1/articles", contentType: "application/x-ndjson", body: pending)
            guard response.status == 200 else {
                throw ValidationError(
                    "the server answered \(response.status): \(String(decoding: response.body, as: UTF8.self))")
            }
            for resultLine in response.body.split(separator: UInt8(ascii: "\n")) {
                let result = (try? JSONSerialization.jsonObject(with: Data(resultLine))) as? [String: Any] ?? [:]
                let batchLine = (result["line"] as? Int) ?? 0
                let fileLine = batchLine >= 1 && batchLine <= pendingLines.count ? pendingLines[batchLine - 1] : 0
                switch result["status"] as? Int {
                case 201: progress.stored += 1
                case 200: progress.duplicates += 1
                default:
                    progress.failed += 1
                    progress.report("line \(fileLine): \(result["error"] as? String ?? "rejected")")
                }
            }
            pending.removeAll(keepingCapacity: true)
            pendingLines.removeAll(keepingCapacity: true)
            progress.show()
        }

        while let line = lines.next() {
            lineNumber += 1
            progress.bytesRead += line.count + 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            pending += line
            pending.append(UInt8(ascii: "\n"))
            pendingLines.append(lineNumber)
            if pendingLines.count >= batch || pending.count > 2_000_000 { try flush() }
        }
        try flush()
        progress.finish()
        if progress.failed > 0 { throw ExitCode(2) }
    }
}

/// Reads a file line by line in large blocks.
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if done {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let block = handle.readData(ofLength: 1 << 20)
            if block.isEmpty { done = true } else { buffer += block }
        }
    }
}

/// Progress of an import: a live bar on a terminal, plain lines every few seconds otherwise.
struct ImportProgress {
    let totalBytes: Int
    var bytesRead = 0
    var stored = 0
    var duplicates = 0
    var failed = 0
    private let started = Date()
    private var lastPlainLine = Date.distantPast
    private let terminal = isatty(STDERR_FILENO) == 1

    init(totalBytes: Int) { self.totalBytes = totalBytes }

    private var done: Int { stored + duplicates + failed }

    mutating func show() {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let fraction = totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 0
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let counts = "\(done) articles, \(Int(rate)) articles/s, ETA \(Int(eta.rounded())) s"
        if terminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(Int(fraction * 100))% \(counts)   ")
        } else if Date().timeIntervalSince(lastPlainLine) >= 2 {
            lastPlainLine = Date()
            write("progress: \(Int(fraction * 100))% \(counts)\n")
        }
    }

    func report(_ message: String) {
        write((terminal ? "\r\u{1B}[K" : "") + message + "\n")
    }

    func finish() {
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        write(
            (terminal ? "\r\u{1B}[K" : "")
                + "imported \(done) lines in \(String(format: "%.1f", elapsed)) s (\(Int(Double(done) / elapsed)) articles/s): "
                + "\(stored) stored, \(duplicates) duplicates, \(failed) failed\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
