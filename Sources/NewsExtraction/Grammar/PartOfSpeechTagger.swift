/// Tags words with a Universal POS tag and a Penn Treebank tag at once, greedily from left to right: an averaged
/// perceptron over the word, its spelling, its neighbours and the two tags before it.
///
/// A class is a pair "UPOS XPOS" as the treebanks write them. Frequent words that the training data always tags
/// the same way take that tag from a dictionary, which is both faster and more reliable.
struct PartOfSpeechTagger: Sendable {
    /// Class names "UPOS XPOS".
    let tags: Vocabulary
    let upos: [String]
    let xpos: [String]
    let model: LinearModel
    /// Exact spelling's hash to its one tag.
    let dictionary: [UInt64: Int]

    init(tags: Vocabulary, model: LinearModel, dictionary: [UInt64: Int]) {
        self.tags = tags
        self.model = model
        self.dictionary = dictionary
        upos = tags.names.map { String($0.split(separator: " ").first ?? "X") }
        xpos = tags.names.map { String($0.split(separator: " ").last ?? "X") }
    }

    /// One class per word.
    func tag(_ words: [WordHashes]) -> [Int] {
        var tags = [Int](repeating: 0, count: words.count)
        var keys = FeatureKeys()
        var scores = [Int32](repeating: 0, count: self.tags.count)
        let casing = Self.casing(words)
        for index in words.indices {
            if let known = dictionary[words[index].form] {
                tags[index] = known
                continue
            }
            keys.removeAll()
            Self.features(words, index, tags, dictionary, self.tags.count, casing: casing, into: &keys)
            model.score(keys.keys, into: &scores)
            tags[index] = LinearModel.best(scores)
        }
        return tags
    }

    /// The features of word `index`, given the tags of the words before it.
    static func features(
        _ words: [WordHashes], _ index: Int, _ tags: [Int], _ dictionary: [UInt64: Int], _ tagCount: Int,
        casing: UInt64, into keys: inout FeatureKeys
    ) {
        let word = words[index]
        func at(_ offset: Int) -> WordHashes {
            let position = index + offset
            return position >= 0 && position < words.count ? words[position] : .padding
        }
        let previous = index > 0 ? UInt64(tags[index - 1]) : UInt64(tagCount)
        let beforePrevious = index > 1 ? UInt64(tags[index - 2]) : UInt64(tagCount)
        let next = at(1)
        let following = index + 1 < words.count ? UInt64(dictionary[next.form] ?? tagCount + 1) : UInt64(tagCount)
        keys.add(0, 0)
        keys.add(1, word.lower)
        keys.add(2, word.form)
        keys.add(3, word.suffixes.0)
        keys.add(4, word.suffixes.1)
        keys.add(5, word.suffixes.2)
        keys.add(6, word.suffixes.3)
        keys.add(7, word.prefixes.0)
        keys.add(8, word.prefixes.1)
        keys.add(9, word.prefixes.2)
        keys.add(10, word.shape)
        keys.add(11, word.longShape)
        keys.add(12, previous)
        keys.add(13, beforePrevious, previous)
        keys.add(14, previous, word.lower)
        keys.add(15, at(-1).lower)
        keys.add(16, at(-2).lower)
        keys.add(17, next.lower)
        keys.add(18, at(2).lower)
        keys.add(19, at(-1).suffixes.2)
        keys.add(20, next.suffixes.2)
        keys.add(21, next.shape)
        keys.add(22, at(-1).shape)
        keys.add(23, word.lower, next.lower)
        keys.add(24, at(-1).lower, word.lower)
        keys.add(25, index == 0 ? 1 : 0, word.shape)
        keys.add(26, following)
        keys.add(27, following, word.lower)
        keys.add(28, previous, following)
        keys.add(29, previous, word.suffixes.2)
        keys.add(30, previous, next.lower)
        keys.add(31, word.shape, next.shape)
        keys.add(32, at(-1).lower, word.suffixes.2)
        keys.add(33, word.lower, next.suffixes.2)
        keys.add(34, at(2).suffixes.2)
        keys.add(35, next.prefixes.0, next.shape)
        // In a title or in capitals, a capital says less about a proper noun.
        keys.add(36, casing, word.shape)
        keys.add(37, casing, word.lower)
    }

    /// How the sentence writes its words: 0 as prose, 1 with most words capitalised (a title), 2 in capitals,
    /// where a capital says little about a proper noun.
    static func casing(_ words: [WordHashes]) -> UInt64 {
        var lettered = 0
        var capitalised = 0
        var capitals = 0
        for word in words where word.hasUpper || word.hasLower {
            lettered += 1
            if word.hasUpper { capitalised += 1 }
            if word.hasUpper && !word.hasLower { capitals += 1 }
        }
        guard lettered >= 2 else { return 0 }
        if capitals * 5 >= lettered * 4 { return 2 }
        return capitalised * 5 >= lettered * 3 ? 1 : 0
    }
}
