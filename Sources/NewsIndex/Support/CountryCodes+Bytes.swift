import NewsExtraction

/// A country's codes as the journal's extractions and the index snapshot both store them: a flag byte, then the
/// ISO 3166 alpha-2 and alpha-3 codes and the Wikidata item when present.
extension ByteWriter {
    mutating func optionalCodes(_ codes: CountryCodes?) {
        guard let codes else { return byte(0) }
        byte(1)
        string(codes.iso2)
        string(codes.iso3)
        string(codes.wikidata)
    }
}

extension ByteReader {
    mutating func optionalCodes() throws -> CountryCodes? {
        guard try byte() == 1 else { return nil }
        return CountryCodes(iso2: try string(), iso3: try string(), wikidata: try string())
    }
}
