import Glibc

/// Why the server could not start listening.
public struct HTTPServerError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let errorNumber: Int32

    init(_ operation: String, errorNumber: Int32 = errno) {
        self.operation = operation
        self.errorNumber = errorNumber
    }

    public var description: String {
        "\(operation) failed: \(String(cString: strerror(errorNumber)))"
    }
}
