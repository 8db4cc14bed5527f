import Foundation

/// A file published as it is: an image or document under `content/files/` or `content/<slug>/files/`.
public struct SiteFile: Sendable, Equatable {
    /// Its path under the `files/` folder, e.g. `diagrams/flow.svg`.
    public var path: String
    /// Its bytes.
    public var bytes: [UInt8]
    /// SHA-256 of the bytes, hex (for the build cache's fingerprint).
    public var sha256: String
}

extension ContentLoader {
    /// The name of the folder of published files, in the content folder and in each statement folder.
    static let filesFolder = "files"

    /// The files under `folder` and its subfolders, in path order; names starting with `.` are left out.
    func files(under folder: String, into diagnostics: inout Diagnostics) -> [SiteFile] {
        var out: [SiteFile] = []
        walk(folder, prefix: "", depth: 0, into: &out, &diagnostics)
        return out
    }

    private func walk(_ folder: String, prefix: String, depth: Int, into out: inout [SiteFile], _ diagnostics: inout Diagnostics) {
        // A bound on nesting, so a folder that holds a link to itself cannot make the walk endless.
        guard depth < 32 else {
            diagnostics.error(SourceLocation(path: folder), "folders nest too deeply (over 32 levels); is there a symbolic link loop?")
            return
        }
        for name in (try? io.list(folder)) ?? [] where !name.hasPrefix(".") {
            let path = joinPath(folder, name), relative = prefix + name
            switch io.kind(path) {
            case .folder: walk(path, prefix: relative + "/", depth: depth + 1, into: &out, &diagnostics)
            case .missing: diagnostics.error(SourceLocation(path: path), Self.brokenLink)
            case .file:
                guard let bytes = try? io.read(path) else {
                    diagnostics.error(SourceLocation(path: path), Self.unreadable)
                    continue
                }
                out.append(SiteFile(path: relative, bytes: bytes, sha256: ContentHash.hex(bytes)))
            }
        }
    }

    /// Warns about an entry of statement folder `path` that is neither a version, statement.yml nor `files/`: it is
    /// not published, which its author may not expect.
    static func warnUnexpected(_ name: String, in path: String, isFolder: Bool, into diagnostics: inout Diagnostics) {
        let what = isFolder ? "folder" : "file"
        diagnostics.warning(
            SourceLocation(path: joinPath(path, name)),
            "unexpected \(what) in a statement folder, not published: a statement folder holds YYYY-MM-DD.md versions, "
                + "statement.yml and a files/ folder (images and documents, published at <statement>/files/)")
    }
}
