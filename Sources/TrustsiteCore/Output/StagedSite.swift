import Foundation

/// A site being written into the staging folder. Pages may be written from several threads; `publish`
/// swaps the folder in. A page whose bytes equal the published file of the same path is hard-linked instead of
/// written, so a rebuild that changes little creates few new files.
public final class StagedSite: @unchecked Sendable {
    /// The staging folder.
    public let root: String
    let writer: SiteWriter
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var count = 0

    init(writer: SiteWriter) {
        self.writer = writer
        self.root = writer.staging
    }

    /// Files written or linked so far.
    public var filesWritten: Int { lock.withLock { count } }

    /// Writes `pages` (thread-safe).
    public func write(_ pages: [Page]) throws {
        for page in pages {
            try makeFolder((page.path as NSString).deletingLastPathComponent)
            let target = root + "/" + page.path
            if !linkIfUnchanged(page, to: target) {
                try PosixFile.write(page.bytes, to: target)
            }
        }
        lock.withLock { count += pages.count }
    }

    /// Swaps the staging folder in as the published site.
    public func publish() throws { try writer.swapIn() }

    /// Removes the staging folder, leaving the published site as it was.
    public func discard() { try? FileManager.default.removeItem(atPath: root) }

    func linkIfUnchanged(_ page: Page, to target: String) -> Bool {
        let published = writer.output + "/" + page.path
        var info = stat()
        guard stat(published, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == page.bytes.count,
            let existing = FileManager.default.contents(atPath: published), existing.elementsEqual(page.bytes)
        else { return false }
        return link(published, target) == 0
    }

    func makeFolder(_ folder: String) throws {
        if lock.withLock({ folders.contains(folder) }) { return }
        try PosixFile.makeFolder(root + "/" + folder)
        _ = lock.withLock { folders.insert(folder) }
    }
}

extension SiteWriter {
    /// Prepares an empty staging folder (after recovering from an interrupted build).
    public func begin() throws -> StagedSite {
        let fm = FileManager.default
        recoverInterruptedSwap()
        // A staging folder that cannot be emptied would publish its stale files with the new ones.
        if fm.fileExists(atPath: staging) {
            throw WriteError(message: "cannot remove the staging folder a previous build left; delete it and build again", path: staging)
        }
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        return StagedSite(writer: self)
    }
}
