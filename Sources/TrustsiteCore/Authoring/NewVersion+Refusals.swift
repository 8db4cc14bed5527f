import Foundation
import TrustsiteModel

extension NewVersion {
    /// Writes `text` to `path`, never over an existing file (even one made since `nextVersion` looked); with
    /// `makingFolder`, creates the statement's folder first (it must not exist: `firstVersion` checked).
    public static func create(_ path: String, _ text: String, makingFolder: Bool = false) throws {
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if makingFolder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch CocoaError.fileWriteFileExists {
            throw refusal(path, "file exists; trustsite new never replaces a file")
        } catch {
            throw refusal(path, "cannot write the file: \(error.localizedDescription)")
        }
    }

    /// The folder must be there: `new` adds to a trust center, `init` starts one.
    func requireContent() throws {
        var folder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &folder), folder.boolValue else {
            throw Self.refusal(content, "content folder not found; run trustsite init to start a trust center, or pass --content")
        }
    }

    /// The new file must not exist yet.
    func requireFree() throws {
        if FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
            throw Self.refusal(path, "file exists; trustsite new never replaces a file (edit it, or choose another --date)")
        }
    }

    /// The message for a slug that names no statement: the closest one, or the list.
    func unknownStatement(among slugs: [String]) -> String {
        let start = "to start a new statement, run: trustsite new --statement \(slug) --title \"…\""
        let hint = Suggestion.didYouMean(slug, among: slugs)
        if !hint.isEmpty { return "no statement '\(slug)'\(hint); \(start)" }
        let known = slugs.isEmpty ? "there are none yet" : "the statements are \(slugs.sorted().joined(separator: ", "))"
        return "no statement '\(slug)' (\(known)); \(start)"
    }

    /// One error about `path`, as every refusal reads (`path: error: …`).
    static func refusal(_ path: String, _ message: String) -> InputErrors {
        InputErrors(diagnostics: [Diagnostic(.error, SourceLocation(path: path), message)])
    }
}
