import NewsIndex

/// Every relation as a GDELT-like row: CSV (RFC 4180), TSV or NDJSON.
enum EventTable {
    enum Format: String, CaseIterable {
        case csv, tsv, ndjson

        var contentType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8; header=present"
            case .tsv: "text/tab-separated-values; charset=utf-8"
            case .ndjson: "application/x-ndjson"
            }
        }
    }

    static let columns = [
        "date", "source", "target", "type", "cameo", "rootCode", "quadClass", "goldstein", "mode", "confidence",
        "articleId", "url", "sentence",
    ]

    static func encode(_ rows: [EventRow], as format: Format) -> [UInt8] {
        if format == .ndjson { return ndjson(rows) }
        let separator = format == .csv ? "," : "\t"
        var text = columns.joined(separator: separator) + (format == .csv ? "\r\n" : "\n")
        for row in rows {
            let cells = [
                RFC3339.format(row.date), row.source, row.target, row.type.rawValue, row.cameo, row.rootCode,
                String(row.quadClass), String(row.goldstein), row.mode.rawValue, String(row.confidence), row.articleID,
                row.url ?? "", row.sentence,
            ]
            text += cells.map { format == .csv ? csvCell($0) : tsvCell($0) }.joined(separator: separator)
            text += format == .csv ? "\r\n" : "\n"
        }
        return Array(text.utf8)
    }

    private static func ndjson(_ rows: [EventRow]) -> [UInt8] {
        var bytes: [UInt8] = []
        for row in rows {
            var json = JSONWriter()
            json.object { json in
                json.date("date", row.date)
                json.field("source", row.source)
                json.field("target", row.target)
                json.field("type", row.type.rawValue)
                json.field("cameo", row.cameo)
                json.field("rootCode", row.rootCode)
                json.field("quadClass", row.quadClass)
                json.field("goldstein", row.goldstein)
                json.field("mode", row.mode.rawValue)
                json.field("confidence", row.confidence)
                json.field("articleId", row.articleID)
                json.field("url", row.url)
                json.field("sentence", row.sentence)
            }
            bytes.append(contentsOf: json.bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    private static func csvCell(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// TSV has no quoting: tabs and line breaks inside a cell become spaces.
    private static func tsvCell(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
