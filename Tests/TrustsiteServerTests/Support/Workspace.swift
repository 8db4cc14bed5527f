import Foundation

/// A throwaway copy of the example content (never the repository's own folder), removed on deinit.
final class Workspace: @unchecked Sendable {
    /// The temporary folder holding `content/` and build outputs.
    let root: String

    /// Copies the repository's `content/` into a new temporary folder.
    init() throws {
        root = NSTemporaryDirectory() + "trustsite-server-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.repository + "/content", toPath: content)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The copied content folder.
    var content: String { root + "/content" }

    /// The folder holding Package.swift, found from this file's path.
    static var repository: String {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.path + "/Package.swift") { url.deleteLastPathComponent() }
        return url.path
    }

    /// The path of a file under the content copy.
    func path(_ relative: String) -> String { content + "/" + relative }

    /// Reads a content file as text.
    func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    /// Writes a content file, creating folders.
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces the first `old` in a content file with `new`; fails when `old` is not there.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try read(relative)
        guard let range = text.range(of: old) else { throw ClientError(message: "\(relative) has no \(old)") }
        try write(relative, text.replacingCharacters(in: range, with: new))
    }

    /// The newest version file of a statement, as `slug/DATE.md`.
    func newestVersion(of slug: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: path(slug)).filter { $0.hasSuffix(".md") }.sorted()
        return slug + "/" + names.last!
    }

    /// Every file under `folder` by relative path, with its bytes.
    static func files(in folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
