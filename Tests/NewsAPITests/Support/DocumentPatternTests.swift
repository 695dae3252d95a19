import Foundation
import Testing

@testable import NewsAPI

/// The OpenAPI document's patterns say exactly what the server takes: schemathesis sends values the pattern allows
/// and expects them taken, and values it refuses and expects them refused. Each pattern is compared here with the
/// server's own check over many values built around the edges.
@Suite struct DocumentPatternTests {
    let document: [String: Any]

    init() throws {
        let server = try TestServer()
        document = try server.request("GET", "/openapi.json").json
    }

    func schema(_ name: String, _ property: String) throws -> [String: Any] {
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let properties = try #require((schemas[name] as? [String: Any])?["properties"] as? [String: Any])
        return try #require(properties[property] as? [String: Any])
    }

    /// Each pattern compiled once: Foundation on Linux never frees an NSRegularExpression's ICU regex.
    func matcher(_ pattern: String) throws -> (String) -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return { value in regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil }
    }

    @Test func datesAreExactlyWhatRFC3339Takes() throws {
        let matches = try matcher(try #require(try schema("ArticleInput", "publishedAt")["pattern"] as? String))
        let years = ["0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "9996", "9998", "9999"]
        let monthDays = [
            "01-01", "01-31", "01-32", "02-28", "02-29", "02-30", "04-30", "04-31", "12-31", "00-10", "13-01", "06-00",
        ]
        let times = [
            "", "T00:00:00Z", "t23:59:59z", " 12:30:45.5+01:00", "T23:59:60Z", "T24:00:00Z", "T10:60:00Z",
            "T10:00:00.Z", "T10:00:00+00:00", "T10:00:00-00:00", "T10:00:00-23:59", "T10:00:00+23:59",
            "T10:00:00+24:00", "T10:00:00+05:60", "T10:00:00", "T10:00Z", "T10:00:00.123456789012Z",
        ]
        var checked = 0
        for year in years {
            for monthDay in monthDays {
                for time in times {
                    let value = "\(year)-\(monthDay)\(time)"
                    let taken = RFC3339.parse(value) != nil
                    #expect(
                        matches(value) == taken, "\(value): the server \(taken ? "takes" : "refuses") it")
                    checked += 1
                }
            }
        }
        #expect(checked == years.count * monthDays.count * times.count)
        // What the server prints reads back, at both ends of its range too.
        for value in ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "0000-12-31T23:00:00Z"] {
            let date = try #require(RFC3339.parse(value))
            #expect(matches(RFC3339.format(date)))
        }
    }

    @Test func urlsAreExactlyWhatTheServerTakes() throws {
        let matches = try matcher(try #require(try schema("ArticleInput", "url")["pattern"] as? String))
        for value in [
            "http://a", "HTTPS://example.org/a?b=c%20d", "https://", "http:/a", "ftp://a", "http://a b",
            "http://a\u{7F}",
            "http://é", "httpss://a", " http://a", "http://a\t", "hTtP://[::1", "https://a\"b",
        ] {
            #expect(matches(value) == ArticleInput.isHTTPURL(value), "\(value)")
        }
    }

    @Test func textIsExactlyWhatTheServerTakes() throws {
        let matches = try matcher(try #require(try schema("ArticleInput", "text")["pattern"] as? String))
        for value in [
            "a", " a ", " ", "\t\n\u{0B}\u{0C}\r ", "\u{A0}", "\u{3000}", "\u{85}", "\u{2028}", " \u{301}", "\u{1F680}",
            "\u{1C}",
        ] {
            let taken = (try? ArticleInput.draft(text: value)) != nil
            #expect(matches(value) == taken, "\(value.unicodeScalars.map { $0.value })")
        }
    }
}
