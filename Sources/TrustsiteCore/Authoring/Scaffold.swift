import Foundation
import TrustsiteModel

/// `trustsite init`: the files of a new trust center (settings, an example statement with two versions, a `.gitignore`
/// and a GitHub Actions workflow), written only when none of them exists.
public struct Scaffold: Sendable {
    /// The folder to set up.
    public var folder: String
    /// Without the example statement.
    public var bare: Bool
    /// Where the workflow gets trustsite's source, and which branch, tag or commit of it.
    public var trustsiteGit: String?
    /// The branch, tag or commit of trustsite the workflow builds.
    public var trustsiteRef: String

    /// A scaffold of `folder`.
    public init(folder: String, bare: Bool = false, trustsiteGit: String? = nil, trustsiteRef: String = "main") {
        (self.folder, self.bare, self.trustsiteGit, self.trustsiteRef) = (folder, bare, trustsiteGit, trustsiteRef)
    }

    /// The placeholder the workflow refuses to run with until it names trustsite's source.
    public static let gitPlaceholder = "__set-me: the git URL of trustsite's source__"

    /// The example statement's folder and its two versions' dates.
    public static let example = (slug: "privacy", dates: ["2025-01-15", "2025-06-01"])

    /// The files to write, by path relative to `folder`, in the order they are listed.
    public var files: [(path: String, text: String)] {
        var files = [("content/site.yml", Self.siteYML)]
        if !bare {
            files.append(("content/\(Self.example.slug)/\(Self.example.dates[0]).md", Self.firstVersion))
            files.append(("content/\(Self.example.slug)/\(Self.example.dates[1]).md", Self.secondVersion))
        }
        let workflow = Self.workflow.replacingOccurrences(of: "__MARKER__", with: Self.commentMarker)
            .replacingOccurrences(of: "__TRUSTSITE_GIT__", with: trustsiteGit ?? Self.gitPlaceholder)
            .replacingOccurrences(of: "__TRUSTSITE_REF__", with: trustsiteRef)
        return files + [(".gitignore", Self.gitignore), (".github/workflows/\(Self.workflowName)", workflow)]
    }

    /// The files that exist already (or a file where a folder must go), each as an error: `init` then writes nothing.
    public func conflicts() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            return [Diagnostic(.error, SourceLocation(path: folder), "exists and is not a folder; choose another folder for init")]
        }
        for (path, _) in files {
            let full = shown(path)
            // A dangling symbolic link exists too: writing through it would create a file wherever it points.
            if FileManager.default.fileExists(atPath: full) || (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil {
                found.append(Diagnostic(.error, SourceLocation(path: full), "exists already; init never replaces a file"))
            }
        }
        return found
    }

    /// `path` (relative to the folder) as messages show it: as it is when the folder is the current one.
    public func shown(_ path: String) -> String { folder == "." ? path : joinPath(folder, path) }

    /// Writes every file, creating folders; throws `InputErrors` listing each file that exists, having written nothing.
    public func write() throws {
        let conflicts = conflicts()
        guard conflicts.isEmpty else { throw InputErrors(diagnostics: conflicts) }
        for (path, text) in files {
            let full = joinPath(folder, path)
            do {
                try FileManager.default.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .withoutOverwriting)
            } catch {
                throw WriteError(message: "cannot write the file: \(error.localizedDescription)", path: shown(path))
            }
        }
    }
}
