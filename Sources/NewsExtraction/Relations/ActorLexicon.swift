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

    /// Per person, their offices.
    private var people: [[Office]] = []
    /// Folded name -> the people it may name ("Johnson" names several).
    private var peopleByName: [String: [Int32]] = [:]
    /// Folded names of organisations and groups that are never a country.
    private var nonState: Set<String> = []
    /// First word of a name -> the names' words, longest first, for finding people the recognizer missed: names
    /// of two or more words, and our additions' one-word names ("Pompeo"; Phoenix's are too often words).
    private(set) var scanNames: [String: [[String]]] = [:]

    public static let shared: ActorLexicon = {
        let text = BundledResource.text("actors.tsv")
        guard !text.isEmpty else { fatalError("actors.tsv is missing from the NewsExtraction bundle") }
        return ActorLexicon(tsv: text)
    }()

    init(tsv: String) {
        // Over UTF-8 bytes: splitting by Character would walk grapheme clusters, several times slower.
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let kind = String(decoding: fields[0], as: UTF8.self)
            let names = fields[1].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
            if kind == "nonstate" {
                nonState.formUnion(names)
                continue
            }
            guard kind == "person", fields.count >= 3 else { continue }
            let offices = fields[2].split(separator: UInt8(ascii: " ")).compactMap(Self.office)
            let person = Int32(people.count)
            people.append(offices)
            let scansOneWord = fields.count >= 4 && fields[3].elementsEqual("scan".utf8)
            for name in names {
                peopleByName[name, default: []].append(person)
                let words = name.split(separator: " ").map(String.init)
                if words.count > 1 || scansOneWord { scanNames[words[0], default: []].append(words) }
            }
        }
        for key in scanNames.keys { scanNames[key]?.sort { $0.count > $1.count } }
    }

    /// "RUS:+:19910710:19991231".
    private static func office(_ field: Substring.UTF8View.SubSequence) -> Office? {
        let parts = field.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let code = String(decoding: parts[0], as: UTF8.self)
        return Office(
            country: code == "---" ? nil : code, acts: parts[1].first == UInt8(ascii: "+"),
            from: Int(String(decoding: parts[2], as: UTF8.self)), to: Int(String(decoding: parts[3], as: UTF8.self)))
    }

    /// How names are compared: lowercased, without diacritics, single spaces ("Erdoğan" is "erdogan").
    public static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the lexicon knows `name` as a person with an office (whatever its dates).
    public func knowsPerson(_ name: String) -> Bool {
        peopleByName[Self.fold(name)] != nil
    }

    /// The country `name` acts for on `day`; with no day, the country of their latest office.
    ///
    /// Nil where the person held no state office then (a former official, an opposition leader, an international
    /// office), and where the name is ambiguous: two people of that name acting for different countries.
    public func country(ofPerson name: String, on day: CalendarDay?) -> String? {
        let folded = Self.fold(name)
        guard !isNonState(folded), let candidates = peopleByName[folded] else { return nil }
        if let day {
            var found: String?
            for person in candidates {
                guard let country = Self.country(of: people[Int(person)], on: day.value) else { continue }
                if found != nil && found != country { return nil }
                found = country
            }
            return found
        }
        // The latest office among everyone of that name: an undated "Johnson" is the most recent one.
        var latest: [(end: Int, start: Int, country: String?)] = []
        for person in candidates {
            guard let office = Self.latestOffice(of: people[Int(person)]) else { continue }
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
