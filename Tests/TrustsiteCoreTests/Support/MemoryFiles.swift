import Foundation
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// An in-memory file tree behind `FileIO`, for loader tests that need no disk.
struct MemoryFiles: Sendable {
    let files: [String: [UInt8]]

    /// A tree holding `files` (text) and `bytes` (raw), by path.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }.merging(bytes) { _, new in new }
    }

    /// The tree as the pipeline's (read-only) file operations.
    var io: FileIO {
        let files = self.files
        return FileIO(
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            },
            list: { path in
                let prefix = path + "/"
                let names = Set(files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).prefix { $0 != "/" }) })
                return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            },
            kind: { path in
                if files[path] != nil { return .file }
                return files.keys.contains { $0.hasPrefix(path + "/") } ? .folder : .missing
            },
            write: { path, _ in throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        )
    }

    /// Loads `content/` from the tree, returning the sources and what was reported.
    func load() -> (ContentSource, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let source = ContentLoader(io: io).load("content", into: &diagnostics)
        return (source, diagnostics.sorted)
    }
}
