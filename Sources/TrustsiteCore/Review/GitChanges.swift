import Foundation
import TrustsiteModel

/// The version files of a content folder that differ between a git revision and the working tree (what a pull
/// request changes), for `trustsite diff --against REV`.
public struct GitChanges: Sendable {
    /// A changed version file.
    public struct File: Sendable, Equatable {
        /// What happened to the file since the revision.
        public enum Status: Sendable, Equatable { case added, modified, deleted }
        /// The statement's folder name.
        public var slug: String
        /// The version's date (the file's name).
        public var date: Day
        /// As git names it, relative to the current folder.
        public var path: String
        /// Added, modified or deleted since the revision.
        public var status: Status
    }

    /// What went wrong running git.
    public struct Failure: Error, CustomStringConvertible {
        /// What to tell the user.
        public var description: String
    }

    /// The content folder, as given.
    public var content: String
    /// The revision compared with (a branch, tag or commit).
    public var revision: String
    /// The folder git runs in.
    public var folder: String = FileManager.default.currentDirectoryPath

    /// Creates a comparison of `content` with `revision`.
    public init(content: String, revision: String) {
        self.content = content
        self.revision = revision
    }

    /// The version files changed since `revision` (committed, staged, unstaged or new), by path.
    public func files() throws -> [File] {
        _ = try git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], failure: "'\(revision)' is not a git revision here")
        let diff = try git(["diff", "--relative", "--name-status", "--no-renames", revision, "--", content])
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "--", content])
        var files: [File] = []
        for line in String(decoding: diff, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let file = file(String(parts[1]), status: parts[0].first) else { continue }
            files.append(file)
        }
        for line in String(decoding: untracked, as: UTF8.self).split(separator: "\n") {
            if let file = file(String(line), status: "A") { files.append(file) }
        }
        return files.sorted { ($0.slug, $0.date) < ($1.slug, $1.date) }
    }

    /// The bytes of `path` at `revision`, nil when it is not there.
    public func contents(_ path: String) throws -> [UInt8]? {
        guard (try? git(["cat-file", "-e", "\(revision):./\(path)"])) != nil else { return nil }
        return try git(["show", "\(revision):./\(path)"])
    }

    /// A version file (`<content>/<slug>/<date>.md`) with git's status letter, nil for any other file.
    func file(_ path: String, status: Character?) -> File? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts.last!.hasSuffix(".md"), let date = Day(String(parts.last!.dropLast(3))) else { return nil }
        let kind: File.Status
        switch status {
        case "A": kind = .added
        case "D": kind = .deleted
        default: kind = .modified
        }
        return File(slug: String(parts[parts.count - 2]), date: date, path: path, status: kind)
    }

    /// Runs git; its standard output, or a `Failure` with what it said.
    func git(_ arguments: [String], failure: String? = nil) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let (out, err) = (Pipe(), Pipe())
        (process.standardOutput, process.standardError) = (out, err)
        do { try process.run() } catch { throw Failure(description: "cannot run git: \(error.localizedDescription)") }
        let bytes = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = message.split(separator: "\n").first.map { ": " + $0 } ?? ""
            throw Failure(description: failure ?? "git \(arguments.first ?? "") failed\(said)")
        }
        return [UInt8](bytes)
    }
}
