import Testing

@testable import NewsIndex

@Test func moduleLoads() { #expect(Bool(true)) }
