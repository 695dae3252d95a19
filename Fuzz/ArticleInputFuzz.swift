// libFuzzer target: arbitrary bytes as a POST /v1/articles body, under a Content-Type that the first byte
// picks (a digit in the seeds), must never crash ArticleInput.decode; every problem is a 400, 415 or 422, and
// every article it accepts is valid and reads back the same once written as JSON. Built by scripts/fuzz.sh
// from the few NewsAPI sources that decoding needs.

import Foundation
import NewsIndex

/// The Content-Types the first byte picks from; past the end, the body's first line is the header.
private let contentTypes: [String?] = [
    nil, "application/json", "application/json; charset=utf-8", "text/plain", "text/plain; charset=latin1",
    "application/x-ndjson", "application/jsonl", "application/json-seq", "text/html",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    var body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let choice = Int(data[0] &- UInt8(ascii: "0")) % (contentTypes.count + 1)
    var contentType: String?
    if choice < contentTypes.count {
        contentType = contentTypes[choice]
    } else {
        let end = body.firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
        contentType = String(decoding: body[..<end], as: UTF8.self)
        body.removeSubrange(..<min(end + 1, body.count))
    }
    do {
        switch try ArticleInput.decode(body, contentType: contentType) {
        case .article(let draft):
            check(draft)
        case .lines(let lines):
            var previous = 0
            for line in lines {
                precondition(line.number > previous, "NDJSON lines out of order")
                previous = line.number
                switch line.result {
                case .success(let draft): check(draft)
                case .failure(let problem): check(problem)
                }
            }
        }
    } catch {
        check(error)
    }
    return 0
}

private func check(_ problem: Problem) {
    precondition([400, 415, 422].contains(problem.status.code), "unexpected status \(problem.status.code)")
    precondition(!problem.detail.isEmpty)
}

/// An accepted article has text to extract from, trimmed non-empty optional fields within their limits, an
/// http(s) URL, and survives being written as JSON and read back.
private func check(_ draft: ArticleDraft) {
    precondition(draft.hasText, "accepted an article without text")
    for (value, limit) in [
        (draft.title, ArticleInput.maxTitleLength), (draft.url, ArticleInput.maxURLLength),
        (draft.source, ArticleInput.maxSourceLength),
    ] {
        guard let value else { continue }
        precondition(!value.isEmpty && value.unicodeScalars.count <= limit, "optional field empty or too long")
        precondition(value.trimmingCharacters(in: .whitespacesAndNewlines) == value, "optional field not trimmed")
    }
    var json = JSONWriter()
    json.object { json in
        json.field("text", draft.text)
        json.field("title", draft.title)
        json.field("url", draft.url)
        json.field("source", draft.source)
        json.field("publishedAt", draft.publishedAt.map(RFC3339.format))
    }
    let again: ArticleDraft
    do {
        again = try ArticleInput.draft(json: json.bytes)
    } catch {
        preconditionFailure("an accepted article, written as JSON, is refused: \(error.detail)")
    }
    precondition(again.text == draft.text && again.title == draft.title, "text or title changed on the way back")
    precondition(again.url == draft.url && again.source == draft.source, "url or source changed on the way back")
    if let date = draft.publishedAt {
        let printed = RFC3339.format(date)
        precondition(again.publishedAt.map(RFC3339.format) == printed, "publishedAt \(printed) does not read back")
    }
}
