import Foundation

/// Refuses output folders whose replacement would destroy something: the content, the templates, `/` or home.
public enum OutputGuard {
    /// Throws when `output` is unsafe to replace.
    public static func check(output: String, content: String, templates: String?) throws {
        let out = canonical(output)
        let home = canonical(NSHomeDirectory())
        if out == "/" || out == home {
            throw WriteError(message: "\(output): error: refusing to use \(out == "/" ? "/" : "the home folder") as the output folder")
        }
        for (label, folder) in [("content", content), ("templates", templates)] {
            guard let folder else { continue }
            let f = canonical(folder)
            if f == out || f.hasPrefix(out + "/") {
                throw WriteError(message: "\(output): error: refusing to write the site over the \(label) folder \(folder); choose another --output")
            }
            if out.hasPrefix(f + "/") {
                throw WriteError(message: "\(output): error: the output folder is inside the \(label) folder \(folder); choose another --output")
            }
        }
    }

    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
