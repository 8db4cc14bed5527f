import Foundation
import TrustsiteModel

extension StagedSite {
    /// Makes top-level folder `top` hold exactly `files`, taken from the published site, where they have the ids
    /// `published`: each becomes a hard link to the published file (a copy where linking fails), and anything else
    /// in the folder is swept away. Usually the folder holds the last build's links to those very files, and then
    /// each folder costs one listing and nothing more. Returns whether every file is the published file itself.
    func keep(_ top: String, files: [String], published: [FileID]) throws -> Bool {
        // Names are compared as bytes: Swift finds "café" and "cafe" + U+0301 equal, the file system does not.
        var wanted: [String: [[UInt8]: FileID]] = [top: [:]]
        var subfolders: [String: Set<[UInt8]>] = [:]
        for (path, id) in zip(files, published) {
            guard path.hasPrefix(top + "/"), let slash = path.lastIndex(of: "/") else {
                throw WriteError(message: "a cached file is not in its statement's folder", path: path)
            }
            var folder = String(path[..<slash])
            wanted[folder, default: [:]][Array(path[path.index(after: slash)...].utf8)] = id
            while folder != top, let up = folder.lastIndex(of: "/") {
                let parent = String(folder[..<up])
                let (isNew, _) = subfolders[parent, default: []].insert(Array(folder[folder.index(after: up)...].utf8))
                if !isNew { break }
                if wanted[parent] == nil { wanted[parent] = [:] }
                folder = parent
            }
        }
        try makeFolder(top)
        var ids: [FileID] = []
        var identical = true
        // Parents sort before their children, so each folder is there before it is listed.
        for folder in wanted.keys.sorted() {
            let base = root + "/" + folder
            let names = wanted[folder] ?? [:], folders = subfolders[folder] ?? []
            var present: Set<[UInt8]> = []
            for entry in try PosixFile.entries(base) {
                guard let entryName = entry.name else {
                    try PosixFile.remove(entry, in: base)
                    continue
                }
                let path = base + "/" + entryName
                let name = Array(entryName.utf8)
                if let id = names[name] {
                    // The listing's inode is a hint: a mismatch is checked before the entry is replaced.
                    if entry.id == id || Self.id(of: path) == id {
                        present.insert(name)
                        ids.append(id)
                    } else {
                        try Self.removeEntry(path)
                    }
                } else if folders.contains(name), entry.isFolder ?? (Self.isFolder(path)) {
                    present.insert(name)
                    ids.append(entry.isFolder == nil ? Self.id(of: path) ?? entry.id : entry.id)
                } else {
                    try Self.removeEntry(path)
                }
            }
            for (name, id) in names where !present.contains(name) {
                let placed = try place(folder + "/" + String(decoding: name, as: UTF8.self), id: id)
                identical = placed == id && identical
                ids.append(placed)
            }
            for name in folders where !present.contains(name) {
                let path = base + "/" + String(decoding: name, as: UTF8.self)
                try PosixFile.makeFolder(path)
                guard let id = Self.id(of: path) else { throw WriteError(message: "cannot create the folder", path: path) }
                ids.append(id)
            }
        }
        lock.withLock {
            written.formUnion(files)
            kept.formUnion(ids)
            folders.formUnion(wanted.keys)
            // Every folder below `top` was just swept.
            unswept[top] = nil
        }
        return identical
    }

    /// Links the published file at `path` into the staging folder (or copies it); returns the staged file's id, which
    /// is `id` when it was linked.
    private func place(_ path: String, id: FileID) throws -> FileID {
        let published = writer.output + "/" + path, target = root + "/" + path
        if link(published, target) == 0 {
            guard Self.id(of: target) == id else {
                throw WriteError(message: "the published file changed during the build", path: published)
            }
            return id
        }
        guard Self.id(of: published) == id, let bytes = FileManager.default.contents(atPath: published) else {
            throw WriteError(message: "cannot read the published file, or it changed during the build", path: published)
        }
        return try PosixFile.write(Array(bytes), to: target)
    }

    /// The id of the entry at `path` (not following a symbolic link), or nil when there is none.
    static func id(of path: String) -> FileID? {
        var info = stat()
        return lstat(path, &info) == 0 ? FileID(info) : nil
    }

    /// Whether `path` is a folder (not a symbolic link to one).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
