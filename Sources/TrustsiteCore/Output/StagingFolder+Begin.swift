import Foundation
import TrustsiteModel

extension StagingFolder {
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
    func begin() throws -> StagedSite {
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
        try PosixFile.makeFolder(staging)
        return StagedSite(writer: self, reused: false)
    }
}
