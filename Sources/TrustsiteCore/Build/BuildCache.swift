import CCmark
import Foundation

/// What the last build published, kept beside the output (`.site.cache.json`): for each statement, a fingerprint of
/// everything its pages are made from and the files they are. A statement whose fingerprint is unchanged is not
/// rendered again; its published files are linked into the new site. Delete the file (or build with `--no-cache`)
/// to render everything.
struct BuildCache: Codable, Equatable {
    /// One statement's entry.
    struct Entry: Codable, Equatable {
        /// SHA-256 of the statement's inputs (see `BuildCache.fingerprints`).
        var inputs: String
        /// Its pages, as output paths.
        var files: [String]
        /// The published files as the build left them (`stamp(_:in:)`): a file replaced or edited since is noticed.
        var stamp: String
    }

    /// Bumped when the format or the meaning of a fingerprint changes.
    static let format = 2

    var format = BuildCache.format
    var statements: [String: Entry] = [:]

    /// The cache file for `output`: a hidden file beside it.
    static func path(for writer: SiteWriter) -> String { writer.parent + "/." + writer.name + ".cache.json" }

    /// The cache the last build left, or nil when there is none or it cannot be read.
    static func load(_ path: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: path),
            let cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.format == format
        else { return nil }
        return cache
    }

    /// Writes the cache (to a temporary name first, so a reader never sees half of it).
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = path + ".tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        try PosixFile.write(Array(try encoder.encode(self)), to: temporary)
        guard rename(temporary, path) == 0 else { throw WriteError(message: "cannot save the build cache", path: path) }
    }

    /// Each statement's fingerprint: the program, the theme, the site settings and statement slugs (links between
    /// statements), and the statement's own settings, version in force and version files (by content hash).
    static func fingerprints(_ site: SiteModel, theme: Theme) -> [String]? {
        guard let program = ProgramIdentity.current else { return nil }
        let config = site.config
        // libcmark is a shared library: an upgrade may render differently without the program changing.
        var shared = ["trustsite-cache-\(format)", program, String(cString: cmark_version_string()), theme.fingerprint]
        shared += [config.title, config.organization, config.description, config.baseURL, "\(config.rawHTML)"]
        shared += site.statements.map(\.slug).sorted()
        let prefix = shared.joined(separator: "\u{0}")
        return site.statements.map { statement in
            var fields = [prefix, statement.slug, statement.config.title ?? "\u{1}", statement.config.description]
            fields += ["\(statement.config.order.map(String.init) ?? "-")", "\(statement.currentIndex)"]
            for version in statement.versions {
                fields += [version.date.description, version.source.path, version.source.sha256]
            }
            return SHA256.hex(Array(fields.joined(separator: "\u{0}").utf8))
        }
    }
}

extension BuildCache {
    /// SHA-256 over each file's path, size, modification time and inode in `output`; nil when one is missing.
    static func stamp(_ files: [String], in output: String) -> String? {
        var text = ""
        for path in files {
            var info = stat()
            guard stat(output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            text += "\(path)\u{0}\(info.st_size)\u{0}\(info.modified)\u{0}\(info.st_ino)\n"
        }
        return SHA256.hex(Array(text.utf8))
    }
}

/// Which build of trustsite is running: a rebuilt program may render differently, so its cache must not be trusted.
enum ProgramIdentity {
    /// The executable's path, size and modification time; nil when they cannot be found.
    static let current: String? = {
        guard let path = Bundle.main.executablePath else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(path)\u{0}\(info.st_size)\u{0}\(info.modified)"
    }()
}

extension stat {
    /// The modification time as `seconds.nanoseconds`.
    var modified: String {
        #if canImport(Glibc)
            let time = st_mtim
        #else
            let time = st_mtimespec
        #endif
        return "\(time.tv_sec).\(time.tv_nsec)"
    }
}
