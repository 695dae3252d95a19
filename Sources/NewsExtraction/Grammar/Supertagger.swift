/// Guesses each word's arc before the parser runs: its label, on which side its head lies and on which sides it has
/// dependents (supertags after Ouchi, Duh and Matsumoto's). A greedy parser sees only the few words about its stack
/// and buffer; these guesses, made from the tags of the whole sentence, tell it what the words further on will need
/// ("nsubj, head to the right, no dependents").
///
/// Greedy from left to right, an averaged perceptron over the words and tags around each word, the nearest verbs
/// either side and the two supertags before it.
struct Supertagger: Sendable {
    let model: LinearModel
    /// Whether each tag class is a verb's, for the distance to the nearest verb either side.
    let verbTags: [Bool]

    init(model: LinearModel, tags: Vocabulary) {
        self.model = model
        verbTags = Self.verbTags(tags)
    }

    /// Whether each tag class ("UPOS XPOS") is a verb's.
    static func verbTags(_ tags: Vocabulary) -> [Bool] {
        tags.names.map { $0.hasPrefix("VERB ") || $0.hasPrefix("AUX ") }
    }

    /// Supertags per label: head to the left or right, times dependents on the right or not, times on the left.
    static let kinds = 8

    static func classCount(labelCount: Int) -> Int { kinds * labelCount }

    /// The supertags of a sentence's words, given their heads (-1 for the root) and labels.
    static func supertags(heads: [Int], labels: [Int]) -> [Int] {
        var hasRight = [Bool](repeating: false, count: heads.count)
        var hasLeft = hasRight
        for (index, head) in heads.enumerated() where head >= 0 {
            if head < index { hasRight[head] = true } else { hasLeft[head] = true }
        }
        return heads.indices.map { index in
            let side = heads[index] < 0 || heads[index] > index ? 1 : 0
            return kinds * max(labels[index], 0) + side + (hasRight[index] ? 2 : 0) + (hasLeft[index] ? 4 : 0)
        }
    }

    /// One supertag per word, given the words' tags.
    func tag(_ words: [WordHashes], tags: [Int]) -> [Int] {
        var supertags = [Int](repeating: 0, count: words.count)
        guard model.classCount > 0 else { return supertags }
        var keys = FeatureKeys()
        var scores = [Int32](repeating: 0, count: model.classCount)
        let verbs = VerbDistances(tags: tags, verbTags: verbTags)
        for index in words.indices {
            keys.removeAll()
            Self.features(words, index, tags: tags, supertags: supertags, verbs: verbs, into: &keys)
            model.score(keys.keys, into: &scores)
            supertags[index] = LinearModel.best(scores)
        }
        return supertags
    }

    /// The nearest verb before and after each word (-1 for none), and how far it is (0 for none), capped at 4.
    struct VerbDistances {
        let previous: [Int]
        let next: [Int]
        let before: [UInt64]
        let after: [UInt64]

        init(tags: [Int], verbTags: [Bool]) {
            func isVerb(_ position: Int) -> Bool {
                tags[position] >= 0 && tags[position] < verbTags.count && verbTags[tags[position]]
            }
            var previous = [Int](repeating: -1, count: tags.count)
            var next = previous
            var last = -1
            for position in tags.indices {
                previous[position] = last
                if isVerb(position) { last = position }
            }
            last = -1
            for position in tags.indices.reversed() {
                next[position] = last
                if isVerb(position) { last = position }
            }
            (self.previous, self.next) = (previous, next)
            before = tags.indices.map { previous[$0] < 0 ? 0 : UInt64(min($0 - previous[$0], 4)) }
            after = tags.indices.map { next[$0] < 0 ? 0 : UInt64(min(next[$0] - $0, 4)) }
        }
    }

    /// The features of word `index`, given every word's tag and the supertags of the words before it.
    static func features(
        _ words: [WordHashes], _ index: Int, tags: [Int], supertags: [Int], verbs: VerbDistances,
        into keys: inout FeatureKeys
    ) {
        let none: UInt64 = 0x5eed
        func w(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 && position < words.count ? words[position].lower : none
        }
        func verbWord(_ position: Int) -> UInt64 { position >= 0 ? words[position].lower : none }
        func t(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 && position < tags.count ? UInt64(bitPattern: Int64(tags[position])) : none
        }
        func s(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 ? UInt64(supertags[position]) : none
        }
        let (w0, wp, wn, wpp, wnn) = (w(0), w(-1), w(1), w(-2), w(2))
        let (t0, tp, tn, tpp, tnn) = (t(0), t(-1), t(1), t(-2), t(2))
        let (sp, spp) = (s(-1), s(-2))
        keys.append(0)
        keys.append(w0)
        keys.append(wp)
        keys.append(wn)
        keys.append(wpp)
        keys.append(wnn)
        keys.append(t0)
        keys.append(tp)
        keys.append(tn)
        keys.append(tpp)
        keys.append(tnn)
        keys.append(tp, t0)
        keys.append(t0, tn)
        keys.append(tp, t0, tn)
        keys.append(tpp, tp, t0)
        keys.append(t0, tn, tnn)
        keys.append(w0, t0)
        keys.append(w0, tn)
        keys.append(w0, tp)
        keys.append(wp, t0)
        keys.append(wn, t0)
        keys.append(w0, wn)
        keys.append(wp, w0)
        keys.append(words[index].suffixes.2, t0)
        keys.append(sp)
        keys.append(sp, spp)
        keys.append(sp, t0)
        keys.append(sp, w0)
        keys.append(sp, t0, tn)
        keys.append(t0, verbs.before[index], verbs.after[index])
        keys.append(w0, verbs.before[index], verbs.after[index])
        keys.append(t0, index == words.count - 1 ? 1 : 0, index == 0 ? 1 : 0)
        keys.append(t(-3), tpp, tp)
        keys.append(t0, t(3))
        keys.append(wn, tn)
        keys.append(wp, tp)
        keys.append(w0, sp, tn)
        keys.append(t0, verbWord(verbs.previous[index]))
        keys.append(t0, verbWord(verbs.next[index]))
        keys.append(w0, verbWord(verbs.next[index]))
    }
}
