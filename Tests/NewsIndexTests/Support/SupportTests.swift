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

    @Test func cursorsRoundTripAndRejectOtherForms() throws {
        let cursor = Cursor("e", ["-3", Cursor.hex("côte d'ivoire"), Cursor.hex("country:CIV")])
        let read = try Cursor(decoding: cursor.encoded, kinds: ["e": 3])
        #expect(read.fields == cursor.fields)
        #expect(try Cursor.text(hex: read.fields[1], in: cursor.encoded) == "côte d'ivoire")
        #expect(try Cursor.signedDecimal(read.fields[0], in: cursor.encoded) == -3)
        #expect(cursor.encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.".contains($0)) })
        #expect(throws: NewsStoreError.self) { try Cursor(decoding: cursor.encoded, kinds: ["n": 1]) }
        #expect(throws: NewsStoreError.self) { try Cursor(decoding: "e1.0", kinds: ["e": 3]) }
        #expect(throws: NewsStoreError.self) { try Cursor.text(hex: "abc", in: "") }
        #expect(throws: NewsStoreError.self) { try Cursor.decimal("+5", in: "") }
        #expect(throws: NewsStoreError.self) { try Cursor.decimal("12345678901", in: "") }
        #expect(throws: NewsStoreError.self) { try Cursor.bits("3FF0000000000000", in: "") }
    }

    @Test func sentenceKeysIgnoreCaseAndSpacing() {
        let key = RelationGraph.sentenceKey("Russia attacked Ukraine.".utf8)
        #expect(RelationGraph.sentenceKey("  russia  attacked\nUKRAINE.".utf8) == key)
        #expect(RelationGraph.sentenceKey("Russia attacked Ukraine!".utf8) != key)
    }

    /// Every length of varint, including the one- and two-byte fast paths, and the last byte of the buffer.
    @Test func varintsRoundTrip() {
        let values = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 35, Int.max, -1, Int.min]
        var writer = ByteWriter()
        for value in values { writer.varint(value) }
        func read(_ bytes: [UInt8], count: Int) -> [Int]? {
            bytes.withUnsafeBytes { raw in
                var reader = ByteReader(raw)
                let read = try? (0..<count).map { _ in try reader.int() }
                return reader.isAtEnd ? read : nil
            }
        }
        #expect(read(writer.bytes, count: values.count) == values)
        #expect(read(writer.bytes, count: values.count + 1) == nil)
        #expect(read([0x80], count: 1) == nil)
        #expect(read([0x80, 0x01], count: 1) == [128])
    }
}
