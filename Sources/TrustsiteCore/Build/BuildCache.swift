import CCmark
import Foundation

/// What the last build published, kept beside the output (`.site.cache.json`): for each statement, the stamps of its
/// files, a fingerprint of everything its pages are made from, the files they are, and its digest. A statement whose
/// files have the same stamps is not even read: its digest stands in for it. One whose fingerprint is unchanged is read
/// but not rendered again. Either way its published files are linked into the new site. Delete the file (or build with
/// `--no-cache`) to render everything.
///
/// The file is JSON Lines: a header, then one line per statement, so the lines are decoded in parallel and an entry
/// that did not change is written back as the bytes it was read as.
struct BuildCache: Sendable {
    /// One statement's entry.
    struct Entry: Codable, Sendable {
        /// The stamps of its files as they were read (`sources`).
        var sources: String
        /// SHA-256 of the statement's inputs (see `BuildCache.fingerprint`).
        var inputs: String
        /// Its pages, as output paths.
        var files: [String]
        /// The published files as the build left them (`stamp(_:in:)`): a file replaced or edited since is noticed.
        var stamp: String
        /// What the site-wide pages and the checks of other statements need of it, and its warnings.
        var digest: StatementDigest
        /// The ids of `files` in the published site, once `checked` (not saved).
        var published: [StagedSite.FileID] = []

        enum CodingKeys: String, CodingKey { case sources, inputs, files, stamp, digest }

        /// This entry with `published` filled in, when its files in `output` still have the stamp the last build left.
        func checked(in output: String) -> Entry? {
            guard let (stamp, ids) = BuildCache.stamp(files, in: output), stamp == self.stamp else { return nil }
            var entry = self
            entry.published = ids
            return entry
        }
    }

    /// The first line.
    struct Header: Codable {
        var format: Int
        var shared: String
    }

    /// Bumped when the format or the meaning of a fingerprint changes.
    static let format = 4

    /// What every statement's pages depend on (`shared`): when it changes, nothing is taken from the cache.
    var shared = ""
    /// Each statement's entry, by slug.
    var statements: [String: Entry] = [:]
    /// Entries as the file held them, by slug, to be written back unchanged.
    var lines: [String: ArraySlice<UInt8>] = [:]

    /// The cache file for `output`: a hidden file beside it.
    static func path(for writer: SiteWriter) -> String { writer.parent + "/." + writer.name + ".cache.json" }

    /// The cache the last build left, or nil when there is none or it cannot be read.
    static func load(_ path: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = Array(data).split(separator: 10)
        guard let first = lines.first, let header = try? JSONDecoder().decode(Header.self, from: Data(first)),
            header.format == format
        else { return nil }
        let entries = Array(lines.dropFirst()).concurrentMap { try? JSONDecoder().decode(Entry.self, from: Data($0)) }
        var cache = BuildCache(shared: header.shared)
        for (entry, line) in zip(entries, lines.dropFirst()) {
            guard let entry else { return nil }
            cache.statements[entry.digest.slug] = entry
            cache.lines[entry.digest.slug] = line
        }
        return cache
    }

    /// Writes the cache (to a temporary name first, so a reader never sees half of it).
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = Array(try encoder.encode(Header(format: Self.format, shared: shared)))
        let slugs = statements.keys.sorted()
        let encoded = slugs.concurrentMap { slug in
            lines[slug].map(Array.init) ?? (try? JSONEncoder().encode(statements[slug]!)).map(Array.init)
        }
        for line in encoded {
            guard let line else { throw WriteError(message: "cannot encode the build cache", path: path) }
            bytes += [10] + line
        }
        let temporary = path + ".tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        try PosixFile.write(bytes + [10], to: temporary)
        guard rename(temporary, path) == 0 else { throw WriteError(message: "cannot save the build cache", path: path) }
    }

    /// What every page depends on: the program, the theme, the site settings and the statement slugs (links between
    /// statements); nil when the program cannot be identified, and then nothing is cached.
    static func shared(_ config: SiteConfig, theme: Theme, slugs: [String]) -> String? {
        guard let program = ProgramIdentity.current else { return nil }
        // libcmark is a shared library: an upgrade may render differently without the program changing.
        var fields = ["trustsite-cache-\(format)", program, String(cString: cmark_version_string()), theme.fingerprint]
        fields += [config.title, config.organization, config.description, config.baseURL, "\(config.rawHTML)"]
        fields += slugs.sorted()
        return SHA256.hex(Array(fields.joined(separator: "\u{0}").utf8))
    }

    /// A statement's fingerprint: `shared`, and its own settings, version in force and version files (by content hash).
    static func fingerprint(_ statement: Statement, shared: String) -> String {
        var fields = [shared, statement.slug, statement.config.title ?? "\u{1}", statement.config.description]
        fields += ["\(statement.config.order.map(String.init) ?? "-")", "\(statement.currentIndex)"]
        for version in statement.versions {
            fields += [version.date.description, version.source.path, version.source.sha256]
        }
        return SHA256.hex(Array(fields.joined(separator: "\u{0}").utf8))
    }

    /// The stamps of a statement folder's inputs (statement.yml and the `.md` files, by name), read without opening
    /// them; nil when one cannot be stamped.
    static func sources(_ folder: StatementFolder, io: FileIO) -> String? {
        guard let names = try? io.list(folder.path) else { return nil }
        var text = folder.path
        for name in names where name.hasSuffix(".md") || name == "statement.yml" {
            guard let stamp = io.stamp(joinPath(folder.path, name)) else { return nil }
            text += "\u{0}\(name)\u{0}\(stamp)"
        }
        return SHA256.hex(Array(text.utf8))
    }
}

extension BuildCache {
    /// The entry of statement `slug` when it can stand in for reading the statement: the build is `shared` alike, the
    /// statement's files have the stamps they had (`sources`), the version in force on `asOf` is the same, and its
    /// published files in `output` are as the last build left them.
    func unchanged(_ slug: String, sources: String?, shared: String, asOf: Day, output: String) -> Entry? {
        guard self.shared == shared, let entry = statements[slug], let sources, entry.sources == sources,
            Statement.currentIndex(effective: entry.digest.versions.map(\.effective), asOf: asOf) == entry.digest.currentIndex
        else { return nil }
        return entry.checked(in: output)
    }

    /// SHA-256 over each file's path, size, modification time and inode in `output`, and the files' ids; nil when one
    /// is missing.
    static func stamp(_ files: [String], in output: String) -> (String, [StagedSite.FileID])? {
        var text = ""
        var ids: [StagedSite.FileID] = []
        ids.reserveCapacity(files.count)
        for path in files {
            var info = stat()
            guard stat(output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            text += "\(path)\u{0}\(info.st_size)\u{0}\(info.modified)\u{0}\(info.st_ino)\n"
            ids.append(StagedSite.FileID(info))
        }
        return (SHA256.hex(Array(text.utf8)), ids)
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

    /// The inode change time as `seconds.nanoseconds`: unlike the modification time, no program can set it back.
    var changed: String {
        #if canImport(Glibc)
            let time = st_ctim
        #else
            let time = st_ctimespec
        #endif
        return "\(time.tv_sec).\(time.tv_nsec)"
    }
}
