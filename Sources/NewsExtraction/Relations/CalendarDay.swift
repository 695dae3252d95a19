import Foundation

/// A day of the Gregorian calendar, as the number YYYYMMDD: what an article's date and an office's
/// dates are compared as. Comparing numbers keeps the actor lexicon free of calendars and time zones.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// YYYYMMDD, e.g. 19960822.
    public let value: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        value = year * 10_000 + month * 100 + day
    }

    /// "19960822"; nil unless eight digits that make a date.
    public init?(_ digits: String) {
        guard digits.utf8.count == 8, let number = Int(digits) else { return nil }
        self.init(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    }

    /// The day of `date` in UTC.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        value = (parts.year ?? 1970) * 10_000 + (parts.month ?? 1) * 100 + (parts.day ?? 1)
    }

    public var year: Int { value / 10_000 }

    public var description: String {
        let digits = String(value)
        return "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.value < rhs.value }
}
