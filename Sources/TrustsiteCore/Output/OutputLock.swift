import Foundation
import TrustsiteModel

/// Keeps two builds from writing one output folder at once (their pages would mix in one published site): a build
/// holds an exclusive `flock` on `.<name>.lock` beside the output from before it reads the last build's cache until it
/// has published. The kernel releases the lock when the process ends, even when it is killed, so a stale lock file is
/// harmless and stays.
public final class OutputLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// The lock file of the site `writer` publishes.
    static func path(for writer: StagingFolder) -> String { writer.parent + "/." + writer.name + ".lock" }

    /// Takes the lock of `writer`'s output, creating its parent folder and the lock file as needed. Throws a `WriteError`
    /// naming `output` when another build holds it, or when the file cannot be made. A lock held for less than a second is
    /// waited for: a process being started elsewhere holds a copy of every open descriptor until it runs its program
    /// (which closes this one), and that must not fail a build.
    public static func acquire(_ writer: StagingFolder, output: String) throws -> OutputLock {
        let path = path(for: writer)
        try PosixFile.makeFolder(writer.parent)
        // Not following a link someone put in its place.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw WriteError(message: "cannot create the build lock file: \(String(cString: strerror(errno)))", path: path)
        }
        var result: Int32
        var waits = 0
        repeat {
            result = flock(fd, LOCK_EX | LOCK_NB)
            guard result != 0, errno == EWOULDBLOCK || errno == EINTR, waits < 20 else { break }
            if errno == EWOULDBLOCK {
                waits += 1
                usleep(50_000)
            }
        } while true
        guard result == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw WriteError(
                message: busy
                    ? "another trustsite build is writing this output folder now (it holds \(path)); "
                        + "wait for it to finish, or build into another folder with --output"
                    : "cannot lock the build lock file \(path): \(reason)",
                path: output)
        }
        return OutputLock(path: path, descriptor: fd)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    // Closing the descriptor releases the lock.
    deinit { close(descriptor) }
}
