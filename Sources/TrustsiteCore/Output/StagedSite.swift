import Foundation
import TrustsiteModel
import TrustsiteRender

/// A site being written into the staging folder. Pages may be written from several threads; `publish` swaps the
/// folder in.
///
/// On Linux the staging folder is kept between builds: after a swap it holds the previous site, and the next build
/// turns it into the new one instead of creating tens of thousands of folders and deleting the old copy. Nothing in
/// it is ever written through: an entry is replaced by unlinking it first, and a page whose bytes equal the
/// published file is a hard link to that file. Every folder and file this build makes or keeps is remembered by its
/// inode; before the swap, every other entry is swept away: an entry stays only when its name, byte for byte, is one
/// this build wrote or made and it is that very file (so neither a name that only compares equal nor a second name
/// for a kept file can keep a leftover).
final class StagedSite: SiteOutput, @unchecked Sendable {
    /// The staging folder.
    let root: String
    let writer: StagingFolder
    /// Whether the folder held an earlier site when the build began (so it needs the sweep).
    let reused: Bool
    let lock = NSLock()
    var folders: Set<String> = [""]
    var written: Set<String> = []
    var kept: Set<FileID> = []
    /// Folders made or kept and not swept yet, by their top-level folder (a statement's is swept as soon as its pages
    /// are written).
    var unswept: [String: [String]] = ["": [""]]

    init(writer: StagingFolder, reused: Bool) {
        self.writer = writer
        self.root = writer.staging
        self.reused = reused
        if let id = Self.id(of: root) { kept.insert(id) }
    }

    /// Files written or linked so far.
    var filesWritten: Int { lock.withLock { written.count } }
    /// None: the sweep before the swap removes what is gone, without counting.
    var filesRemoved: Int { 0 }

    /// Writes `pages` (thread-safe).
    func write(_ pages: [OutputFile]) throws {
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

    /// Sweeps what this build did not write, then swaps the staging folder in as the published site.
    func publish() throws {
        if reused { try sweep(nil) }
        try writer.swapIn()
    }

    /// Sweeps top-level folder `folder` and the folders below it now, while other pages are still being written
    /// elsewhere; nothing may be written under it afterwards (a statement's folder, once all its pages are in).
    func finish(_ folder: String) throws {
        if reused { try sweep([folder]) }
    }

    /// Removes the staging folder, leaving the published site as it was.
    func discard() { try? FileManager.default.removeItem(atPath: root) }

    /// Makes `target` the published file of the same path when that file already holds `page`'s bytes; returns it.
    func linkIfUnchanged(_ page: OutputFile, to target: String) -> FileID? {
        let published = writer.output + "/" + page.path
        guard let info = PosixFile.holding(page.bytes, at: published) else { return nil }
        // Usually it is that file already: both names were linked to it by an earlier build.
        if Self.id(of: target) == FileID(info) { return FileID(info) }
        guard (try? Self.removeEntry(target)) != nil, link(published, target) == 0 else { return nil }
        return FileID(info)
    }
}
