import Foundation

extension StagedSite {
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
                unswept[Self.topFolder(path), default: []].append(path)
                kept.insert(id)
            }
        }
    }

    /// Deletes every entry of the folders below the top-level folders `tops` (all when nil) not swept yet that is
    /// neither a file this build wrote nor a folder it made.
    func sweep(_ tops: [String]?) throws {
        let folders = lock.withLock {
            let folders = tops.map { $0.flatMap { unswept.removeValue(forKey: $0) ?? [] } } ?? unswept.values.flatMap { $0 }
            if tops == nil { unswept = [:] }
            return folders.sorted()
        }
        let failures = folders.concurrentMap { folder -> String? in
            let base = folder.isEmpty ? root : root + "/" + folder
            do {
                let entries = try PosixFile.entries(base)
                // The inode a listing gives is only a hint (some file systems give another number than stat).
                let unknown = lock.withLock { entries.filter { !kept.contains($0.id) } }
                for entry in unknown {
                    let path = base + "/" + entry.name
                    if let id = Self.id(of: path), lock.withLock({ kept.contains(id) }) { continue }
                    try Self.removeEntry(path)
                }
            } catch { return "\(base): error: cannot sweep the staging folder: \(error)" }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw WriteError(message: failure) }
    }

    /// The first segment of a folder path below the staging folder ("" for the staging folder itself).
    static func topFolder(_ path: String) -> String { String(path.prefix { $0 != "/" }) }

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
