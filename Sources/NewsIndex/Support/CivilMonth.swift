/// The UTC month of a date as "2024-03", by arithmetic on days (Howard Hinnant's civil-from-days),
/// without a `Calendar` in the loop.
enum CivilMonth {
    /// Seconds from 1970 to the reference date of `Date` (2001-01-01).
    private static let referenceOffset = 978_307_200.0

    static func of(_ secondsSinceReferenceDate: Double) -> String {
        let days = Int(((secondsSinceReferenceDate + referenceOffset) / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return paddedYear + (month < 10 ? "-0" : "-") + String(month)
    }
}
