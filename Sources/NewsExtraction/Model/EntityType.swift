/// The kinds of named things NewsGraph extracts (DESIGN.md, "Vocabulary").
public enum EntityType: String, Sendable, CaseIterable, Codable {
    case country, person, organization, location, equipment, misc
}

/// How a country is named in a mention.
public enum MentionKind: String, Sendable, CaseIterable, Codable {
    /// "Russia", "North Korea"
    case name
    /// "US", "UK", "U.S."
    case short
    /// "Russian", "North Korean"
    case demonym
    /// "Moscow said..."
    case capital
    /// "the Kremlin", "the White House", "Downing Street"
    case government
}
