import Foundation
import TrustsiteModel

/// Which folder a build may replace. A build swaps a whole new folder in for the output, so it only takes over a
/// folder that is empty or holds an earlier trustsite build; an output that is a symbolic link stays one, and the site
/// is built into the folder it leads to.
enum OutputFolder {
    /// The folder to build for `output`: `output` itself, or the folder a symbolic link there leads to. Throws a
    /// `WriteError` naming `output` for a link that loops or leads nowhere.
    static func resolve(_ output: String) throws -> String {
        switch FileIO.diskNode(output) {
        case .link(_, let real, _): return real
        case .brokenLink(let text, let error):
            let missing = error == ENOENT || error == ENOTDIR
            let why = error == ELOOP ? "loops" : missing ? "leads to '\(text)', which does not exist" : "cannot be followed"
            throw WriteError(
                message: "the output is a symbolic link that \(why); create the folder it should lead to, or remove the link", path: output)
        default: return output
        }
    }

    /// Throws a `WriteError` naming `output` when `folder` (what it resolves to) is a folder with something in it but no
    /// earlier trustsite build: it may be anyone's files, which the build would replace.
    static func checkTakeover(_ folder: String, output: String, cache: String) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder), !names.isEmpty else { return }
        if isSite(folder) || BuildCache.load(cache) != nil { return }
        throw WriteError(
            message: "the output folder is not empty and holds no earlier trustsite build (no statements.json written by one), "
                + "and a build replaces the whole folder; choose an empty or new folder with --output, or move its files away first",
            path: output)
    }

    /// Whether `folder` holds a site trustsite built: its `statements.json` has the documented shape (the one file every
    /// build writes and no theme can change).
    static func isSite(_ folder: String) -> Bool {
        let path = folder + "/statements.json"
        guard case .file(let size) = FileIO.diskNode(path), size <= 64 << 20, let data = FileManager.default.contents(atPath: path),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let statements = json["statements"] as? [Any]
        else { return false }
        return statements.allSatisfy { ($0 as? [String: Any])?["slug"] is String }
    }
}
