import Testing

@testable import NewsExtraction

/// What one side asks of others has not happened; the askers do not act on one another.
@Suite struct EventCoderRequestTests {
    private func coded(_ text: String) -> Set<String> {
        Set(Extractor().extract(text).relations.map { "\($0.source)>\($0.target) \($0.type.rawValue)" })
    }

    @Test func askersOfAListActEachOnTheAsked() {
        #expect(
            coded("Germany, Italy, Spain and the EU urged Serbia and Kosovo to sign a peace treaty.")
                == [
                    "DEU>SRB appeal", "DEU>XKX appeal", "ITA>SRB appeal", "ITA>XKX appeal", "ESP>SRB appeal",
                    "ESP>XKX appeal",
                ])
    }

    @Test func theRequestedActIsNoRelation() {
        #expect(!coded("Japan called on China to lift its sanctions on Australia.").contains("CHN>AUS ease_or_concede"))
    }
}
