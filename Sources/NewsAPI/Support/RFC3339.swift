import Foundation

/// RFC 3339 timestamps, parsed and printed without a formatter object (fast, and Sendable by nature).
public enum RFC3339 {
    /// Parses `2024-03-05T10:00:00Z`, with optional fractional seconds and a numeric offset;
    /// a bare date `2024-03-05` is midnight UTC. `nil` when the text is not such a timestamp.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= b.count else { return nil }
            var value = 0
            for k in i..<i + width {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            i += width
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2),
            expect(UInt8(ascii: "-")), let day = number(2), (1...12).contains(month),
            (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if i == b.count { return Date(timeIntervalSince1970: seconds) }
        guard i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else {
            return nil
        }
        i += 1
        guard let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2), expect(UInt8(ascii: ":")),
            let second = number(2), hour < 24, minute < 60, second < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60 + second)
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let digitsStart = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                seconds += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > digitsStart else { return nil }
        }
        guard i < b.count else { return nil }
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Double = b[i] == UInt8(ascii: "+") ? 1 : -1
            i += 1
            guard let offsetHour = number(2), expect(UInt8(ascii: ":")), let offsetMinute = number(2),
                offsetHour < 24, offsetMinute < 60
            else { return nil }
            // What `format` prints runs from year 0000 to 9999 in UTC, and must read back: so an offset may not move
            // a time of year 0000 earlier, nor one of year 9999 later. That rule (rather than a check of where the
            // time lands) is one the OpenAPI document's pattern can state exactly; so is "no leap second".
            let isZero = offsetHour == 0 && offsetMinute == 0
            if !isZero && ((year == 0 && sign > 0) || (year == 9999 && sign < 0)) { return nil }
            seconds -= sign * Double(offsetHour * 3600 + offsetMinute * 60)
        default:
            return nil
        }
        guard i == b.count, printable.contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Years 0000 to 9999 in UTC: an offset must not move a timestamp out of what `format` can print.
    private static let printable: Range<Double> = {
        let first = daysFromCivil(year: 0, month: 1, day: 1)
        let end = daysFromCivil(year: 10_000, month: 1, day: 1)
        return Double(first) * 86_400..<Double(end) * 86_400
    }()

    /// `2024-03-05T10:00:00Z`, or with milliseconds when the date has them.
    public static func format(_ date: Date) -> String {
        let total = date.timeIntervalSince1970
        let whole = total.rounded(.down)
        let millis = Int(((total - whole) * 1000).rounded())
        var seconds = Int(whole)
        var extraMillis = millis
        if extraMillis >= 1000 {
            seconds += 1
            extraMillis -= 1000
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilFromDays(days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
        text += pad(secondOfDay % 3600 / 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if extraMillis > 0 { text += "." + pad(extraMillis, 3) }
        return text + "Z"
    }

    /// `2024-03`: the month of a date in UTC.
    public static func month(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, _) = civilFromDays(days)
        return pad(year, 4) + "-" + pad(month, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's civil calendar algorithms: days since 1970-01-01 <-> (year, month, day).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
