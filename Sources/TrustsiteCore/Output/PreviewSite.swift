import Foundation
import TrustsiteModel
import TrustsiteRender

/// A site written into its output folder in place (`BuildDestination.inPlace`): a page whose bytes are already there
/// is left alone, any other is written under a temporary name and renamed into place, so a reader of the folder (the
/// preview server) never sees half a file; `publish` deletes the files this build neither wrote nor kept.
final class PreviewSite: SiteOutput, @unchecked Sendable {
    /// The output folder.
    let root: String
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var changed = 0
    private var removed = 0

    init(root: String) throws {
        self.root = root
        try PosixFile.makeFolder(root)
    }

    var filesWritten: Int { lock.withLock { changed } }
    var filesRemoved: Int { lock.withLock { removed } }

    func write(_ pages: [OutputFile]) throws {
        var count = 0
        for page in pages {
            let path = root + "/" + page.path
            guard PosixFile.holding(page.bytes, at: path) == nil else { continue }
            try Self.replace(path, with: page.bytes)
            count += 1
        }
        lock.withLock {
            paths.formUnion(pages.map(\.path))
            changed += count
        }
    }

    /// The files are where the last build left them (the cache checked their ids): they only need to stay.
    func keep(_ top: String, files: [String], published: [FileID]) throws -> Bool {
        lock.withLock { paths.formUnion(files) }
        return true
    }

    func finish(_ folder: String) throws {}

    func publish() throws {
        let wanted = lock.withLock { paths }
        let gone = Self.files(in: root).filter { !wanted.contains($0) }
        for path in gone { try StagedSite.removeEntry(root + "/" + path) }
        for folder in Set(gone.map(parentPath)).sorted(by: >) { Self.pruneEmpty(folder, in: root) }
        lock.withLock { removed = gone.count }
    }

    /// Nothing to undo: the pages written are the ones the next good build writes too.
    func discard() {}

    /// Writes `bytes` to `path` under a temporary name and renames it into place.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        try PosixFile.makeFolder(parentPath(path))
        let temporary = parentPath(path) + "/.trustsite-writing-" + UUID().uuidString
        defer { unlink(temporary) }
        do {
            _ = try PosixFile.write(bytes, to: temporary)
        } catch let error as WriteError {
            throw WriteError(message: error.message, path: path)
        }
        guard rename(temporary, path) == 0 else {
            throw WriteError(message: "cannot write the file: \(String(cString: strerror(errno)))", path: path)
        }
    }

    /// Every file below `root`, as paths relative to it.
    static func files(in root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { found.append(path) }
        }
        return found
    }

    /// Removes `folder` and its parents below `root` while they are empty.
    static func pruneEmpty(_ folder: String, in root: String) {
        var folder = folder
        while !folder.isEmpty, (try? FileManager.default.contentsOfDirectory(atPath: joinPath(root, folder)))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: joinPath(root, folder))
            // Not NSString's deletingLastPathComponent, which traps on a one-character path such as a slug "c".
            folder = parentPath(folder)
        }
    }
}
