import NewsExtraction

/// The JSON of an extraction, shared by `POST /v1/extract` and `newsgraph extract`.
public enum ExtractionJSON {
    /// `{"entities": [...], "relations": [...], "sentences": [...]}`.
    public static func encode(_ extraction: Extraction, text: String, unit: OffsetUnit = .scalars) -> [UInt8] {
        var json = JSONWriter(capacity: 4096)
        json.extraction(extraction, offsets: unit.converter(for: text))
        return json.bytes
    }

    /// One line of `newsgraph extract --jsonl`: `{"id": ..., "entities": [...], "relations": [...]}`.
    /// `id` is the input's id as JSON (a string or a number), copied through unchanged.
    public static func line(id: [UInt8], extraction: Extraction, text: String) -> [UInt8] {
        var json = JSONWriter(capacity: 4096)
        let offsets = OffsetUnit.scalars.converter(for: text)
        json.object { json in
            json.key("id")
            json.raw(id)
            json.key("entities")
            json.entities(extraction.entities, offsets: offsets)
            json.key("relations")
            json.relations(extraction.relations, offsets: offsets)
        }
        var line = json.bytes
        line.append(UInt8(ascii: "\n"))
        return line
    }
}
