import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Maps request paths to files inside one folder, refusing anything that could reach outside it.
public struct StaticFiles: Sendable {
    /// The folder's real path (symlinks resolved), the prefix every served file must have.
    public let root: String

    /// Serves files from `folder`, which must exist.
    public init(folder: String) {
        root = Self.realPath(folder) ?? folder
    }

    /// Where a request path leads.
    public enum Target: Equatable, Sendable {
        /// A regular file inside the root, by real path.
        case file(String)
        /// A folder requested without its trailing slash: redirect to this request path.
        case redirect(String)
        /// Nothing servable there.
        case notFound
        /// The path is malformed (bad percent-encoding, NUL, backslash, encoded slash, dot segments).
        case badRequest
    }

    /// Resolves a raw (still percent-encoded) request path; touches the disk, so call it off the event loop.
    public func resolve(_ rawPath: String) -> Target {
        guard let (segments, trailingSlash) = Self.segments(rawPath) else { return .badRequest }
        guard let real = inside(root + segments.map { "/" + $0 }.joined()) else { return .notFound }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard trailingSlash else { return .redirect(rawPath + "/") }
            guard let index = inside(real + "/index.html"), Self.isRegularFile(index) else { return .notFound }
            return .file(index)
        case S_IFREG:
            return trailingSlash ? .notFound : .file(real)
        default:
            return .notFound
        }
    }

    /// The real path of `path` when it exists and lies inside the root, else nil.
    func inside(_ path: String) -> String? {
        guard let real = Self.realPath(path), real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
        return real
    }

    /// The decoded path segments and whether the path ends in `/`; nil when any segment is unsafe or malformed.
    public static func segments(_ rawPath: String) -> ([String], Bool)? {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), !rawPath.utf8.contains(0) else { return nil }
        var parts = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let trailingSlash = parts.last == ""
        if trailingSlash { parts.removeLast() }
        var segments: [String] = []
        for part in parts {
            guard let decoded = percentDecode(part), !decoded.isEmpty, decoded != ".", decoded != "..",
                !decoded.contains("/"), !decoded.contains("\\"), !decoded.utf8.contains(0)
            else { return nil }
            segments.append(decoded)
        }
        return (segments, trailingSlash)
    }

    /// Strict percent-decoding: every `%` must start two hex digits and the result must be UTF-8.
    static func percentDecode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The Content-Type for a file name; Atom feeds are `feed.xml`.
    public static func contentType(for path: String) -> String {
        let name = (path as NSString).lastPathComponent.lowercased()
        if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        switch (name as NSString).pathExtension {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "atom": return "application/atom+xml; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
