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
    package static let filesFolder = "files"

    /// The files under `folder` and its subfolders, in path order, as `links` allows; names starting with `.` are left
    /// out.
    package func files(under folder: String, links: ContentRoot, into diagnostics: inout Diagnostics) -> [SiteFile] {
        links.files(under: folder, into: &diagnostics).compactMap { relative in
            let path = joinPath(folder, relative)
            guard let bytes = try? io.read(path) else {
                diagnostics.error(SourceLocation(path: path), Self.unreadable)
                return nil
            }
            return SiteFile(path: relative, bytes: bytes, sha256: ContentHash.hex(bytes))
        }
    }

    /// Warns about an entry of statement folder `path` that is neither a version, statement.yml nor `files/`: it is
    /// not published, which its author may not expect.
    package static func warnUnexpected(_ name: String, in path: String, isFolder: Bool, into diagnostics: inout Diagnostics) {
        let what = isFolder ? "folder" : "file"
        diagnostics.warning(
            SourceLocation(path: joinPath(path, name)),
            "unexpected \(what) in a statement folder, not published: a statement folder holds YYYY-MM-DD.md versions, "
                + "statement.yml and a files/ folder (images and documents, published at <statement>/files/)")
    }
}
