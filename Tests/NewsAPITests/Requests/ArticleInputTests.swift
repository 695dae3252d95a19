import Foundation
import HTTPServer
import Testing

@testable import NewsAPI

@Suite struct ArticleInputTests {
    private func problem(_ json: String) -> Problem? {
        do {
            _ = try ArticleInput.draft(json: Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func decodesEveryField() throws {
        let json =
            #"{"text":"Russia met China.","title":" T ","url":"https://example.org/a","source":"Wire","publishedAt":"2024-03-05T10:00:00+01:00"}"#
        let draft = try ArticleInput.draft(json: Array(json.utf8))
        #expect(draft.text == "Russia met China.")
        #expect(draft.title == "T")
        #expect(draft.url == "https://example.org/a")
        #expect(draft.source == "Wire")
        #expect(draft.publishedAt == Date(timeIntervalSince1970: 1_709_629_200))
    }

    @Test func namesTheFieldAtFault() {
        #expect(problem(#"{"title":"x"}"#)?.field == "text")
        #expect(problem(#"{"text":5}"#)?.field == "text")
        #expect(problem(#"{"text":"  \n "}"#)?.field == "text")
        #expect(problem(#"{"text":"a","title":[1]}"#)?.field == "title")
        #expect(problem(#"{"text":"a","publishedAt":"yesterday"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","url":"ftp:/x"}"#)?.field == "url")
        #expect(problem(#"{"text":"a""#)?.status == .badRequest)
        #expect(problem(#"["text"]"#)?.field == "body")
    }

    /// Found by schemathesis: `"publishedAt": ""` was stored as no date, though the schema calls it a date-time.
    /// A member with a format is refused when blank or padded; free text is trimmed and blank means null.
    @Test func refusesBlankOrPaddedFormattedMembers() throws {
        #expect(problem(#"{"text":"a","publishedAt":""}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","publishedAt":" 2024-03-05T10:00:00Z"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","url":""}"#)?.field == "url")
        #expect(problem(#"{"text":"a","url":" https://example.org/"}"#)?.field == "url")
        // Found by the article-input fuzz target once URLs were no longer trimmed.
        #expect(problem(#"{"text":"a","url":"http://example.com/as resume  "}"#)?.field == "url")
        #expect(problem(#"{"text":"a","url":"http://example.com/a\tb"}"#)?.field == "url")
        #expect(problem(#"{"text":"a","url":"http://"}"#)?.field == "url")
        #expect(problem(#"{"text":"a","url":"https://example.org/\u00e9"}"#)?.field == "url")
        #expect(ArticleInput.isHTTPURL("HTTPS://example.org/a?b=c%20d"))
        #expect(ArticleInput.isHTTPURL("http://[::1"))  // the pattern's form, though no host: stored as given
        #expect(!ArticleInput.isHTTPURL("httpss://x"))
        #expect(!ArticleInput.isHTTPURL("https:/x"))
        let blank = try ArticleInput.draft(json: Array(#"{"text":"a","title":" ","source":"","url":null}"#.utf8))
        #expect(blank.title == nil && blank.source == nil && blank.url == nil && blank.publishedAt == nil)
    }

    @Test func rejectsInvalidUTF8() throws {
        var bytes = Array(#"{"text":"ab"}"#.utf8)
        bytes.insert(0xFF, at: 10)
        #expect(throws: Problem.self) { try ArticleInput.draft(json: bytes) }
    }

    /// A breach of the article-input fuzz target's round-trip property (a hand-made input; the fuzzer had not
    /// reached it in 60 s): an offset moved a year-0000 timestamp into year -1, which
    /// `RFC3339.format` printed as "00-1-12-31T23:00:00Z", a timestamp no client could read back. The rule is now
    /// one the document's pattern states exactly: in year 0000 no offset that moves the time earlier, in 9999 none
    /// that moves it later, and no leap second (schemathesis sent "0000-01-01T00:00:04+03:19", which the earlier
    /// pattern allowed; the fuzzer then found "0001-01-01T00:00:00+01:00", printed in year 0000, refused when
    /// years 0000 and 9999 were refused whole).
    @Test func whatIsPrintedReadsBackAtBothEndsOfTheRange() throws {
        #expect(problem(#"{"text":"a","publishedAt":"0000-01-01T00:00:00+01:00"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","publishedAt":"0000-06-01T00:00:00+01:00"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","publishedAt":"9999-12-31T23:30:00-01:00"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","publishedAt":"2016-12-31T23:59:60Z"}"#)?.field == "publishedAt")
        #expect(problem(#"{"text":"a","publishedAt":"2023-02-29"}"#)?.field == "publishedAt")
        for (input, printed) in [
            ("0001-01-01T00:00:00+01:00", "0000-12-31T23:00:00Z"), ("0000-01-01T00:00:00Z", "0000-01-01T00:00:00Z"),
            ("0000-01-01T00:00:00-01:00", "0000-01-01T01:00:00Z"), ("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"),
            ("9998-12-31T23:59:59.5-23:59", "9999-01-01T23:58:59.500Z"),
        ] {
            let draft = try ArticleInput.draft(json: Array(#"{"text":"a","publishedAt":"\#(input)"}"#.utf8))
            #expect(draft.publishedAt.map(RFC3339.format) == printed, "\(input)")
            #expect(RFC3339.parse(printed) == draft.publishedAt, "\(printed) reads back")
        }
    }

    @Test func decodeFollowsTheContentType() throws {
        let json = Array(#"{"text":"Chile met Peru."}"#.utf8)
        guard case .article(let draft) = try ArticleInput.decode(json, contentType: "application/json; charset=UTF-8")
        else {
            Issue.record("one article expected")
            return
        }
        #expect(draft.text == "Chile met Peru.")
        #expect(throws: Problem.self) { try ArticleInput.decode(json, contentType: "text/html") }
        let ndjson = Array("{\"text\":\"a\"}\n\n{\"title\":\"b\"}\n".utf8)
        guard case .lines(let lines) = try ArticleInput.decode(ndjson, contentType: "application/x-ndjson") else {
            Issue.record("lines expected")
            return
        }
        #expect(lines.map(\.number) == [1, 3])
        #expect((try? lines[0].result.get())?.text == "a")
        #expect(throws: Problem.self) { try lines[1].result.get() }
    }
}
