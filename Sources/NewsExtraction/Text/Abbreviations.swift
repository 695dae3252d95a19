/// Words that keep their period: what they are decides whether that period may also end a sentence.
enum Abbreviations {
    /// How an abbreviation's period behaves.
    enum Role {
        /// "Mr.", "Gen.", "St.": always followed by a name, never ends a sentence.
        case title
        /// "No. 10", "Art. 5": an abbreviation only before a number.
        case beforeNumber
        /// "Jan.", "Inc.", "etc.": ends a sentence only before a word that typically starts one.
        case ordinary
    }

    /// The role of a word (lowercased, without its period), if it is a known abbreviation.
    static func role(of lowercased: String) -> Role? { roles[lowercased] }

    /// Whether a capitalized word after an abbreviation shows that a new sentence began: "in the U.S. The ..."
    static func startsSentence(_ word: String) -> Bool { sentenceStarters.contains(word) }

    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        let titles = """
            mr mrs ms messrs mme mlle dr prof gen gens lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig \
            rep reps sen sens gov pres amb rev hon fr supt insp det st mt ft
            """
        let beforeNumber = "no nos art arts fig figs vol vols op pp sec nr"
        let ordinary = """
            jan feb mar apr jun jul aug sep sept oct nov dec \
            inc corp ltd co cos bros jr sr vs etc al approx est dept univ assn ave blvd rd sq cf ca
            """
        for word in titles.split(separator: " ") { roles[String(word)] = .title }
        for word in beforeNumber.split(separator: " ") { roles[String(word)] = .beforeNumber }
        for word in ordinary.split(separator: " ") { roles[String(word)] = .ordinary }
        return roles
    }()

    private static let sentenceStarters: Set<String> = {
        let words = """
            The A An He She It They We I You His Her Its Their Our My Your This That These Those There Here \
            But And Or So Yet If When While As After Before Since Although Though However Meanwhile Moreover \
            Then Now Still Also In On At For From With By To Of What Why How Who Where Which Some Many Most \
            All Both Each Every Other Another Such No Not One Two Three Last Next Earlier Later Today Yesterday
            """
        var set = Set(words.split(separator: " ").map(String.init))
        for word in set { set.insert(word.uppercased()) }
        return set
    }()
}
