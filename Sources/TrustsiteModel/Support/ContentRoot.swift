import Foundation

/// The one place that decides how symbolic links under a folder trustsite reads (the content folder, the templates
/// folder) are treated. A link is followed when it leads, through any chain of links, to a file or folder inside the
/// root and not hidden (no name on the way starts with `.`); a link to a folder is followed once: never to the folder
/// that holds it or one above it (a loop), and not from inside a folder reached through a link. Any other link, and
/// anything but a file or folder, is refused: an error at its path, and what it points at is never read. Git stores
/// links, so a pull request can add any of them.
public struct ContentRoot: Sendable {
    /// The root as given, e.g. `content`.
    public let path: String
    /// What the root is called in messages: "content folder", "templates folder".
    public let label: String
    /// The root's real path (nil when it does not exist), which link targets must be inside.
    package let real: String?
    package let io: FileIO

    /// A root at `path`, named `label` in messages.
    public init(_ path: String, label: String, io: FileIO = .disk) {
        self.path = path
        self.label = label
        self.io = io
        real = io.realPath.map { $0(path) } ?? path
    }

    /// What an entry under the root is, after the link policy.
    public enum Entry: Sendable, Equatable {
        /// A regular file to read (`size` bytes; `linked`: reached through a link inside the root).
        case file(size: Int?, linked: Bool)
        /// A folder to list.
        case folder(linked: Bool)
        /// Nothing there.
        case missing
        /// Not to be read: the message says why (an error at the entry's path).
        case refused(String)
    }

    /// What `entry` (a path under the root, e.g. `content/privacy/2024-01-01.md`) is. Links are checked here; reading
    /// the entry's own path afterwards reads what was checked.
    public func entry(_ entry: String) -> Entry {
        guard let node = io.node else {
            switch io.kind(entry) {
            case .file: return .file(size: nil, linked: false)
            case .folder: return .folder(linked: false)
            case .missing: return .missing
            }
        }
        switch node(entry) {
        case .file(let size): return .file(size: size, linked: false)
        case .folder: return .folder(linked: false)
        case .missing: return .missing
        case .special: return .refused(Self.special)
        case .notUTF8: return .refused("name is not valid UTF-8; rename it")
        case .brokenLink(let text, let error): return .refused(broken(text, error))
        case .link(let text, let real, let target):
            if real == self.real { return .refused(Self.loop) }
            guard inside(real) else {
                let leads = text == real ? "" : " (\(real))"
                return .refused(
                    "symbolic link to '\(text)'\(leads) leads outside the \(label), which trustsite never reads from; "
                        + "replace the link with the file or folder itself")
            }
            // Hidden entries are never read (a checkout's .git/config may hold a token): nor through a link.
            if let hidden = hiddenPart(real) {
                return .refused(
                    "symbolic link to '\(text)' leads to the hidden entry '\(hidden)', which trustsite never reads; "
                        + "replace the link with the file or folder itself")
            }
            switch target {
            case .file(let size): return .file(size: size, linked: true)
            case .folder: return folderLink(entry, real: real)
            default: return .refused(Self.special)
            }
        }
    }

    /// A link at `entry` to the folder `real` inside the root, unless following it could loop.
    package func folderLink(_ entry: String, real target: String) -> Entry {
        let parent = parentPath(entry)
        guard let holder = io.realPath?(parent) else { return .refused(broken("?", ENOENT)) }
        if holder == target || holder.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            return .refused(Self.loop)
        }
        // The folder holding the link is itself reached through a link when its real path is not where its name says.
        if let real, let below = relative(parent), holder != (below.isEmpty ? real : joinPath(real, below)) {
            return .refused(
                "symbolic link to a folder, inside a folder that is itself reached through a link; links are followed only once: "
                    + "point the first link at the real folder")
        }
        return .folder(linked: true)
    }

    /// The part of `entry` below the root as given ("" for the root itself), or nil when `entry` does not start with it.
    package func relative(_ entry: String) -> String? {
        let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard entry.hasPrefix(root) else { return nil }
        let rest = entry.dropFirst(root.count)
        guard rest.isEmpty || rest.hasPrefix("/") || root.hasSuffix("/") else { return nil }
        return String(rest).trimmingSlashes
    }

    /// Whether the real path `target` is inside the root.
    package func inside(_ target: String) -> Bool {
        guard let real else { return false }
        return real == "/" || target.hasPrefix(real + "/")
    }

    /// The first name starting with `.` on the way from the root to `target` (a real path inside it), or nil.
    package func hiddenPart(_ target: String) -> String? {
        guard let real else { return nil }
        return target.dropFirst(real == "/" ? 1 : real.count + 1).split(separator: "/").first { $0.hasPrefix(".") }.map(String.init)
    }

    package func broken(_ text: String, _ error: Int32) -> String {
        switch error {
        case ELOOP: return Self.loop
        case ENOENT, ENOTDIR:
            return "symbolic link to '\(text)' leads nowhere (nothing is there); remove it or point it at something inside the \(label)"
        default: return "cannot follow the symbolic link to '\(text)': \(String(cString: strerror(error)))"
        }
    }

    package static let special = "not a regular file or folder (a device, pipe or socket); trustsite reads only files and folders"
    package static let loop = "symbolic link loops (it leads back to itself, or to the folder that holds it or one above); remove it"
}

extension String {
    /// The text without leading and trailing slashes.
    package var trimmingSlashes: String {
        var s = self[...]
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
