extension HTTPResponse {
    /// An RFC 9457 problem document (`application/problem+json`) for the status.
    public static func problem(_ status: HTTPStatus, detail: String, type: String = "about:blank") -> HTTPResponse {
        var json = #"{"type":"#
        json.appendJSONString(type)
        json += #","title":"#
        json.appendJSONString(status.reason)
        json += #","status":\#(status.code),"detail":"#
        json.appendJSONString(detail)
        json += "}"
        return HTTPResponse(status: status, contentType: "application/problem+json", body: Array(json.utf8))
    }
}

extension String {
    /// Appends `value` as a JSON string literal, quotes included.
    mutating func appendJSONString(_ value: String) {
        append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: unicodeScalars.append(scalar)
            }
        }
        append("\"")
    }
}
