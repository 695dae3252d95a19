import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every article of a NewsGraph server as NDJSON (one full article per line)."
    )

    @Option(help: "The server's base URL.")
    var server = "http://127.0.0.1:8080"

    @Option(name: .shortAndLong, help: "The file to write; standard output when omitted.")
    var output: String?

    func run() throws {
        let out: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil),
                let handle = FileHandle(forWritingAtPath: output)
            else { throw ValidationError("cannot write \(output)") }
            out = handle
        } else {
            out = FileHandle.standardOutput
        }
        let client = try SimpleHTTPClient(url: server)
        let response = try client.send("GET", "/v1/articles?format=ndjson") { chunk in out.write(Data(chunk)) }
        guard response.status == 200 else { throw ValidationError("the server answered \(response.status)") }
        if output != nil { try out.close() }
    }
}
