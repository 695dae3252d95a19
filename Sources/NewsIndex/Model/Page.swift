/// One page of a list: its items and the cursor of the next page, `nil` on the last.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Opaque; pass it back as `cursor` to continue after the last item.
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

extension Page: Equatable where Item: Equatable {}
