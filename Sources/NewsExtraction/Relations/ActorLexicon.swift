import Foundation

/// Who acts for which country, and when: the people of PETRARCH2's Phoenix actor lists (and ours since 2014)
/// with the dates of their offices, and the international organisations and non-state groups that never stand
/// for a country. Read once from `Resources/actors.tsv` (`scripts/make-actors.py`).
///
/// "Yeltsin said" is Russia in 1996 and nobody in 2005; "Pompeo said" is the United States from 2017 to 2021.
public struct ActorLexicon: Sendable {
    /// One office or status of a person: the country it is for (nil for an international office), whether it acts
    /// for the state (a minister does, a former official does not), and its first and last day (nil: open).
    struct Office: Sendable {
        var country: String?
        var acts: Bool
        var from: Int?
        var to: Int?

        var isDefault: Bool { from == nil && to == nil }

        func covers(_ day: Int) -> Bool {
            !isDefault && day >= (from ?? Int.min) && day <= (to ?? Int.max)
        }
    }

    /// The file's bytes: a person's offices are read from them when first asked for, not at load.
    private let bytes: [UInt8]
    /// Per person, where their offices' field lies in `bytes`.
    private var offices: [Range<Int>] = []
    /// Folded name -> the people it may name ("Johnson" names several).
    private var peopleByName: ByteStringTable
    /// Folded names of organisations and groups that are never a country.
    private var nonState: ByteStringTable
    /// One-word names looked for in text where the recognizer found no person: our additions' ("Pompeo");
    /// Phoenix's are too often words.
    private var scannedOneWordNames: Set<String> = []
    /// The most words of a name looked for in text (longer ones are found by the recognizer or not at all).
    private(set) var longestName = 1
    /// First words of the names looked for in text.
    private var firstWords: ByteStringTable

    public static let shared: ActorLexicon = {
        let bytes = BundledResource.bytes("actors.tsv")
        guard !bytes.isEmpty else { fatalError("actors.tsv is missing from the NewsExtraction bundle") }
        return ActorLexicon(bytes: bytes)
    }()

    init(tsv: String) {
        self.init(bytes: Array(tsv.utf8))
    }

    /// One pass over the bytes, fields cut by hand, names kept as places in the bytes rather than Strings:
    /// start-up time is the extractor's, for every process.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        // About one name in 50 bytes.
        peopleByName = ByteStringTable(text: bytes, expected: bytes.count / 50)
        nonState = ByteStringTable(text: bytes, expected: bytes.count / 100)
        firstWords = ByteStringTable(text: bytes, expected: bytes.count / 50)
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // The next `byte` from `start` on, before `end`, or `end`: memchr compares many bytes at a time.
            func find(_ byte: UInt8, from start: Int, before end: Int) -> Int {
                guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            var lineStart = 0
            while lineStart < buffer.count {
                let lineEnd = find(newline, from: lineStart, before: buffer.count)
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, buffer[lineStart] != UInt8(ascii: "#") else { continue }
                // The first four fields, without an array per line; a missing one is empty, past the line's end.
                func field(after end: Int) -> Range<Int> {
                    guard end < lineEnd else { return lineEnd + 1..<lineEnd + 1 }
                    return end + 1..<find(tab, from: end + 1, before: lineEnd)
                }
                let kind = field(after: lineStart - 1)
                let names = field(after: kind.upperBound)
                let officeField = field(after: names.upperBound)
                let scan = field(after: officeField.upperBound)
                guard names.lowerBound <= lineEnd else { continue }
                let isPerson = buffer[kind.lowerBound] == UInt8(ascii: "p")
                guard isPerson ? officeField.lowerBound <= lineEnd : buffer[kind.lowerBound] == UInt8(ascii: "n") else {
                    continue
                }
                let person = Int32(offices.count)
                if isPerson { offices.append(officeField) }
                let scansOneWord = isPerson && scan.count == 4
                var nameStart = names.lowerBound
                var firstSpace: Int?
                var words = 1
                for position in names.lowerBound...names.upperBound {
                    if position < names.upperBound, buffer[position] == UInt8(ascii: " ") {
                        words += 1
                        firstSpace = firstSpace ?? position
                    }
                    guard position == names.upperBound || buffer[position] == UInt8(ascii: "|") else { continue }
                    let name = nameStart..<position
                    if isPerson {
                        peopleByName.add(name, value: person)
                        if words > 1 || scansOneWord {
                            longestName = min(max(longestName, words), 6)
                            firstWords.add(nameStart..<(firstSpace ?? position))
                        }
                        if scansOneWord && words == 1 {
                            scannedOneWordNames.insert(String(decoding: buffer[name], as: UTF8.self))
                        }
                    } else {
                        nonState.add(name)
                    }
                    nameStart = position + 1
                    firstSpace = nil
                    words = 1
                }
            }
        }
    }

    /// A person's offices, read from their field: "RUS:+:19910710:19991231 RUS:-::".
    private func offices(of person: Int32) -> [Office] {
        bytes[offices[Int(person)]].split(separator: UInt8(ascii: " ")).compactMap { field in
            let parts = field.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            let code = String(decoding: parts[0], as: UTF8.self)
            return Office(
                country: code == "---" ? nil : code, acts: parts[1].first == UInt8(ascii: "+"),
                from: Int(String(decoding: parts[2], as: UTF8.self)),
                to: Int(String(decoding: parts[3], as: UTF8.self)))
        }
    }

    /// Whether a name looked for in text can start with `word` (lowercased): most capitalized words cannot, and
    /// need no longer look-up.
    func startsName(_ word: String) -> Bool {
        firstWords.contains(word)
    }

    /// How many of `words` (lowercased, from a capitalized one on) make the longest name of a person to look for in
    /// text, or 0: names of two or more words, and the one-word names we added.
    func nameLength(at words: ArraySlice<String>) -> Int {
        for length in stride(from: min(longestName, words.count), through: 1, by: -1) {
            let name = words.prefix(length).joined(separator: " ")
            guard peopleByName.contains(name) else { continue }
            if length > 1 || scannedOneWordNames.contains(name) { return length }
        }
        return 0
    }

    /// How names are compared: lowercased, without diacritics, single spaces ("Erdoğan" is "erdogan").
    public static func fold(_ name: String) -> String {
        if let folded = foldASCII(name) { return folded }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `fold` of a name all ASCII, byte by byte: Foundation's folding was most of what a look-up cost, and ASCII
    /// has no diacritics, only capitals to lower and whitespace (tab to carriage return, space) to make single.
    private static func foldASCII(_ name: String) -> String? {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var isAfterSpace = false
            for byte in utf8 {
                if byte == 32 || (byte >= 9 && byte <= 13) {
                    isAfterSpace = count > 0
                    continue
                }
                if isAfterSpace {
                    buffer[count] = 32
                    count += 1
                    isAfterSpace = false
                }
                buffer[count] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }

    /// Whether the lexicon knows `name` as a person with an office (whatever its dates).
    public func knowsPerson(_ name: String) -> Bool {
        peopleByName.contains(Self.fold(name))
    }

    /// The country `name` acts for on `day`; with no day, the country of their latest office.
    ///
    /// Nil where the person held no state office then (a former official, an opposition leader, an international
    /// office), and where the name is ambiguous: two people of that name acting for different countries.
    public func country(ofPerson name: String, on day: CalendarDay?) -> String? {
        let folded = Self.fold(name)
        guard !isNonState(folded), let candidates = peopleByName.values(of: folded) else { return nil }
        if let day {
            var found: String?
            for person in candidates {
                guard let country = Self.country(of: offices(of: person), on: day.value) else { continue }
                if found != nil && found != country { return nil }
                found = country
            }
            return found
        }
        // The latest office among everyone of that name: an undated "Johnson" is the most recent one.
        var latest: [(end: Int, start: Int, country: String?)] = []
        for person in candidates {
            guard let office = Self.latestOffice(of: offices(of: person)) else { continue }
            latest.append((office.to ?? Int.max, office.from ?? Int.min, office.acts ? office.country : nil))
        }
        guard let best = latest.max(by: { ($0.end, $0.start) < ($1.end, $1.start) }) else { return nil }
        let rivals = latest.filter { ($0.end, $0.start) == (best.end, best.start) && $0.country != best.country }
        return rivals.isEmpty ? best.country : nil
    }

    private static func country(of offices: [Office], on day: Int) -> String? {
        var covered = false
        for office in offices where office.covers(day) {
            if office.acts, let country = office.country { return country }
            covered = true
        }
        if covered { return nil }
        return offices.first { $0.isDefault && $0.acts }?.country
    }

    /// The office that ends last (an open one last of all): a state office, or an international one.
    private static func latestOffice(of offices: [Office]) -> Office? {
        var latest: Office?
        for office in offices where !office.isDefault && (office.acts || office.country == nil) {
            guard let current = latest else {
                latest = office
                continue
            }
            if (office.to ?? Int.max, office.from ?? Int.min) > (current.to ?? Int.max, current.from ?? Int.min) {
                latest = office
            }
        }
        return latest ?? offices.first { $0.isDefault && $0.acts }
    }

    /// Whether `name` is an international organisation or a non-state group (the UN, NATO, Hamas): never a country.
    public func isNonState(_ name: String) -> Bool {
        let folded = Self.fold(name)
        return nonState.contains(folded) || (folded.hasPrefix("the ") && nonState.contains(String(folded.dropFirst(4))))
    }
}
