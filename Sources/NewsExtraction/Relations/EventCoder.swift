/// Finds, sentence by sentence, the countries that act on one another and types each act with the
/// 21 relation types: who did what to whom, asserted, intended, alleged or denied.
///
/// A rule-based coder over the tokens and the country mentions: a verb and nominalization lexicon
/// with inflections, the clause's subject to the left, the object or a preposition's phrase to the
/// right, the passive voice, coordination, and the words that negate, refuse, intend or report an act.
public struct EventCoder: Sendable {
    let lexicon: RelationLexicon

    public init() {
        lexicon = .shared
    }

    /// The relations between countries that `text` reports, in sentence order.
    ///
    /// Countries come from `entities` of type country (and organizations with a country); locations with
    /// a country stand for it where they are attacked, taken, visited or sent to (`Actor.canBeTarget`);
    /// equipment entities become the `items` of arms supplies.
    public func relations(in text: TokenizedText, entities: [Entity]) -> [Relation] {
        var mentions: [[(Range<Int>, Actor.Kind, String)]] = Array(repeating: [], count: text.sentences.count)
        var equipment: [[(Range<Int>, String)]] = Array(repeating: [], count: text.sentences.count)
        for entity in entities {
            let code = entity.codes?.iso3 ?? entity.country
            for mention in entity.mentions where mention.sentence < text.sentences.count {
                guard let tokens = tokenRange(in: text, mention.start, mention.end) else { continue }
                switch entity.type {
                case .country:
                    if let code { mentions[mention.sentence].append((tokens, .country(mention.kind), code)) }
                case .organization:
                    if let code { mentions[mention.sentence].append((tokens, .country(.government), code)) }
                case .location:
                    if let code { mentions[mention.sentence].append((tokens, .territory, code)) }
                case .equipment:
                    equipment[mention.sentence].append((tokens, entity.id))
                default: break
                }
            }
        }
        var relations: [Relation] = []
        var previousSubject: [String] = []
        var previousSources: [String] = []
        var previousPair: [String] = []
        for index in text.sentences.indices {
            // Most sentences name no country: nothing can happen in them. A place alone is only acted on, so it
            // needs a pronoun to act on it ("It shelled Kharkiv").
            let namesCountry = mentions[index].contains { !$0.1.isTerritory }
            guard
                namesCountry || (!mentions[index].isEmpty && namesPronoun(text, index)) || namesLeader(text, index)
                    || (!previousPair.isEmpty && namesPair(text, index))
            else {
                previousSources = []
                continue
            }
            let reader = SentenceReader(
                lexicon: lexicon, text: text, sentenceIndex: index, mentions: mentions[index],
                equipment: equipment[index], previousSubject: previousSubject, previousSources: previousSources,
                previousPair: previousPair)
            let (found, subject) = reader.relations()
            if let pair = reader.namedPair { previousPair = pair }
            relations += unique(found)
            if !subject.isEmpty { previousSubject = subject }
            previousSources = found.map(\.source)
        }
        return relations
    }

    /// "The two leaders signed ...": the sentence may go on about the pair named before.
    private func namesPair(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains { ["two", "both"].contains($0.text.lowercased()) }
    }

    private func namesPronoun(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains { lexicon.isWord($0.text.lowercased(), .pronoun) }
    }

    private func namesLeader(_ text: TokenizedText, _ sentence: Int) -> Bool {
        text.tokens[text.sentenceTokens[sentence]].contains { token in
            token.text.unicodeScalars.first?.isUppercaseLetter == true
                && lexicon.leaders[token.text.lowercased()] != nil
        }
    }

    /// One relation per (source, target, type) in a sentence: the most confident.
    private func unique(_ relations: [Relation]) -> [Relation] {
        var result: [Relation] = []
        for relation in relations {
            if let same = result.firstIndex(where: {
                $0.source == relation.source && $0.target == relation.target && $0.type == relation.type
            }) {
                if relation.confidence > result[same].confidence { result[same] = relation }
            } else {
                result.append(relation)
            }
        }
        return result
    }

    /// The tokens that a span of scalars covers.
    private func tokenRange(in text: TokenizedText, _ start: Int, _ end: Int) -> Range<Int>? {
        var low = 0
        var high = text.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if text.tokens[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        var upper = low
        while upper < text.tokens.count, text.tokens[upper].start < end { upper += 1 }
        return low < upper ? low..<upper : nil
    }
}
