/// Names the relation of each arc of a finished tree (nsubj, obj, obl:agent, ...): an averaged perceptron over the
/// dependent, its head, the head's head, and the other words attached to either, which a parser choosing moves one
/// at a time cannot yet see.
struct ArcLabeler: Sendable {
    let labels: Vocabulary
    let model: LinearModel

    func label(_ words: [WordHashes], tags: [Int], heads: [Int], tagCount: Int) -> [Int] {
        let tree = Tree(words: words, tags: tags, heads: heads, tagCount: tagCount)
        var keys = FeatureKeys(capacity: 64)
        var scores = [Int32](repeating: 0, count: labels.count)
        return words.indices.map { word in
            keys.removeAll()
            tree.features(word, into: &keys)
            for index in scores.indices { scores[index] = 0 }
            model.score(keys.keys, into: &scores)
            return LinearModel.best(scores)
        }
    }

    /// A sentence with its heads, as the labeler's features see it.
    struct Tree {
        let words: [WordHashes]
        let tags: [Int]
        let heads: [Int]
        let tagCount: Int
        private let children: [[Int]]

        init(words: [WordHashes], tags: [Int], heads: [Int], tagCount: Int) {
            self.words = words
            self.tags = tags
            self.heads = heads
            self.tagCount = tagCount
            var children = [[Int]](repeating: [], count: words.count)
            for (word, head) in heads.enumerated() where head >= 0 { children[head].append(word) }
            self.children = children
        }

        private func tag(_ index: Int) -> UInt64 {
            index >= 0 && index < tags.count ? UInt64(tags[index]) : UInt64(tagCount)
        }

        private func word(_ index: Int) -> UInt64 { index >= 0 ? words[index].lower : 0x7007 }

        func features(_ dependent: Int, into keys: inout FeatureKeys) {
            let head = heads[dependent]
            let grandparent = head >= 0 ? heads[head] : -2
            let wd = words[dependent].lower
            let td = tag(dependent)
            let wh = word(head)
            let th = head >= 0 ? tag(head) : UInt64(tagCount + 1)
            let direction: UInt64 = head < 0 ? 2 : dependent < head ? 0 : 1
            let distance = UInt64(head < 0 ? 0 : min(abs(head - dependent), 6))
            let tg = grandparent >= 0 ? tag(grandparent) : grandparent == -1 ? UInt64(tagCount + 1) : 0xdead
            keys.add(0, 0)
            keys.add(1, wd)
            keys.add(2, td)
            keys.add(3, wh)
            keys.add(4, th)
            keys.add(5, td, th)
            keys.add(6, td, th, direction)
            keys.add(7, wd, th)
            keys.add(8, td, wh)
            keys.add(9, wd, wh)
            keys.add(10, td, th, distance << 2 | direction)
            keys.add(11, td, th, tg)
            keys.add(12, wd, td)
            keys.add(13, words[dependent].suffixes.2, td)
            keys.add(14, tag(dependent - 1), td)
            keys.add(15, td, tag(dependent + 1))
            keys.add(16, dependent == 0 ? 1 : 0, td, direction)
            keys.add(17, UInt64(min(children[dependent].count, 4)), td)
            keys.add(18, wh, th, td)
            for child in children[dependent].prefix(6) {
                keys.add(19, tag(child), td)
                keys.add(20, words[child].lower, td, child < dependent ? 0 : 1)
            }
            if head >= 0 {
                for sibling in children[head].prefix(8) where sibling != dependent {
                    let side: UInt64 = sibling < dependent ? 0 : 1
                    keys.add(21, words[sibling].lower, td, direction << 1 | side)
                    keys.add(22, tag(sibling), td, th << 1 | side)
                }
            }
        }
    }
}
