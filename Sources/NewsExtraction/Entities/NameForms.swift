/// What the last word of a name says about its type, whatever the tagger read: "Air Force" and "Peace Foundation"
/// are organizations, "Iraq War" and "Peck Awards" misc, "Information Minister" and "Ambassador" roles rather than
/// names, "Muslims" a faith's followers. A tagger trained on 1996 wire copy misses these on modern news; CoNLL-2003
/// types them the same way.
enum NameForms {
    /// Last words of organizations' names. Left out: places that are also facilities ("Airport", "Prison").
    private static let organizationHeads: Set<String> = [
        "force", "forces", "army", "navy", "ministry", "department", "agency", "commission", "council", "committee",
        "party", "court", "university", "bank", "corporation", "company", "airlines", "airways", "group",
        "foundation", "institute", "association", "union", "police", "guard", "guards", "corps", "service",
        "office", "assembly", "parliament", "congress", "senate", "authority", "organisation", "organization",
        "inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.", "plc", "kft", "gmbh", "ag", "fund", "bureau",
        "coalition", "movement", "front", "brigade", "brigades", "militia", "network", "times", "post", "news",
        "survey",
    ]

    /// Last words that make an organization even of a name tagged as a place ("Armed Forces"); "Bank" and "Union"
    /// do not ("West Bank").
    private static let bodyHeads: Set<String> = [
        "force", "forces", "army", "navy", "ministry", "department", "agency", "commission", "council", "committee",
        "party", "police", "corps", "parliament", "congress", "senate",
    ]

    /// Last words of events, awards, laws and treaties: misc.
    private static let miscHeads: Set<String> = [
        "war", "wars", "award", "awards", "prize", "act", "bill", "treaty", "agreement", "accord", "accords",
        "convention", "games", "cup", "olympics", "festival", "christmas", "doctrine", "protocol", "declaration",
        "championship", "championships", "revolution", "crisis", "week", "constitution", "marathon", "olympiad",
        "tournament", "open", "classic", "trophy", "prix", "report", "directive", "regulations",
    ]

    /// Last words of people's names: "William Clay Ford Jr.", "Robert Cummings Sr.".
    private static let personHeads: Set<String> = ["jr.", "jr", "sr.", "sr"]

    /// Last words of buildings and grounds, places whatever the tagger read: "Corcoran State Prison", "National
    /// Zoo", "Jolo Cathedral".
    private static let facilityHeads: Set<String> = [
        "prison", "facility", "airport", "zoo", "cathedral", "mosque", "temple", "stadium", "bridge", "dam",
    ]

    /// Heads of organizations' names that name none alone ("The Department issued a statement", "Force" of
    /// "Quds Force"); "Parliament" and "Congress" do.
    private static let bareHeads: Set<String> = [
        "department", "ministry", "committee", "commission", "agency", "office", "bureau", "force", "forces", "group",
        "company", "corporation", "foundation", "association", "authority", "organisation", "organization",
        "institute",
    ]

    /// Faiths and peoples and their followers, feasts, time zones, diseases and a few processes ("Brexit"), named
    /// alone: misc, as CoNLL-2003 has them.
    private static let groups: Set<String> = [
        "muslim", "muslims", "moslem", "moslems", "christian", "christians", "christendom", "jew", "jews", "jewish",
        "buddhist",
        "buddhists", "hindu", "hindus", "sikh", "sikhs", "catholic", "catholics", "protestant", "protestants",
        "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "islamist", "islamists", "kurd", "kurds", "arab",
        "arabs", "rohingya", "uighur", "uighurs", "uyghur", "uyghurs", "pashtun", "pashtuns", "yazidi", "yazidis",
        "christmas", "easter", "ramadan", "eid", "hanukkah", "diwali", "thanksgiving", "passover", "halloween",
        "gmt", "utc", "aids", "hiv", "islam", "christianity", "judaism", "buddhism", "hinduism", "sharia", "brexit",
    ]

    /// Abbreviations of terms, units and titles that are never a name ("UTC", "LNG", "GDP", "NGOs").
    private static let terms: Set<String> = [
        "GDP", "GNP", "LNG", "EEZ", "LGBT", "LGBTQ", "R&D", "CEO", "CEOs", "CFO", "COO", "CO2", "TV", "DNA", "PDF",
        "URL", "ID", "IQ", "AI", "VAT", "IPO", "NGO", "NGOs", "MP", "MPs", "UFO", "PR",
        "HR", "PhD", "MBA", "SUV", "GPS", "WMD", "WMDs", "POW", "POWs", "IDP", "IDPs", "ICBM", "ICBMs", "FAQ", "OK",
    ]

    /// Words that name a role, not its holder: a name ending in one is no entity ("Information Minister").
    private static let roleHeads: Set<String> = [
        "minister", "ambassador", "governor", "spokesperson", "spokesman", "spokeswoman", "secretary", "president",
        "advisor", "adviser", "envoy", "chairman", "chairwoman", "senator", "mayor", "professor", "director",
        "representative", "representatives", "mp", "mps", "official", "officials", "leader", "commander",
        "congressman", "congresswoman", "executive", "councillor", "councilor", "manager",
    ]

    /// The type a name of `count` words ending in `last` has by its form, or nil when its form says nothing.
    static func type(last: String, count: Int, tagged: EntityType) -> EntityType? {
        let last = last.lowercased()
        if count == 1 { return groups.contains(last) ? .misc : nil }
        if miscHeads.contains(last) { return .misc }
        if personHeads.contains(last) { return .person }
        if facilityHeads.contains(last) { return .location }
        if bodyHeads.contains(last) || organizationHeads.contains(last) && tagged != .location { return .organization }
        return nil
    }

    /// The same for the words of a name.
    static func type(of words: ArraySlice<String>, tagged: EntityType) -> EntityType? {
        guard let last = words.last else { return nil }
        return type(last: last, count: words.count, tagged: tagged)
    }

    /// What a word before "of" inside a name says: "Supreme Leader of Iran" names a role, "Islamic Revolutionary
    /// Guard Corps of Iran" a body, whatever its last word.
    static func headBeforeOf(_ words: ArraySlice<String>) -> (isRole: Bool, isBody: Bool) {
        var result = (isRole: false, isBody: false)
        for (word, next) in zip(words, words.dropFirst()) where next == "of" {
            let lower = word.lowercased()
            result.isRole = result.isRole || roleHeads.contains(lower)
            result.isBody = result.isBody || bodyHeads.contains(lower)
        }
        return result
    }

    /// Whether a name ending in `last` is a state's body or an armed force by its form ("Air Force", "Ministry").
    static func isBody(last: String) -> Bool { bodyHeads.contains(last.lowercased()) }

    /// Whether `word` alone is an abbreviation of a term, never a name.
    static func isTerm(_ word: String) -> Bool { terms.contains(word) }

    /// Stock market indices, misc as CoNLL-2003 has them: no organization ("the Dow Jones fell", "the Nikkei
    /// rose"). Lowercased whole names; names ending in "Average", "Index" or "Composite" are indices by their form.
    /// Exchanges that lend an index their name are organizations and stay out ("MICEX", "RTS", "Nasdaq", "TSX").
    private static let marketIndices: Set<String> = [
        "dow jones", "dow", "nikkei", "dax", "cac", "cac 40", "ftse", "ftse 100", "hang seng", "bovespa", "merval",
        "sensex", "nifty", "kospi", "taiex", "ibex", "ibex 35", "asx 200", "s&p 500", "standard & poor",
        "standard & poor's", "euro stoxx", "stoxx", "psei",
    ]

    private static let indexHeads: Set<String> = ["average", "index", "composite"]

    /// Whether the words of a name make a stock market index ("Dow Jones Industrial Average", "Nikkei").
    static func isMarketIndex(_ words: ArraySlice<String>) -> Bool {
        guard let last = words.last, words.count <= 5 else { return false }
        if words.count >= 2, indexHeads.contains(last.lowercased()) { return true }
        return marketIndices.contains(words.joined(separator: " ").lowercased())
    }

    /// Whether `word` alone is the head of an organization's name that names none by itself ("Department").
    static func isBareHead(_ word: String) -> Bool { bareHeads.contains(word.lowercased()) }

    /// Whether a name ending in `last` names a role by its title ("Ambassador", "US Ambassador", "Lieutenant
    /// Governor", "Democratic Representatives"): no person, organization or place.
    static func isRole(last: String) -> Bool { roleHeads.contains(last.lowercased()) }

    /// Whether an organization's name goes on after `head` and `word` ("Ministry" "of" "Foreign Affairs").
    static func continues(_ head: String, with word: String) -> Bool {
        (word == "of" || word == "on" || word == "for") && bodiesOf.contains(head.lowercased())
    }

    /// Bodies whose names go on with "of", "on" or "for"; not companies ("Daniels Pharmaceuticals Inc of St.
    /// Petersburg" is a company and its place).
    private static let bodiesOf: Set<String> = [
        "ministry", "department", "committee", "commission", "council", "office", "bureau", "court", "institute",
        "university", "agency", "board",
    ]
}
