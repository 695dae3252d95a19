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

    @Test func rejectsInvalidUTF8() throws {
        var bytes = Array(#"{"text":"ab"}"#.utf8)
        bytes.insert(0xFF, at: 10)
        #expect(throws: Problem.self) { try ArticleInput.draft(json: bytes) }
    }
}
