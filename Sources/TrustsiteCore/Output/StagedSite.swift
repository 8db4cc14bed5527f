import Foundation

/// A site being written into the staging folder. Pages may be written from several threads; `publish` swaps the
/// folder in.
///
/// The staging folder is kept between builds: after a swap it holds the previous site, and the next build turns it
/// into the new one instead of creating tens of thousands of folders and deleting the old copy. Nothing in it is
/// ever written through: an entry is replaced by unlinking it first, and a page whose bytes equal the published
/// file is a hard link to that file; before the swap, whatever this build did not write is swept away.
public final class StagedSite: @unchecked Sendable {
    /// The staging folder.
    public let root: String
    let writer: SiteWriter
    /// Whether the folder held an earlier site when the build began (so it needs the sweep).
    let reused: Bool
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written: Set<String> = []

    init(writer: SiteWriter, reused: Bool) {
        self.writer = writer
        self.root = writer.staging
        self.reused = reused
    }

    /// Files written or linked so far.
    public var filesWritten: Int { lock.withLock { written.count } }

    /// Writes `pages` (thread-safe).
    public func write(_ pages: [Page]) throws {
        for page in pages {
            try makeFolder((page.path as NSString).deletingLastPathComponent)
            let target = root + "/" + page.path
            if !linkIfUnchanged(page, to: target) {
                try Self.removeEntry(target)
                try PosixFile.write(page.bytes, to: target)
            }
        }
        lock.withLock { for page in pages { written.insert(page.path) } }
    }

    /// Takes `paths` from the published site unchanged (thread-safe): each becomes a hard link to the published file,
    /// or a copy where linking fails. Returns false, having taken nothing, when one of them is not there.
    public func reuse(_ paths: [String]) throws -> Bool {
        for path in paths {
            var info = stat()
            guard stat(writer.output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        }
        for path in paths {
            let published = writer.output + "/" + path, target = root + "/" + path
            var info = stat(), mine = stat()
            guard stat(published, &info) == 0 else {
                throw WriteError(message: "the published file went away during the build", path: published)
            }
            try makeFolder((path as NSString).deletingLastPathComponent)
            if lstat(target, &mine) == 0 && mine.st_ino == info.st_ino && mine.st_dev == info.st_dev { continue }
            try Self.removeEntry(target)
            if link(published, target) != 0 {
                guard let bytes = FileManager.default.contents(atPath: published) else { return false }
                try PosixFile.write(Array(bytes), to: target)
            }
        }
        lock.withLock { written.formUnion(paths) }
        return true
    }

    /// Sweeps what this build did not write, then swaps the staging folder in as the published site.
    public func publish() throws {
        if reused { try sweep() }
        try writer.swapIn()
    }

    /// Removes the staging folder, leaving the published site as it was.
    public func discard() { try? FileManager.default.removeItem(atPath: root) }

    /// Makes `target` the published file of the same path when that file already holds `page`'s bytes.
    func linkIfUnchanged(_ page: Page, to target: String) -> Bool {
        let published = writer.output + "/" + page.path
        var info = stat()
        guard stat(published, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == page.bytes.count,
            let existing = FileManager.default.contents(atPath: published), existing.elementsEqual(page.bytes)
        else { return false }
        // Usually it is that file already: both names were linked to it by an earlier build.
        var mine = stat()
        if lstat(target, &mine) == 0 && mine.st_ino == info.st_ino && mine.st_dev == info.st_dev { return true }
        guard (try? Self.removeEntry(target)) != nil else { return false }
        return link(published, target) == 0
    }

    func makeFolder(_ folder: String) throws {
        if lock.withLock({ folders.contains(folder) }) { return }
        var ancestors: [String] = [folder]
        while let slash = ancestors.last!.lastIndex(of: "/") { ancestors.append(String(ancestors.last![..<slash])) }
        for path in ancestors.reversed() where !lock.withLock({ folders.contains(path) }) {
            // A reused staging folder may hold a file (or a symlink) where this site has a folder.
            var info = stat()
            let full = root + "/" + path
            let exists = lstat(full, &info) == 0
            if exists && (info.st_mode & S_IFMT) != S_IFDIR { try Self.removeEntry(full) }
            if !exists || (info.st_mode & S_IFMT) != S_IFDIR { try PosixFile.makeFolder(full) }
            _ = lock.withLock { folders.insert(path) }
        }
    }

    /// Deletes every entry of the staging folder that is neither a page written by this build nor a folder holding one.
    func sweep() throws {
        let folders = Array(lock.withLock { self.folders }).sorted()
        let written = lock.withLock { self.written }
        let known = Set(folders)
        let failures = folders.concurrentMap { folder -> String? in
            let base = folder.isEmpty ? root : root + "/" + folder
            for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if written.contains(relative) || known.contains(relative) { continue }
                do { try Self.removeEntry(base + "/" + name) } catch { return "\(error)" }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw WriteError(message: failure) }
    }

    /// Unlinks a file or removes a folder; a missing entry is fine.
    static func removeEntry(_ path: String) throws {
        if unlink(path) == 0 || errno == ENOENT { return }
        guard errno == EISDIR || errno == EPERM else {
            throw WriteError(message: "cannot replace the file: \(String(cString: strerror(errno)))", path: path)
        }
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw WriteError(message: "cannot replace the folder: \(error.localizedDescription)", path: path)
        }
    }
}

extension SiteWriter {
    /// Prepares the staging folder (after recovering from an interrupted swap): the previous build's, to be turned
    /// into the new site, or a new empty one.
    public func begin() throws -> StagedSite {
        let fm = FileManager.default
        recoverInterruptedSwap()
        var info = stat()
        if lstat(staging, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return StagedSite(writer: self, reused: true) }
            try? fm.removeItem(atPath: staging)
        }
        // A staging entry that cannot be replaced would mix its files with the new ones.
        if fm.fileExists(atPath: staging) {
            throw WriteError(message: "cannot remove the staging folder a previous build left; delete it and build again", path: staging)
        }
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        return StagedSite(writer: self, reused: false)
    }
}
