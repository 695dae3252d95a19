/// What around a listed weapon's name says it means the weapon: "Patriot interceptors", "Leopard 2A6 tanks",
/// "Kinzhal and Kalibr missiles". Names such as Patriot, Leopard or Challenger are also words, teams and people,
/// so a name the tagger took for something else counts as equipment only with such a word after it.
enum EquipmentContext {
    /// Words for weapons that the lists leave out because, alone, they are no entity ("systems", "batteries").
    private static let heads: Set<String> = [
        "interceptor", "interceptors", "system", "systems", "battery", "batteries", "launcher", "launchers", "jet",
        "jets", "fighter", "fighters", "aircraft", "round", "rounds", "vehicle", "vehicles", "warhead", "warheads",
        "gunship", "gunships", "variant", "variants", "unit", "units", "air", "anti-aircraft", "surface-to-air",
        "air-defence", "air-defense", "mlrs",
    ]

    /// Whether a word for weapons follows the name that ends before word `end`, right after it, after a model
    /// number ("Leopard 2A6 tanks"), or after a list of other listed names ("Kinzhal and Kalibr missiles").
    static func followsName(endingAt end: Int, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        var index = end
        while index < words.count {
            if isHead(at: index, words, matches) { return true }
            if isModelNumber(words[index]) {
                index += 1
                continue
            }
            let word = words[index]
            guard word == "," || word == "and" || word == "or" else { return false }
            var next = index + 1
            if word == "," && next < words.count && (words[next] == "and" || words[next] == "or") { next += 1 }
            guard let name = matches.first(where: { $0.start == next && $0.category == .equipment && !$0.isCommonNoun })
            else { return false }
            index = name.end
        }
        return false
    }

    /// Words before "tank" or "shells" that make them no weapon: "think tank", "fuel tank", "shell companies".
    private static let civilModifiers: Set<String> = [
        "think", "fuel", "gas", "water", "oil", "fish", "septic", "storage", "petrol", "shark", "egg", "sea",
        "empty",
    ]

    static func isCivilModifier(_ word: String) -> Bool { civilModifiers.contains(word.lowercased()) }

    /// "2", "2A6", "A4", "1A5": a model number after a listed name, digits with at most a few letters.
    static func isModelNumber(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count <= 5, scalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || ("A"..."Z").contains($0) }
    }

    private static func isHead(at index: Int, _ words: [String], _ matches: [GazetteerMatch]) -> Bool {
        heads.contains(words[index].lowercased())
            || matches.contains { $0.start == index && $0.category == .equipment && $0.isCommonNoun }
    }
}
