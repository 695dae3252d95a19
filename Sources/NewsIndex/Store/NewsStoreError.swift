/// Why the store refused a request or could not open.
public enum NewsStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The article text is empty or only whitespace.
    case emptyText
    /// A cursor that this store did not hand out.
    case invalidCursor(String)
    /// The journal is damaged at `offset` (not a torn last record): the store will not start on it.
    case journalDamaged(file: String, offset: Int, reason: String)
    /// A system call on a journal file failed.
    case io(file: String, operation: String, errno: Int32)
    /// An earlier write to the journal failed; the store takes no more writes.
    case journalUnavailable

    public var description: String {
        switch self {
        case .emptyText: "the article text is empty"
        case .invalidCursor(let cursor): "invalid cursor \"\(cursor)\""
        case .journalDamaged(let file, let offset, let reason):
            "journal \(file) is damaged at offset \(offset): \(reason)"
        case .io(let file, let operation, let code): "\(operation) failed on \(file): errno \(code)"
        case .journalUnavailable: "the journal failed earlier; the store is read-only"
        }
    }
}
