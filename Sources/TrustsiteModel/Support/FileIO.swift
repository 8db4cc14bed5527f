import Foundation

/// The file operations the pipeline needs, behind one small struct so tests can swap them.
public struct FileIO: Sendable {
    /// Reads a whole file.
    public var read: @Sendable (_ path: String) throws -> [UInt8]
    /// Names of the entries in a folder, sorted bytewise.
    public var list: @Sendable (_ path: String) throws -> [String]
    /// Whether a path is a folder (following symlinks), a file, or missing.
    public var kind: @Sendable (_ path: String) -> EntryKind
    /// Writes a file, creating parent folders.
    public var write: @Sendable (_ path: String, _ bytes: [UInt8]) throws -> Void
    /// A file's size, inode and change times, which change whenever its bytes do; nil when they cannot be known, and
    /// then the build cache reads the file again rather than trust it.
    public var stamp: @Sendable (_ path: String) -> String? = { _ in nil }
    /// What the entry at a path is without following a link at its end, and where a link leads (`ContentRoot` decides
    /// what to follow); nil for a tree without links, such as the in-memory ones of tests: then `kind` says all.
    public var node: (@Sendable (_ path: String) -> Node)? = nil
    /// A path made absolute with every link resolved, nil when it does not exist; nil: paths are taken as they are.
    public var realPath: (@Sendable (_ path: String) -> String?)? = nil

    /// The stamp of a file on disk; nil too when it changed within the last `window` seconds, as a change in the same
    /// clock tick could follow unseen (git's "racily clean" files). No window: always a stamp.
    package static func diskStamp(_ path: String, racyWithin window: Int?) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        if let window, Int(max(info.modificationTime.tv_sec, info.changeTime.tv_sec)) >= Int(time(nil)) - window { return nil }
        return "\(info.st_size) \(info.st_ino) \(info.modified) \(info.changed)"
    }

    /// What a path points at.
    public enum EntryKind: Sendable { case file, folder, missing }

    /// One file's bytes, read from anywhere under any path; nothing else is there and nothing is written.
    public static func single(_ bytes: [UInt8]) -> FileIO {
        FileIO(
            read: { _ in bytes }, list: { _ in [] }, kind: { _ in .file },
            write: { path, _ in throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) })
    }

    /// The real file system.
    public static let disk = FileIO(
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            return [UInt8](data)
        },
        list: { path in try FileManager.default.contentsOfDirectory(atPath: path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } },
        kind: { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
            return isFolder.boolValue ? .folder : .file
        },
        write: { path, bytes in
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        },
        stamp: { diskStamp($0, racyWithin: 2) },
        node: { diskNode($0) },
        realPath: { diskRealPath($0) }
    )
}

/// The folder that holds `path`, by its text alone (no file system call, so any argument is safe): "" for a bare name
/// (`c`), "/" for `/x`; trailing slashes are ignored, and a path ending in `.` or `..` gets `/..` (`.` → `./..`).
package func parentPath(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    if p.isEmpty { return ".." }
    let last = p.lastIndex(of: "/").map { p[p.index(after: $0)...] } ?? p
    if last == "." || last == ".." { return p + "/.." }
    guard let slash = p.lastIndex(of: "/") else { return "" }
    return slash == p.startIndex ? "/" : String(p[..<slash])
}

/// Joins path components with `/`, leaving an empty base out.
package func joinPath(_ base: String, _ parts: String...) -> String {
    parts.reduce(base) { $0.isEmpty ? $1 : ($0.hasSuffix("/") ? $0 + $1 : $0 + "/" + $1) }
}
