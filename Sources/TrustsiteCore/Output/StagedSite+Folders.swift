import Foundation
import TrustsiteModel

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
        let failures = folders.concurrentMap { folder -> WriteError? in
            let base = folder.isEmpty ? root : root + "/" + folder
            do {
                let entries = try PosixFile.entries(base)
                // An entry stays when its name is one this build wrote or made, spelled with the same bytes, and it is
                // that very file or folder (so a second name for a kept file goes too).
                let own = lock.withLock { entries.map { isOwn($0.name, in: folder) } }
                for (entry, own) in zip(entries, own) where !(own && isKept(entry, in: base)) {
                    try PosixFile.remove(entry, in: base)
                }
            } catch let error as WriteError {
                return error
            } catch {
                return WriteError(error, "cannot sweep the staging folder", path: base)
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Whether `name` in `folder` is a file this build wrote or a folder it made, byte for byte (Swift finds "café"
    /// and "cafe" + U+0301 equal; the file system does not). Call with the lock held.
    private func isOwn(_ name: String?, in folder: String) -> Bool {
        guard let name else { return false }
        let path = folder.isEmpty ? name : folder + "/" + name
        let match = written.firstIndex(of: path).map { written[$0] } ?? folders.firstIndex(of: path).map { folders[$0] }
        return match?.utf8.elementsEqual(path.utf8) == true
    }

    /// Whether `entry` of folder `base` is a file or folder this build kept; the listing's inode is only a hint (some
    /// file systems give another number than `lstat`).
    private func isKept(_ entry: PosixFile.Entry, in base: String) -> Bool {
        if lock.withLock({ kept.contains(entry.id) }) { return true }
        guard let name = entry.name, let id = Self.id(of: base + "/" + name) else { return false }
        return lock.withLock { kept.contains(id) }
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
            throw WriteError(error, "cannot replace the folder", path: path)
        }
    }
}
