import Foundation
import Testing

@testable import HTTPServer

@Suite struct HTTPServerSignalTests {
    @Test func sigtermShutsDownAndReturns() throws {
        // Ignored before the helper runs, so an early signal is harmless; default actions come back afterwards.
        signal(SIGTERM, SIG_IGN)
        defer {
            signal(SIGTERM, SIG_DFL)
            signal(SIGINT, SIG_DFL)
        }
        let server = HTTPServer(configuration: testConfiguration(), logger: quietLogger, handler: echoHandler)
        try server.start()
        let client = try RawClient(port: server.port)
        client.send("GET / HTTP/1.1\r\n\r\n")
        #expect(client.readResponse()?.status == 200)
        let returned = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            server.runUntilTerminated()
            returned.signal()
        }
        var stopped = false
        for _ in 0..<25 where !stopped {
            kill(getpid(), SIGTERM)
            stopped = returned.wait(timeout: .now() + .milliseconds(200)) == .success
        }
        #expect(stopped)
        #expect(client.waitForClose())
        #expect(server.connectionCount == 0)
    }
}
