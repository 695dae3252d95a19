extension CalendarDay {
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The date of a dateline at the top of `text`: "TUNIS 1996-08-22", "Wednesday, January 8, 2020",
    /// "8 January 2020". Only the first few lines are read: a date further down is some event's, not the
    /// article's.
    public static func dateline(in text: String) -> CalendarDay? {
        var lines = 0
        var words: [Substring] = []
        // A dateline is in the first lines: splitting the whole article would cost more than the rest of this.
        for line in text.prefix(600).split(separator: "\n", omittingEmptySubsequences: true) {
            lines += 1
            if lines > 3 { break }
            words += line.prefix(160).split { $0 == " " || $0 == "," || $0 == "\t" }
            if words.count > 40 { break }
        }
        for (index, word) in words.prefix(40).enumerated() {
            if let day = iso(word) { return day }
            guard let month = months.firstIndex(of: word.lowercased()).map({ $0 + 1 }) else { continue }
            let after = index + 1 < words.count ? Int(words[index + 1]) : nil
            let year = index + 2 < words.count ? Int(words[index + 2]) : nil
            let before = index > 0 ? Int(words[index - 1]) : nil
            if let after, let year, let day = CalendarDay(year: year, month: month, day: after), day.year >= 1900 {
                return day
            }
            if let before, let year = index + 1 < words.count ? Int(words[index + 1]) : nil,
                let day = CalendarDay(year: year, month: month, day: before), day.year >= 1900
            {
                return day
            }
        }
        return nil
    }

    /// "1996-08-22".
    private static func iso(_ word: Substring) -> CalendarDay? {
        let parts = word.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1900
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}
