import Foundation
import TrustsiteModel

/// Refuses output folders whose replacement would destroy something: the content, the templates, `/`, home, or a file.
/// A build replaces the whole output folder, so these checks run before anything is written.
public enum OutputGuard {
    /// Throws a `WriteError` naming `output` (`output: error: …`) when it is unsafe to replace.
    public static func check(output: String, content: String, templates: String?) throws {
        let out = canonical(output)
        // $HOME and the account's home folder may differ; neither may be replaced.
        let homes = Set(
            [NSHomeDirectory(), ProcessInfo.processInfo.environment["HOME"]].compactMap { $0?.isEmpty == false ? $0 : nil }.map(canonical))
        if out == "/" || homes.contains(where: { out == $0 || $0.hasPrefix(out + "/") }) {
            let what = out == "/" ? "/" : homes.contains(out) ? "the home folder" : "a folder that holds the home folder"
            throw WriteError(
                message: "refusing to use \(what) as the output folder, which a build replaces; choose a new folder with --output",
                path: output)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw WriteError(message: "the output path is a file, which a build would replace; choose a folder with --output", path: output)
        }
        for (label, folder) in [("content", content), ("templates", templates)] {
            guard let folder else { continue }
            let f = canonical(folder)
            if f == out || f.hasPrefix(out + "/") {
                throw WriteError(
                    message: "refusing to write the site over the \(label) folder \(folder); choose another --output", path: output)
            }
            if out.hasPrefix(f + "/") {
                throw WriteError(
                    message: "the output folder is inside the \(label) folder \(folder); choose another --output", path: output)
            }
        }
    }

    /// `path` made absolute, with `.`, `..` and symbolic links resolved.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
