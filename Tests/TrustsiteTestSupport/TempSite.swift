import Foundation
import TrustsiteCore
import TrustsiteModel

/// A site in a fresh temporary folder (`content/`, `site/`, optional `templates/`), removed again when it goes away.
public final class TempSite: @unchecked Sendable {
    /// The as-of date of every build and check here unless told otherwise; never today.
    public static let asOf = Day("2024-06-01")!

    /// The temporary folder.
    public let root: String
    /// The content folder, `root/content`.
    public var content: String { root + "/content" }
    /// The output folder, `root/site`.
    public var output: String { root + "/site" }

    /// Writes `files` (paths relative to `root`, e.g. `content/p/2024-01-01.md`) as text and `bytes` as raw bytes.
    public init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("trustsite-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
        for (path, data) in bytes { try write(path, bytes: data) }
    }

    /// Writes `files` and `bytes` (paths relative to `content/`) and an optional `site.yml` into a new temporary folder.
    public convenience init(content files: [String: String], siteYML: String? = nil, bytes: [String: [UInt8]] = [:]) throws {
        try self.init(files.mapKeys { "content/" + $0 }, bytes: bytes.mapKeys { "content/" + $0 })
        if let siteYML { try write("content/site.yml", siteYML) }
    }

    /// A copy of `folder` (never the folder itself) as the content folder.
    public convenience init(copying folder: String) throws {
        try self.init()
        try FileManager.default.removeItem(atPath: content)
        try FileManager.default.copyItem(atPath: folder, toPath: content)
    }

    /// A copy of the repository's example `content/`.
    public static func example() throws -> TempSite { try TempSite(copying: Repository.root() + "/content") }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The absolute path of `relative` (relative to `root`).
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes one text file under `root`, creating folders.
    public func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

    /// Writes raw bytes under `root`, creating folders.
    public func write(_ path: String, bytes: [UInt8]) throws { try Self.write(bytes, to: self.path(path)) }

    /// Writes `data` to the absolute `path`, creating parent folders.
    public static func write(_ data: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }

    /// The text of a file under `root`.
    public func text(of path: String) throws -> String { try String(contentsOfFile: self.path(path), encoding: .utf8) }

    /// Replaces the first `old` in a file under `root` with `new`; throws when `old` is not there.
    public func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try text(of: path)
        guard let range = text.range(of: old) else { throw Problem(description: "\(path) has no \(old)") }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    /// The newest version file of a statement, as `content/<slug>/<DATE>.md`.
    public func newestVersion(of slug: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: content + "/" + slug).filter { $0.hasSuffix(".md") }
        guard let newest = names.max() else { throw Problem(description: "content/\(slug) has no version") }
        return "content/" + slug + "/" + newest
    }

    /// What went wrong setting up the site, said in the failing test.
    public struct Problem: Error, CustomStringConvertible {
        /// What was missing.
        public var description: String
    }
}

extension Dictionary where Key == String {
    /// The same values under keys changed by `transform`.
    fileprivate func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
