import Foundation

/// One entry of the journal: an accepted article, or a deletion.
enum JournalRecord {
    struct StoredArticleFields {
        var extractorVersion: Int
        var id: String
        var ingestedAt: Date
        var publishedAt: Date?
        var title: String?
        var url: String?
        var source: String?
        var text: String
        var packedExtraction: [UInt8]
    }

    case article(StoredArticleFields)
    case deletion(id: String)

    private static let articleKind: UInt8 = 1
    private static let deletionKind: UInt8 = 2

    var payload: [UInt8] {
        switch self {
        case .article(let fields):
            var writer = ByteWriter(capacity: fields.text.utf8.count + fields.packedExtraction.count + 128)
            writer.byte(Self.articleKind)
            writer.varint(fields.extractorVersion)
            writer.string(fields.id)
            writer.double(fields.ingestedAt.timeIntervalSinceReferenceDate)
            if let publishedAt = fields.publishedAt {
                writer.byte(1)
                writer.double(publishedAt.timeIntervalSinceReferenceDate)
            } else {
                writer.byte(0)
            }
            writer.optionalString(fields.title)
            writer.optionalString(fields.url)
            writer.optionalString(fields.source)
            writer.string(fields.text)
            writer.varint(fields.packedExtraction.count)
            writer.bytes.append(contentsOf: fields.packedExtraction)
            return writer.bytes
        case .deletion(let id):
            var writer = ByteWriter(capacity: 32)
            writer.byte(Self.deletionKind)
            writer.string(id)
            return writer.bytes
        }
    }

    struct Undecodable: Error, CustomStringConvertible {
        var description: String
    }

    init(payload: UnsafeRawBufferPointer) throws {
        var reader = ByteReader(payload)
        do {
            switch try reader.byte() {
            case Self.articleKind:
                let version = try reader.int()
                let id = try reader.string()
                let ingestedAt = Date(timeIntervalSinceReferenceDate: try reader.double())
                let publishedAt =
                    try reader.byte() == 1 ? Date(timeIntervalSinceReferenceDate: try reader.double()) : nil
                let title = try reader.optionalString()
                let url = try reader.optionalString()
                let source = try reader.optionalString()
                let text = try reader.string()
                let packed = Array(try reader.raw(try reader.int()))
                self = .article(
                    StoredArticleFields(
                        extractorVersion: version, id: id, ingestedAt: ingestedAt, publishedAt: publishedAt,
                        title: title, url: url, source: source, text: text, packedExtraction: packed))
            case Self.deletionKind:
                self = .deletion(id: try reader.string())
            case let kind:
                throw Undecodable(description: "unknown record kind \(kind)")
            }
        } catch is ByteReader.OutOfBounds {
            throw Undecodable(description: "record ends early")
        }
        guard reader.isAtEnd else { throw Undecodable(description: "bytes left over after the record") }
    }
}
