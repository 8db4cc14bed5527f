import Foundation

/// Which `Host` headers the preview answers. A page on another site can make a browser send requests to the preview
/// under a name the attacker controls (DNS rebinding) and read drafts and upcoming versions; the preview answers only
/// names that cannot be rebound: `localhost`, loopback addresses, the address it was told to listen on, and (when
/// that is every interface, 0.0.0.0 or ::) any address written as numbers.
struct HostCheck: Sendable {
    /// The `--host` the server listens on.
    let listening: String

    /// Whether a request whose `Host` header (the authority, `name[:port]`) is `authority` may be answered.
    func allows(_ authority: String?) -> Bool {
        guard let authority, let host = Self.hostPart(authority) else { return false }
        if Self.isLoopback(host) { return true }
        let bound = Self.unbracketed(listening).lowercased()
        let boundAddress = IPAddress(bound), address = IPAddress(host)
        if let boundAddress, boundAddress.isUnspecified { return address != nil }
        if let boundAddress { return address == boundAddress }
        return Self.withoutRootDot(host) == Self.withoutRootDot(bound)
    }

    /// Whether `host` (a name or an address, IPv6 with or without brackets) is this machine only: `localhost`, an
    /// address in 127.0.0.0/8, or ::1 (also as an IPv4-mapped address). A name that merely starts with "127." is not.
    static func isLoopback(_ host: String) -> Bool {
        let host = unbracketed(host).lowercased()
        if withoutRootDot(host) == "localhost" { return true }
        return IPAddress(host)?.isLoopback ?? false
    }

    /// The host of `name[:port]` or `[v6]:port`, lowercased; nil when the port is not a number or the brackets do not close.
    static func hostPart(_ authority: String) -> String? {
        var host = Substring(authority.lowercased()), port: Substring = ""
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            port = host[host.index(after: close)...]
            host = host[host.index(after: host.startIndex)..<close]
            guard port.isEmpty || port.hasPrefix(":") else { return nil }
            port = port.dropFirst()
        } else if let colon = host.lastIndex(of: ":") {
            port = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        guard !host.isEmpty, port.allSatisfy(\.isASCII) && port.allSatisfy(\.isNumber) else { return nil }
        return String(host)
    }

    static func unbracketed(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    /// `localhost.` and `localhost` are one name.
    static func withoutRootDot(_ name: String) -> String { name.hasSuffix(".") ? String(name.dropLast()) : name }
}

/// An IPv4 or IPv6 address written as numbers (as `inet_pton` reads them: no names, no shorthand like `127.1`).
struct IPAddress: Equatable {
    /// 4 or 16 bytes; an IPv4-mapped IPv6 address is kept as its IPv4 bytes.
    let bytes: [UInt8]

    init?(_ text: String) {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            let all = withUnsafeBytes(of: &v6) { Array($0) }
            bytes = all[..<12].elementsEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]) ? Array(all[12...]) : all
        } else {
            return nil
        }
    }

    /// In 127.0.0.0/8, or ::1.
    var isLoopback: Bool { bytes.count == 4 ? bytes[0] == 127 : bytes == [UInt8](repeating: 0, count: 15) + [1] }

    /// 0.0.0.0 or ::, which listen on every interface.
    var isUnspecified: Bool { bytes.allSatisfy { $0 == 0 } }
}
