/// Names of seas, straits, shoals and other features of the map: "South China Sea", "Scarborough Shoal", "Strait of
/// Hormuz", "Golan Heights". They are places whatever the tagger took them for; CoNLL-2003 tags them LOC too.
enum GeographicNames {
    /// Last words of a feature's name ("Black Sea"). Left out: "Bank", "Coast", "Bay", "Channel" and "Valley",
    /// which end as many names of companies, teams and broadcasters.
    private static let lastWords: Set<String> = [
        "sea", "strait", "straits", "shoal", "shoals", "heights", "strip", "peninsula", "island", "islands", "ocean",
        "reef", "reefs", "atoll", "archipelago", "canal", "mountains", "desert", "plateau", "corridor", "river",
    ]

    /// First words of a feature's name before "of" ("Strait of Hormuz", "Gulf of Aden", "Sea of Azov").
    private static let firstWords: Set<String> = ["strait", "straits", "gulf", "sea", "bay", "isle", "isles"]

    /// Words that make a name an organization's even when it ends like a place ("... Across the Taiwan Straits").
    private static let organizationWords: Set<String> = [
        "association", "authority", "bank", "club", "commission", "committee", "company", "corporation", "council",
        "fleet", "forum", "foundation", "fund", "group", "institute", "ministry", "organization", "organisation",
        "party", "port", "university",
    ]

    /// Whether `words`, a name of two or more words, is a feature of the map by its form: capitalized words ending
    /// in a feature word, or a feature word, "of" and a capitalized name.
    static func isFeature(_ words: ArraySlice<String>) -> Bool {
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        let lowered = words.map { $0.lowercased() }
        guard !lowered.contains(where: organizationWords.contains) else { return false }
        for (word, lower) in zip(words, lowered) where lower != "of" {
            guard word.unicodeScalars.first?.properties.isUppercase == true else { return false }
        }
        if lastWords.contains(last.lowercased()) { return !lowered.contains("of") }
        return firstWords.contains(first.lowercased()) && lowered[1] == "of" && words.count >= 3
    }
}
