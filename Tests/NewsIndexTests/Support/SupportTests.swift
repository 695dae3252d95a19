import Foundation
import Testing

@testable import NewsIndex

@Suite struct SupportTests {
    @Test func civilMonthsAgreeWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for seconds in stride(from: -3_000_000_000.0, through: 3_000_000_000, by: 7_654_321) {
            let date = Date(timeIntervalSinceReferenceDate: seconds)
            let parts = calendar.dateComponents([.year, .month], from: date)
            let expected = String(format: "%04d-%02d", parts.year!, parts.month!)
            #expect(CivilMonth.of(seconds) == expected)
        }
    }

    @Test func base32IsShortAndOrdered() {
        #expect(Base32.encode(0) == "0000000000000")
        #expect(Base32.encode(.max) == "fzzzzzzzzzzzz")
        #expect(Base32.encode(31) == "000000000000z")
    }

    @Test func cursorsRoundTripAndRejectOtherKinds() throws {
        let cursor = Cursor(["e", "name", "0", "côte d'ivoire", "country:CIV"])
        #expect(try Cursor(decoding: cursor.encoded, kind: "e", count: 4).fields == Array(cursor.fields.dropFirst()))
        #expect(!cursor.encoded.contains { "+/=".contains($0) })
        #expect(throws: NewsStoreError.self) { try Cursor(decoding: cursor.encoded, kind: "n", count: 4) }
        #expect(throws: NewsStoreError.self) { try Cursor(decoding: "%%%", kind: "e", count: 4) }
    }

    @Test func sentenceKeysIgnoreCaseAndSpacing() {
        let key = RelationGraph.sentenceKey("Russia attacked Ukraine.".utf8)
        #expect(RelationGraph.sentenceKey("  russia  attacked\nUKRAINE.".utf8) == key)
        #expect(RelationGraph.sentenceKey("Russia attacked Ukraine!".utf8) != key)
    }
}
