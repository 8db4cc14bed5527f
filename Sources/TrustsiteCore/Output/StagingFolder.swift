import Foundation
import CShims
import TrustsiteModel

/// The staging folder beside the output (`.site.staging`): a staged build's site is written there (`begin` gives the
/// `StagedSite` that writes it) and swapped in only when all is written, so a failed or killed build never leaves a
/// half-written site.
public struct StagingFolder: Sendable {
    /// The published folder, e.g. `site`.
    public let output: String

    /// Creates a writer for `output`.
    public init(output: String) { self.output = output }

    var parent: String { (absolute(output) as NSString).deletingLastPathComponent }
    var name: String { (absolute(output) as NSString).lastPathComponent }
    /// Where the new site is written before the swap.
    public var staging: String { parent + "/." + name + ".staging" }
    /// Where the previous site waits while the new one moves in.
    var previous: String { parent + "/." + name + ".previous" }

    /// Finishes or undoes a swap that a killed build left half done. A leftover staging folder is left for `begin`,
    /// which sweeps and reuses it.
    public func recoverInterruptedSwap() {
        let fm = FileManager.default
        if fm.fileExists(atPath: previous) {
            if fm.fileExists(atPath: output) {
                try? fm.removeItem(atPath: previous)
            } else {
                try? fm.moveItem(atPath: previous, toPath: output)
            }
        }
    }

    /// Publishes the staging folder; the site it replaces becomes the staging folder, for the next build to reuse.
    func swapIn() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output) else {
            try Self.move(staging, to: output)
            return
        }
        // Linux swaps two names in one step, so there is no moment without a site.
        if trustsite_exchange_paths(staging, output) == 0 {
            if !Self.reusesStaging { try? fm.removeItem(atPath: staging) }
            return
        }
        try Self.move(output, to: previous)
        try Self.move(staging, to: output)
        if Self.reusesStaging { try? fm.moveItem(atPath: previous, toPath: staging) } else { try? fm.removeItem(atPath: previous) }
    }

    /// Renames `from` to `to` (an empty folder there is replaced), or throws a `WriteError` naming `to`.
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else {
            throw WriteError(message: "cannot move the new site into place: \(String(cString: strerror(errno)))", path: to)
        }
    }

    func absolute(_ path: String) -> String {
        let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (p as NSString).standardizingPath
    }
}

/// The output could not be written, or must not be (see `OutputGuard`).
public struct WriteError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The path the problem is about; when set, `description` reads `path: error: message`, as diagnostics do.
    public var path: String?

    /// Creates an error, optionally about `path`.
    public init(message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }

    /// `path: error: message`, or the message alone.
    public var description: String { path.map { "\($0): error: \(message)" } ?? message }
}

extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
