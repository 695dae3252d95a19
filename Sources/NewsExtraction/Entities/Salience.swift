/// How central an entity is to its article, from 0 to 1: how often it is named (against the most named entity),
/// how early it first appears, and whether the first sentence (the headline or lede) names it.
enum Salience {
    static func assign(to entities: inout [Entity], sentenceCount: Int) {
        let most = Double(entities.map(\.count).max() ?? 1)
        let sentences = Double(max(sentenceCount, 1))
        for index in entities.indices {
            let first = Double(entities[index].mentions.map(\.sentence).min() ?? 0)
            let frequency = Double(entities[index].count) / most
            let position = 1 - first / sentences
            let lead: Double = first == 0 ? 1 : 0
            let score = 0.55 * frequency + 0.3 * position + 0.15 * lead
            entities[index].salience = min(1, max(0, (score * 1000).rounded() / 1000))
        }
    }
}
