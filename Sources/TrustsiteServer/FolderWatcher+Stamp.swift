import Foundation
import TrustsiteModel

extension FolderWatcher.Stamp {
    /// The stamp of a file (or of a link that leads nowhere, with `size` -1) as `lstat` or `stat` found it.
    init(_ info: stat, size: Int) {
        let time = info.modificationTime
        self.init(size: size, seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), inode: UInt(info.st_ino))
    }
}
