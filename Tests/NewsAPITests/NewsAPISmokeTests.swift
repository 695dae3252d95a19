import Testing

@testable import NewsAPI

@Test func moduleLoads() { #expect(Bool(true)) }
