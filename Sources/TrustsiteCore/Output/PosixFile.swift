import Foundation
import TrustsiteModel

/// Plain POSIX writes for the staging folder. Foundation's `Data.write` syncs every file to disk, which costs a large
/// build seconds; the staged site goes live by one rename, so no reader ever sees a file half-written.
enum PosixFile {
    /// Creates `path`, which must not exist (so no other name of an existing file is ever written through), and
    /// writes `bytes` to it.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) throws -> FileID {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot write the file", path) }
        var done = 0
        let result: Int32 = bytes.withUnsafeBytes { buffer in
            while done < buffer.count {
                #if canImport(Glibc)
                    let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                #else
                    let n = Darwin.write(fd, buffer.baseAddress! + done, buffer.count - done)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return 0
        }
        var info = stat()
        let statted = fstat(fd, &info)
        let closed = close(fd)
        if result != 0 {
            errno = result
            throw failure("cannot write the file", path)
        }
        if closed != 0 || statted != 0 { throw failure("cannot write the file", path) }
        return FileID(info)
    }

    /// The file at `path` when it is a regular file holding exactly `bytes` (read and compared in chunks), else nil.
    static func holding(_ bytes: [UInt8], at path: String) -> stat? {
        // Non-blocking, so a FIFO left where a page was opens at once (and is then no regular file) instead of hanging.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else {
            return nil
        }
        var chunk = [UInt8](repeating: 0, count: min(bytes.count, 1 << 16) + 1)
        let same: Bool = bytes.withUnsafeBytes { expected in
            chunk.withUnsafeMutableBytes { buffer in
                var offset = 0
                while true {
                    let n = read(fd, buffer.baseAddress!, buffer.count)
                    if n < 0 && errno == EINTR { continue }
                    // One byte past the expected end, or a short file, means the content differs.
                    guard n >= 0, offset + n <= expected.count else { return false }
                    if n == 0 { return offset == expected.count }
                    guard memcmp(buffer.baseAddress!, expected.baseAddress! + offset, n) == 0 else { return false }
                    offset += n
                }
            }
        }
        return same ? info : nil
    }

    /// Creates folder `path` and any missing parents; one that exists already is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
            throw failure("cannot create the folder", path)
        }
        try makeFolder(String(path[..<slash]))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure("cannot create the folder", path) }
    }

    /// A folder's entry as a listing gives it.
    struct Entry {
        /// Its name, or nil when the name is not UTF-8 (such a name is never one the site writes).
        var name: String?
        /// Its name's bytes, which spell it whatever it is.
        var bytes: [CChar]
        /// The file id the listing gives: a hint, as some file systems give another number than `lstat`.
        var id: FileID
        /// Whether it is a folder (nil when the listing does not say).
        var isFolder: Bool?
    }

    /// The entries of a folder but `.` and `..`.
    static func entries(_ path: String) throws -> [Entry] {
        guard let folder = opendir(path) else { throw failure("cannot list the folder", path) }
        defer { closedir(folder) }
        var info = stat()
        guard fstat(dirfd(folder), &info) == 0 else { throw failure("cannot list the folder", path) }
        var found: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw failure("cannot list the folder", path) }
                return found
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 })
            }
            if bytes == [46] || bytes == [46, 46] { continue }
            let name = String(validating: bytes.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let type = entry.pointee.d_type
            let isFolder: Bool? = type == UInt8(DT_UNKNOWN) ? nil : type == UInt8(DT_DIR)
            let id = FileID(device: UInt64(info.st_dev), inode: UInt64(entry.pointee.d_ino))
            found.append(Entry(name: name, bytes: bytes, id: id, isFolder: isFolder))
        }
    }

    /// Removes `entry` of `folder` (with its contents, for a folder) by the bytes of its name, so that a name that is
    /// not UTF-8 goes too.
    static func remove(_ entry: Entry, in folder: String) throws {
        if let name = entry.name { return try StagedSite.removeEntry(folder + "/" + name) }
        let path = Array((folder + "/").utf8CString.dropLast()) + entry.bytes + [0]
        if unlink(path) == 0 || errno == ENOENT { return }
        // A folder: renamed to a name Foundation can spell, then removed with its contents.
        let spelled = folder + "/.trustsite-removing-\(entry.id.inode)"
        guard rename(path, spelled) == 0 else { throw failure("cannot remove an entry whose name is not UTF-8", folder) }
        try StagedSite.removeEntry(spelled)
    }

    private static func failure(_ what: String, _ path: String) -> WriteError {
        WriteError(message: "\(what): \(String(cString: strerror(errno)))", path: path)
    }
}
