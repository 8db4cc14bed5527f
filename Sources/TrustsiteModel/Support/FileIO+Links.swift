import Foundation

extension FileIO {
    /// What an entry is, not following a symbolic link at its end (`lstat`); for a link, where it leads.
    public indirect enum Node: Sendable, Equatable {
        /// A regular file of `size` bytes.
        case file(size: Int)
        /// A folder.
        case folder
        /// A device, pipe or socket: never read (a pipe would block the build).
        case special
        /// Nothing there.
        case missing
        /// A name in a listing that is not UTF-8, so it cannot be spelled again to be opened.
        case notUTF8
        /// A symbolic link whose text is `text`; `real` is where it leads in the end (absolute, every link resolved) and
        /// `target` what is there (a file, folder or special entry).
        case link(text: String, real: String, target: Node)
        /// A symbolic link that cannot be followed: `error` is the errno (ELOOP for a loop, ENOENT when it leads nowhere).
        case brokenLink(text: String, error: Int32)
    }

    /// The node at `path` on disk.
    package static func diskNode(_ path: String) -> Node {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // A listed name that is not UTF-8 comes back with U+FFFD in it, which names nothing on disk.
            return (errno == ENOENT || errno == EILSEQ) && path.split(separator: "/").last?.contains("\u{FFFD}") == true
                ? .notUTF8 : .missing
        }
        guard (info.st_mode & S_IFMT) == S_IFLNK else { return node(info) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        let text = length < 0 ? "?" : String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let resolved = realpath(path, nil) else { return .brokenLink(text: text, error: errno) }
        defer { free(resolved) }
        var target = stat()
        guard stat(resolved, &target) == 0 else { return .brokenLink(text: text, error: errno) }
        return .link(text: text, real: String(cString: resolved), target: node(target))
    }

    /// `path` absolute with every `.`, `..` and symbolic link resolved, on disk; nil when it does not exist.
    package static func diskRealPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func node(_ info: stat) -> Node {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        case S_IFDIR: return .folder
        default: return .special
        }
    }
}
