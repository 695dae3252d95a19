/// A configuration of the arc-hybrid transition system: a stack, the front of the buffer, and the labelled arcs
/// so far.
///
/// The root is a word past the end of the sentence, so it is the last thing in the buffer. It takes a dependent
/// only when the stack holds one word: every sentence gets exactly one root.
struct ParserState {
    enum Move: Int, CaseIterable {
        /// Push the front of the buffer.
        case shift
        /// Attach the top of the stack to the word under it.
        case right
        /// Attach the top of the stack to the front of the buffer.
        case left
    }

    /// A move and, for an attachment, its label, numbered as the parser's classes: shift, then right with each
    /// label, then left with each label.
    static func move(ofClass number: Int, labelCount: Int) -> (Move, label: Int) {
        number == 0 ? (.shift, -1) : number <= labelCount ? (.right, number - 1) : (.left, number - 1 - labelCount)
    }

    static func classNumber(_ move: Move, label: Int, labelCount: Int) -> Int {
        switch move {
        case .shift: 0
        case .right: 1 + label
        case .left: 1 + labelCount + label
        }
    }

    let count: Int
    private(set) var stack: [Int] = []
    /// The next word of the buffer; `count` is the root.
    private(set) var front = 0
    /// The head of each word, `count` for the root, -1 while it has none.
    private(set) var heads: [Int]
    /// The label of each word's arc, -1 while it has none.
    private(set) var labels: [Int]
    /// The labels of each word's left and right dependents, one bit each.
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]
    /// The two leftmost and two rightmost dependents of each word (and of the root), -1 for none.
    private(set) var leftmost: [Int]
    private(set) var secondLeftmost: [Int]
    private(set) var rightmost: [Int]
    private(set) var secondRightmost: [Int]
    private(set) var leftCount: [Int]
    private(set) var rightCount: [Int]

    init(count: Int) {
        self.count = count
        stack.reserveCapacity(count)
        heads = [Int](repeating: -1, count: count)
        labels = heads
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        leftmost = [Int](repeating: -1, count: count + 1)
        secondLeftmost = leftmost
        rightmost = leftmost
        secondRightmost = leftmost
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
    }

    var isFinal: Bool { front == count && stack.isEmpty }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: front < count
        case .right: stack.count >= 2
        case .left: !stack.isEmpty && (front < count || stack.count == 1)
        }
    }

    mutating func apply(_ move: Move, label: Int = -1) {
        switch move {
        case .shift:
            stack.append(front)
            front += 1
        case .right:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: label)
        case .left:
            attach(stack.removeLast(), to: front, label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = label >= 0 ? 1 << UInt64(label & 63) : 0
        if dependent < head {
            secondLeftmost[head] = leftmost[head]
            leftmost[head] = dependent
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            secondRightmost[head] = rightmost[head]
            rightmost[head] = dependent
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }

    /// The gold arcs each move would make unreachable, given the gold heads (`count` for the root): Goldberg and
    /// Nivre's dynamic oracle for arc-hybrid. Moves that are not valid cost `Int.max`.
    func costs(gold: [Int]) -> [Int] {
        var costs = [Int](repeating: Int.max, count: 3)
        if isValid(.shift) {
            // Words on the stack lose the front as their head, and the front loses any head under the top.
            var cost = 0
            for (position, word) in stack.enumerated() {
                if gold[word] == front { cost += 1 }
                if gold[front] == word && position < stack.count - 1 { cost += 1 }
            }
            costs[Move.shift.rawValue] = cost
        }
        guard let top = stack.last else { return costs }
        var lostDependents = 0
        if front < count {
            for word in front..<count where gold[word] == top { lostDependents += 1 }
        }
        let under = stack.count >= 2 ? stack[stack.count - 2] : -1
        let head = gold[top]
        if isValid(.right) {
            costs[Move.right.rawValue] = lostDependents + (head != under && head >= front ? 1 : 0)
        }
        if isValid(.left) {
            let reachable = head == under || head > front
            costs[Move.left.rawValue] = lostDependents + (head != front && reachable ? 1 : 0)
        }
        return costs
    }
}
