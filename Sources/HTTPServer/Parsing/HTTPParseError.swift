/// Why a request could not be parsed: the status to answer with and a detail for the problem document.
/// The connection closes after answering.
public struct HTTPParseError: Error, Sendable, Equatable {
    public var status: HTTPStatus
    public var detail: String

    public init(_ status: HTTPStatus, _ detail: String) {
        self.status = status
        self.detail = detail
    }
}
