/// Learns the weights of a `LinearModel` as an averaged perceptron.
///
/// A feature gets a row of weights the first time an update touches it. Averages are kept exactly, in integers:
/// each weight remembers when it last changed, and its running total catches up then.
struct PerceptronLearner {
    let classCount: Int
    private var rows: [UInt64: Int32] = [:]
    private var weights: [Int32] = []
    private var totals: [Int64] = []
    private var stamps: [Int32] = []
    /// Examples seen so far: the averages' denominator.
    private(set) var tick: Int32 = 1

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Starts a new example.
    mutating func advance() { tick += 1 }

    /// The current (not averaged) scores of `keys`.
    func score(_ keys: [UInt64], into scores: inout [Int32]) {
        let classCount = classCount
        scores.withUnsafeMutableBufferPointer { scores in
            weights.withUnsafeBufferPointer { weights in
                for index in 0..<classCount { scores[index] = 0 }
                for key in keys {
                    guard let row = rows[key] else { continue }
                    let base = Int(row) * classCount
                    for label in 0..<classCount { scores[label] &+= weights[base + label] }
                }
            }
        }
    }

    /// Moves weight from the guessed class to the true one, for every feature of the example.
    mutating func update(_ keys: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in keys {
            let base = row(key) * classCount
            change(base + truth, by: 1)
            change(base + guess, by: -1)
        }
    }

    private mutating func row(_ key: UInt64) -> Int {
        if let row = rows[key] { return Int(row) }
        let row = rows.count
        rows[key] = Int32(row)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(tick, count: classCount))
        return row
    }

    private mutating func change(_ index: Int, by delta: Int32) {
        totals[index] += Int64(tick - stamps[index]) * Int64(weights[index])
        stamps[index] = tick
        weights[index] += delta
    }

    /// The averaged weights, scaled into 16 bits; weights that round to zero, and features left with none, are
    /// dropped. Rows are taken in the order of their keys, so the model is the same on every run.
    func model() -> LinearModel {
        var averages = [Double](repeating: 0, count: weights.count)
        var largest = 0.0
        for index in weights.indices {
            let total = totals[index] + Int64(tick - stamps[index]) * Int64(weights[index])
            averages[index] = Double(total) / Double(tick)
            largest = max(largest, abs(averages[index]))
        }
        let scale = largest > 0 ? min(1000, 32_000 / largest) : 1
        // Features whose fingerprints coincide are merged, in key order.
        var byFingerprint: [(fingerprint: UInt32, key: UInt64, row: Int)] = rows.map {
            (LinearModel.fingerprint($0.key), $0.key, Int($0.value))
        }
        byFingerprint.sort { ($0.fingerprint, $0.key) < ($1.fingerprint, $1.key) }
        var fingerprints: [UInt32] = []
        var starts: [UInt32] = [0]
        var entries: [UInt32] = []
        var merged = [Double](repeating: 0, count: classCount)
        var index = 0
        while index < byFingerprint.count {
            let fingerprint = byFingerprint[index].fingerprint
            for label in 0..<classCount { merged[label] = 0 }
            while index < byFingerprint.count && byFingerprint[index].fingerprint == fingerprint {
                let base = byFingerprint[index].row * classCount
                for label in 0..<classCount { merged[label] += averages[base + label] }
                index += 1
            }
            let before = entries.count
            for label in 0..<classCount {
                let weight = Int32((merged[label] * scale).rounded())
                guard weight != 0 else { continue }
                let clamped = Int16(clamping: weight)
                entries.append(UInt32(label) << 16 | UInt32(UInt16(bitPattern: clamped)))
            }
            guard entries.count > before else { continue }
            fingerprints.append(fingerprint)
            starts.append(UInt32(entries.count))
        }
        return LinearModel(classCount: classCount, fingerprints: fingerprints, starts: starts, entries: entries)
    }
}
