import Testing

@testable import NewsExtraction

/// What one side asks of others has not happened; the askers do not act on one another.
@Suite struct EventCoderRequestTests {
    @Test func askersOfAListActEachOnTheAsked() {
        #expect(
            codedTypes("Germany, Italy, Spain and the EU urged Serbia and Kosovo to sign a peace treaty.")
                == [
                    "DEU>SRB appeal", "DEU>XKX appeal", "ITA>SRB appeal", "ITA>XKX appeal", "ESP>SRB appeal",
                    "ESP>XKX appeal",
                ])
    }

    @Test func theRequestedActIsNoRelation() {
        #expect(
            !codedTypes("Japan called on China to lift its sanctions on Australia.").contains("CHN>AUS ease_or_concede")
        )
    }
}
