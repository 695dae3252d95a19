/// How central an entity is to an article, from 0 to 1.
///
/// Half from how often it is named, relative to the article's most named entity of the same kind; three tenths
/// from how early it is first named (1 in the first sentence, falling to 0 at the last); two tenths for being
/// named in the first sentence, the title or lead.
enum Salience {
    static func score(mentions: [Mention], mostMentions: Int, sentenceCount: Int) -> Double {
        guard let first = mentions.map(\.sentence).min(), mostMentions > 0 else { return 0 }
        let frequency = Double(mentions.count) / Double(mostMentions)
        let position = sentenceCount > 1 ? 1 - Double(first) / Double(sentenceCount - 1) : 1
        let lead = first == 0 ? 1.0 : 0
        return min(1, 0.5 * frequency + 0.3 * position + 0.2 * lead)
    }
}
