import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A reply read off a socket as it came.
struct HTTPReply: Sendable {
    var status: Int
    var headers: [String: String]
    var body: String

    /// A header by case-insensitive name.
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A minimal HTTP/1.1 client over a raw TCP socket, so request targets reach the server exactly as written
/// (URL types would normalise `..` away). Blocking calls run on a Dispatch thread, never on the test's executor.
enum RawHTTP {
    /// Sends `GET target` (or another method) with `Connection: close` and reads the whole reply; `host` is the
    /// `Host` header (`127.0.0.1:port` when nil), left out with `noHost`.
    static func request(
        port: Int, _ target: String, method: String = "GET", host: String? = nil, noHost: Bool = false, headers: [String: String] = [:]
    ) async throws -> HTTPReply {
        let host = noHost ? "" : "Host: \(host ?? "127.0.0.1:\(port)")\r\n"
        var head = "\(method) \(target) HTTP/1.1\r\n" + host + "Connection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let raw = try await send(port: port, Array((head + "\r\n").utf8))
        return try parse(raw)
    }

    /// Sends raw bytes and reads until the server closes (at most 60 s).
    static func send(port: Int, _ bytes: [UInt8]) async throws -> [UInt8] {
        try await blocking {
            let fd = try connect(port: port)
            defer { close(fd) }
            _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            var reply: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { break }
                reply += buffer[..<n]
            }
            return reply
        }
    }

    /// A connected socket to 127.0.0.1:`port` whose reads give up after 60 s (generous: only a failing test waits it out,
    /// and a whole suite on two busy cores can keep a first reply waiting for more than 10 s).
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw ClientError(message: "cannot connect to port \(port)")
        }
        return fd
    }

    static func parse(_ raw: [UInt8]) throws -> HTTPReply {
        let text = String(decoding: raw, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ClientError(message: "no reply head in \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Runs blocking work on a Dispatch thread.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// A test client failure.
struct ClientError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Keeps `/_trustsite/events` open and collects what arrives, as a browser's EventSource would.
final class EventStreamReader: @unchecked Sendable {
    private let lock = NSLock()
    private var received = ""
    private let fd: Int32

    /// Connects and starts reading in the background.
    init(port: Int) throws {
        fd = try RawHTTP.connect(port: port)
        let request = "GET /_trustsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        let fd = self.fd
        _ = Array(request.utf8).withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 16384)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n < 0 && errno == EAGAIN { continue }
                guard n > 0 else { break }
                lock.withLock { received += String(decoding: buffer[..<n], as: UTF8.self) }
            }
            Glibc.close(fd)
        }
    }

    /// Everything received so far.
    var text: String { lock.withLock { received } }

    /// Waits (polling, up to `seconds`) until the stream holds `needle` `count` times; returns whether it did.
    func waitFor(_ needle: String, count: Int = 1, seconds: Double = 60) async -> Bool {
        await poll(seconds: seconds) { self.text.components(separatedBy: needle).count - 1 >= count }
    }

    /// Stops reading.
    func close() { shutdown(fd, Int32(SHUT_RDWR)) }
}

/// Polls `condition` every 50 ms for up to `seconds`.
func poll(seconds: Double = 60, _ condition: @Sendable () async -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return await condition()
}
