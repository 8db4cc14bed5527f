import Foundation

// `stat` names its times differently on Linux and on Darwin; this is the one place that knows both.
extension stat {
    /// When the file's bytes last changed (which a program may set back).
    public var modificationTime: timespec {
        #if canImport(Glibc)
            st_mtim
        #else
            st_mtimespec
        #endif
    }

    /// When the file's inode last changed: unlike the modification time, no program can set it back.
    public var changeTime: timespec {
        #if canImport(Glibc)
            st_ctim
        #else
            st_ctimespec
        #endif
    }

    /// The modification time as `seconds.nanoseconds`.
    package var modified: String { "\(modificationTime.tv_sec).\(modificationTime.tv_nsec)" }

    /// The inode change time as `seconds.nanoseconds`.
    package var changed: String { "\(changeTime.tv_sec).\(changeTime.tv_nsec)" }
}
