import Foundation

/// A site being written into the staging folder. Pages may be written from several threads; `publish` swaps the
/// folder in.
///
/// On Linux the staging folder is kept between builds: after a swap it holds the previous site, and the next build
/// turns it into the new one instead of creating tens of thousands of folders and deleting the old copy. Nothing in
/// it is ever written through: an entry is replaced by unlinking it first, and a page whose bytes equal the
/// published file is a hard link to that file. Every folder and file this build makes or keeps is remembered by its
/// inode; before the swap, every other entry is swept away (by inode, not by name, so no spelling of a name that
/// compares equal can keep a leftover).
public final class StagedSite: @unchecked Sendable {
    /// The staging folder.
    public let root: String
    let writer: SiteWriter
    /// Whether the folder held an earlier site when the build began (so it needs the sweep).
    let reused: Bool
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written: Set<String> = []
    private var kept: Set<FileID> = []
    /// Folders already swept (a statement's, as soon as its pages are written).
    private var swept: Set<String> = []

    /// A file or folder, by device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) { (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino)) }
    }

    init(writer: SiteWriter, reused: Bool) {
        self.writer = writer
        self.root = writer.staging
        self.reused = reused
        var info = stat()
        if lstat(root, &info) == 0 { kept.insert(FileID(info)) }
    }

    /// Files written or linked so far.
    public var filesWritten: Int { lock.withLock { written.count } }

    /// Writes `pages` (thread-safe).
    public func write(_ pages: [Page]) throws {
        var ids: [FileID] = []
        for page in pages {
            try makeFolder((page.path as NSString).deletingLastPathComponent)
            let target = root + "/" + page.path
            if let id = linkIfUnchanged(page, to: target) {
                ids.append(id)
            } else {
                try Self.removeEntry(target)
                ids.append(try PosixFile.write(page.bytes, to: target))
            }
        }
        lock.withLock {
            for page in pages { written.insert(page.path) }
            kept.formUnion(ids)
        }
    }

    /// Takes `paths` from the published site unchanged (thread-safe): each becomes a hard link to the published file,
    /// or a copy where linking fails. Returns false when one of them is not there (the caller then renders them).
    public func reuse(_ paths: [String]) throws -> Bool {
        for path in paths {
            var info = stat()
            guard stat(writer.output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        }
        var ids: [FileID] = []
        for path in paths {
            let published = writer.output + "/" + path, target = root + "/" + path
            var info = stat(), mine = stat()
            guard stat(published, &info) == 0 else {
                throw WriteError(message: "the published file went away during the build", path: published)
            }
            try makeFolder((path as NSString).deletingLastPathComponent)
            if lstat(target, &mine) == 0 && FileID(mine) == FileID(info) {
                ids.append(FileID(info))
                continue
            }
            try Self.removeEntry(target)
            if link(published, target) == 0 {
                ids.append(FileID(info))
            } else {
                guard let bytes = FileManager.default.contents(atPath: published) else { return false }
                ids.append(try PosixFile.write(Array(bytes), to: target))
            }
        }
        lock.withLock {
            written.formUnion(paths)
            kept.formUnion(ids)
        }
        return true
    }

    /// Sweeps what this build did not write, then swaps the staging folder in as the published site.
    public func publish() throws {
        if reused { try sweep { _ in true } }
        try writer.swapIn()
    }

    /// Sweeps `folder` and the folders below it now, while other pages are still being written elsewhere; nothing may
    /// be written under it afterwards (a statement's folder, once all its pages are in).
    public func finish(_ folder: String) throws {
        if reused { try sweep { $0 == folder || $0.hasPrefix(folder + "/") } }
    }

    /// Removes the staging folder, leaving the published site as it was.
    public func discard() { try? FileManager.default.removeItem(atPath: root) }

    /// Makes `target` the published file of the same path when that file already holds `page`'s bytes; returns it.
    func linkIfUnchanged(_ page: Page, to target: String) -> FileID? {
        let published = writer.output + "/" + page.path
        var info = stat()
        guard stat(published, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == page.bytes.count,
            let existing = FileManager.default.contents(atPath: published), existing.elementsEqual(page.bytes)
        else { return nil }
        // Usually it is that file already: both names were linked to it by an earlier build.
        var mine = stat()
        if lstat(target, &mine) == 0 && FileID(mine) == FileID(info) { return FileID(info) }
        guard (try? Self.removeEntry(target)) != nil, link(published, target) == 0 else { return nil }
        return FileID(info)
    }

    /// Makes `folder` and its parents; in a reused staging folder, a file or symlink in the way is unlinked first.
    func makeFolder(_ folder: String) throws {
        if lock.withLock({ folders.contains(folder) }) { return }
        var ancestors: [String] = [folder]
        while let slash = ancestors.last!.lastIndex(of: "/") { ancestors.append(String(ancestors.last![..<slash])) }
        for path in ancestors.reversed() where !lock.withLock({ folders.contains(path) }) {
            let full = root + "/" + path
            var info = stat()
            // Only ever unlinks a non-folder: a folder another thread has just made is never removed.
            if lstat(full, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR && unlink(full) != 0 && errno != ENOENT && errno != EISDIR {
                throw WriteError(message: "cannot replace the file with a folder: \(String(cString: strerror(errno)))", path: full)
            }
            try PosixFile.makeFolder(full)
            guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw WriteError(message: "cannot create the folder", path: full)
            }
            let id = FileID(info)
            lock.withLock {
                folders.insert(path)
                kept.insert(id)
            }
        }
    }

    /// Deletes every entry of the chosen (not yet swept) folders that is neither a file this build wrote nor a folder
    /// it made.
    func sweep(_ chosen: (String) -> Bool) throws {
        let (folders, kept) = lock.withLock {
            let folders = self.folders.filter { !swept.contains($0) && chosen($0) }.sorted()
            swept.formUnion(folders)
            return (folders, self.kept)
        }
        let failures = folders.concurrentMap { folder -> String? in
            let base = folder.isEmpty ? root : root + "/" + folder
            do {
                for name in try FileManager.default.contentsOfDirectory(atPath: base) {
                    var info = stat()
                    let path = base + "/" + name
                    if lstat(path, &info) == 0 && kept.contains(FileID(info)) { continue }
                    try Self.removeEntry(path)
                }
            } catch { return "\(base): error: cannot sweep the staging folder: \(error)" }
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
    /// Whether the staging folder is kept between builds: on Linux, where names are bytes. (On a file system that
    /// ignores case, a reused folder could keep an old spelling of a renamed statement's folder.)
    static var reusesStaging: Bool {
        #if os(Linux)
            return true
        #else
            return false
        #endif
    }

    /// Prepares the staging folder (after recovering from an interrupted swap): the previous build's, to be turned
    /// into the new site, or a new empty one.
    public func begin() throws -> StagedSite {
        let fm = FileManager.default
        recoverInterruptedSwap()
        var info = stat()
        if lstat(staging, &info) == 0 {
            if Self.reusesStaging && (info.st_mode & S_IFMT) == S_IFDIR { return StagedSite(writer: self, reused: true) }
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
