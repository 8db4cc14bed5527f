#if canImport(Glibc)
    import Glibc
#endif

/// Wakes the folder watcher as soon as the kernel reports a change in a watched folder (Linux's inotify), so a save
/// is seen within milliseconds instead of at the next poll; the watcher's scan still decides what changed, and
/// where there is no inotify it polls alone.
final class ChangeSignal: @unchecked Sendable {
    #if os(Linux)
        private let descriptor: Int32

        /// A new signal, or nil when inotify cannot be had (then the watcher polls).
        init?() {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor < 0 { return nil }
        }

        deinit { close(descriptor) }

        /// Watches `folders` (watching a folder again changes nothing; a folder removed stops being watched).
        func watch(_ folders: [String]) {
            let mask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            for folder in folders { _ = inotify_add_watch(descriptor, folder, UInt32(mask)) }
        }

        /// Whether a change was reported since the last call (the reports are read and dropped).
        func drain() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 16384)
            var any = false
            while read(descriptor, &buffer, buffer.count) > 0 { any = true }
            return any
        }
    #else
        init?() { return nil }
        func watch(_ folders: [String]) {}
        func drain() -> Bool { false }
    #endif
}
