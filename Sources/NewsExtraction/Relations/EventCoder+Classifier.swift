/// A candidate the classifier saw: its sentence, its pair, the type a trigger near them gives, and its features
/// (for training).
struct RelationCandidate: Sendable {
    var sentence: Int
    var source: String
    var target: String
    var type: RelationType
    var keys: [UInt64]
}

/// Where the event coder writes its candidates instead of classifying them: training reads them.
final class RelationCandidateLog {
    var candidates: [RelationCandidate] = []
}

extension EventCoder {
    /// The rules' relations `found` in one sentence, scored where `explain` asks for it, and the relations the
    /// classifier adds: a (source, target, type) whose probability clears the threshold, in a sentence where the
    /// rules coded nothing (with explanations: for a pair they coded nothing for), through a trigger that no
    /// negation, refusal, denial or modal qualifies.
    ///
    /// Only sentences with two countries or more are read, and no tree is parsed for them: the features use the
    /// tree where the rules already asked for one. With a `log`, the candidates go there and nothing is added.
    func classify(
        _ found: [Relation], in text: TokenizedText, sentence index: Int,
        mentions: [(Range<Int>, Actor.Kind, String)], grammar: ArticleGrammar, explain: Bool,
        log: RelationCandidateLog? = nil, classifier: RelationClassifier? = .bundled
    ) -> [Relation] {
        let actors = mentions.map { RelationFeatures.Mention(tokens: $0.0, kind: $0.1, code: $0.2) }
        guard log != nil || classifier != nil, actors.contains(where: { !$0.kind.isTerritory }),
            Set(actors.map(\.code)).count >= 2
        else { return found }
        // Without explanations nor training, a sentence the rules coded is theirs: the classifier reads the ones
        // they found nothing in (where all it added on the training sets stood), and a sentence that names many
        // countries costs no more than the rules' reading of it.
        guard explain || log != nil || found.isEmpty else { return found }
        let pairs = RelationFeatures.pairs(actors)
        // Tags cost more than a look at the lexicon: a sentence with no trigger has no candidate.
        guard !pairs.isEmpty,
            text.tokens[text.sentenceTokens[index]].contains(where: {
                let info = lexicon.info($0.text.lowercased())
                return !info.verbTriggers.isEmpty || !info.nounTriggers.isEmpty
            })
        else { return found }
        let features = RelationFeatures(lexicon: lexicon, text: text, sentence: index, grammar: grammar)
        var relations = found
        for (source, target) in pairs {
            // The best trigger of each type for the pair.
            var best: [(type: RelationType, word: Int, pattern: String, score: Double)] = []
            for trigger in features.triggers(source: source, target: target) {
                let keys = features.keys(source: source, target: target, trigger: trigger, found: found)
                if let log {
                    log.candidates.append(
                        RelationCandidate(
                            sentence: index, source: source.code, target: target.code, type: trigger.type, keys: keys))
                    continue
                }
                guard let classifier else { continue }
                let score = classifier.probability(keys)
                if let known = best.firstIndex(where: { $0.type == trigger.type }) {
                    if score > best[known].score {
                        best[known] = (trigger.type, trigger.word, trigger.entry.pattern, score)
                    }
                } else {
                    best.append((trigger.type, trigger.word, trigger.entry.pattern, score))
                }
            }
            guard let classifier else { continue }
            if explain {
                for position in relations.indices
                where relations[position].source == source.code && relations[position].target == target.code {
                    let relation = relations[position]
                    // Else the rule's own trigger, wherever it stands, read as a candidate of the rule's type.
                    relations[position].explanation?.score =
                        best.first { $0.type == relation.type }?.score
                        ?? features.trigger(at: relation.trigger.start, type: relation.type).map {
                            classifier.probability(
                                features.keys(source: source, target: target, trigger: $0, found: found))
                        }
                }
            }
            // The rules' decision on a pair they coded stands, and a group ("Somali rebels") is no country.
            guard !found.contains(where: { $0.source == source.code && $0.target == target.code }),
                !features.namesGroup(source), !features.namesGroup(target)
            else { continue }
            for (type, word, pattern, score) in best where score >= classifier.threshold {
                // A negated, refused, denied, hypothetical or future act is none of the trigger's type (GUIDE).
                guard !features.isQualified(word) else { continue }
                let token = text.tokens[features.wordTokens[word]]
                var relation = Relation(
                    source: source.code, target: target.code, type: type,
                    trigger: Span(text: token.text, start: token.start, end: token.end),
                    sentence: text.sentences[index], confidence: score)
                if explain {
                    relation.explanation = RelationExplanation(
                        reader: "classifier", pattern: pattern, score: score)
                }
                relations.append(relation)
            }
        }
        return relations
    }
}
