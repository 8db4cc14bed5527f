import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender
#if canImport(Glibc)
    import Glibc
#endif

/// One file as read through a single open descriptor, so its size, time and bytes always agree.
struct FileContents: Sendable {
    /// Size in bytes.
    let size: Int
    /// Modification time, whole seconds since 1970.
    let modified: Int
    /// Modification time's nanoseconds, so two saves within a second get different ETags.
    let nanoseconds: Int
    /// The bytes, when they were asked for.
    var bytes: [UInt8]?

    /// Larger files are refused, which bounds the memory one request can take.
    static let limit = 64 << 20

    /// A strong validator from size and modification time.
    var etag: String { "\"\(String(size, radix: 16))-\(String(modified, radix: 16)).\(String(nanoseconds, radix: 16))\"" }

    /// The `Last-Modified` value.
    var lastModified: String { HTTPDate.format(modified) }

    /// Opens, checks and (when `body`) reads the regular file at `path`; nil when it is missing, not a file or too big.
    static func load(_ path: String, body: Bool) -> FileContents? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
        var file = FileContents(
            size: Int(info.st_size), modified: Int(info.modificationTime.tv_sec), nanoseconds: Int(info.modificationTime.tv_nsec))
        guard body else { return file }
        var bytes = [UInt8](repeating: 0, count: file.size)
        var done = 0
        while done < file.size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, file.size - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        // A file that shrank while being read is served as far as it goes.
        file.bytes = Array(bytes[..<done])
        return file
    }
}

/// HTTP dates (RFC 9110 IMF-fixdate), written and read without a shared formatter.
enum HTTPDate {
    static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func format(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// Seconds since 1970 for an IMF-fixdate, nil for anything else.
    static func parse(_ text: String) -> Int? {
        let fields = text.split(separator: " ")
        guard fields.count == 6, fields[5] == "GMT", let day = Int(fields[1]), let month = months.firstIndex(of: String(fields[2])),
            let year = Int(fields[3])
        else { return nil }
        let clock = fields[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        var parts = tm()
        (parts.tm_year, parts.tm_mon, parts.tm_mday) = (Int32(year - 1900), Int32(month), Int32(day))
        (parts.tm_hour, parts.tm_min, parts.tm_sec) = (Int32(clock[0]), Int32(clock[1]), Int32(clock[2]))
        return Int(timegm(&parts))
    }
}
