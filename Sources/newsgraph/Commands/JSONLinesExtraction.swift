import ArgumentParser
import Dispatch
import Foundation
import NewsAPI
import NewsExtraction

/// `extract --jsonl`: extracts batches of lines on every core and writes the results in input order.
struct JSONLinesExtraction {
    let extractor: Extractor
    var explain = false
    var batchSize = 256

    func run(input: FileHandle, output: FileHandle) throws {
        // Bytes rather than `Data`, whose element-by-element access made splitting cost a twentieth of the whole
        // run, on one core while the other waited.
        let bytes = [UInt8](input.readDataToEndOfFile())
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        var start = 0
        while start < lines.count {
            let first = start
            let batch = Array(lines[start..<min(start + batchSize, lines.count)])
            let results = ResultSlots(count: batch.count)
            let failure = FailureBox()
            // Longest lines first: the workers take lines in turn, and a long one taken last would leave the other
            // cores idle while it runs.
            let order = batch.indices.sorted { (batch[$0].count, $1) > (batch[$1].count, $0) }
            DispatchQueue.concurrentPerform(iterations: batch.count) { turn in
                let index = order[turn]
                do {
                    let (id, text) = try Self.decode(batch[index], line: first + index + 1)
                    results[index] = ExtractionJSON.line(
                        id: id, extraction: extractor.extract(text, publishedAt: nil, explain: explain), text: text)
                } catch {
                    failure.record(error, line: index)
                }
            }
            if let error = failure.error { throw error }
            var chunk = [UInt8]()
            for index in 0..<batch.count { chunk.append(contentsOf: results[index]) }
            output.write(Data(chunk))
            start += batch.count
        }
    }

    /// The line's id (re-encoded as JSON) and text.
    static func decode(_ line: ArraySlice<UInt8>, line number: Int) throws -> ([UInt8], String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw ValidationError("line \(number): not a JSON object")
        }
        guard let text = object["text"] as? String else {
            throw ValidationError("line \(number): \"text\" must be a string")
        }
        let id: [UInt8]
        switch object["id"] {
        case let string as String:
            var json = JSONWriter()
            json.string(string)
            id = json.bytes
        case let number as NSNumber:
            id = Array(number.stringValue.utf8)
        default:
            id = Array("null".utf8)
        }
        return (id, text)
    }
}

/// Result slots written from concurrent workers, each slot by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[UInt8]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> [UInt8] {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}

/// The error of the first failing line of a concurrent batch, whichever order the lines ran in.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (line: Int, error: any Error)?

    var error: (any Error)? { lock.withLock { first?.error } }

    func record(_ error: any Error, line: Int) {
        lock.withLock { if line < first?.line ?? Int.max { first = (line, error) } }
    }
}
