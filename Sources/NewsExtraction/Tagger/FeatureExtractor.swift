/// Turns a sentence into the hashed feature keys of each of its tokens.
///
/// A key mixes a template number with a hashed value, so features need no strings and no dictionary at run time.
enum FeatureExtractor {
    /// Feature templates; the raw values are part of the weight file's meaning, so only ever append.
    private enum Template: UInt64 {
        case bias = 1
        case word, wordBefore, wordAfter, wordTwoBefore, wordTwoAfter
        case shape, shapeBefore, shapeAfter, shapeTwoBefore, shapeTwoAfter, longShape
        case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case bigramBefore, bigramAfter, shapeTrigram, form
        case wordBeforeShape, shapeWordAfter, firstInSentence
        case capitalsSentenceWord, lowercaseSentenceWord
        case hint, hintBefore, hintAfter, hintWord
    }

    /// Appends the keys of each token of `words` to `keys`, and where each token's keys start to `starts`.
    ///
    /// `hints` holds one bit set per token (gazetteer matches); `starts` gets `words.count + 1` entries.
    static func extract(words: [String], hints: [UInt32], keys: inout [UInt64], starts: inout [Int32]) {
        let hashes = words.map(WordHashes.init)
        let hasLower = hashes.contains { $0.hasLower }
        let hasUpper = hashes.contains { $0.hasUpper }
        let capitals = !hasLower && hasUpper
        let lowercase = hasLower && !hashes.dropFirst().contains { $0.hasUpper }
        let pad = WordHashes.padding
        for index in hashes.indices {
            let word = hashes[index]
            let before = index > 0 ? hashes[index - 1] : pad
            let after = index + 1 < hashes.count ? hashes[index + 1] : pad
            let twoBefore = index > 1 ? hashes[index - 2] : pad
            let twoAfter = index + 2 < hashes.count ? hashes[index + 2] : pad
            starts.append(Int32(keys.count))
            func add(_ template: Template, _ value: UInt64) { keys.append(key(template.rawValue, value)) }
            add(.bias, 0)
            add(.word, word.lower)
            add(.wordBefore, before.lower)
            add(.wordAfter, after.lower)
            add(.wordTwoBefore, twoBefore.lower)
            add(.wordTwoAfter, twoAfter.lower)
            add(.shape, word.shape)
            add(.shapeBefore, before.shape)
            add(.shapeAfter, after.shape)
            add(.shapeTwoBefore, twoBefore.shape)
            add(.shapeTwoAfter, twoAfter.shape)
            add(.longShape, word.longShape)
            add(.prefix1, word.prefixes.0)
            add(.prefix2, word.prefixes.1)
            add(.prefix3, word.prefixes.2)
            add(.prefix4, word.prefixes.3)
            add(.suffix1, word.suffixes.0)
            add(.suffix2, word.suffixes.1)
            add(.suffix3, word.suffixes.2)
            add(.suffix4, word.suffixes.3)
            add(.bigramBefore, combine(before.lower, word.lower))
            add(.bigramAfter, combine(word.lower, after.lower))
            add(.shapeTrigram, combine(combine(before.shape, word.shape), after.shape))
            add(.form, word.form)
            add(.wordBeforeShape, combine(before.lower, word.longShape))
            add(.shapeWordAfter, combine(word.longShape, after.lower))
            if index == 0 { add(.firstInSentence, word.longShape) }
            if capitals { add(.capitalsSentenceWord, word.lower) }
            if lowercase { add(.lowercaseSentenceWord, word.lower) }
            addHints(hints[index], .hint, &keys)
            if index > 0 { addHints(hints[index - 1], .hintBefore, &keys) }
            if index + 1 < hashes.count { addHints(hints[index + 1], .hintAfter, &keys) }
            if hints[index] != 0 { add(.hintWord, combine(UInt64(hints[index]), word.longShape)) }
        }
        starts.append(Int32(keys.count))
    }

    private static func addHints(_ bits: UInt32, _ template: Template, _ keys: inout [UInt64]) {
        var bits = bits
        while bits != 0 {
            keys.append(key(template.rawValue, UInt64(bits.trailingZeroBitCount)))
            bits &= bits - 1
        }
    }

    private static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(first &+ 0x9e37_79b9_7f4a_7c15) ^ second
    }

    /// A well-spread, never-zero key (zero marks an empty slot in `TaggerModel`).
    static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(value ^ (template &* 0x9e37_79b9_7f4a_7c15)) | 1
    }

    /// SplitMix64's finalizer.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
