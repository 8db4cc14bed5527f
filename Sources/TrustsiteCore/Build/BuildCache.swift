import Foundation
import TrustsiteModel
import TrustsiteRender

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
        var published: [FileID] = []

        enum CodingKeys: String, CodingKey { case sources, inputs, files, stamp, digest }

        /// Whether the entry can be what a build wrote: its files are paths inside its statement's folder, and its
        /// digest has as many dates, heading lists and versions as it says, one of them in force. A cache edited by
        /// hand must not lead the build to sweep outside the staging folder, or to fail on an index.
        var isWellFormed: Bool {
            let d = digest
            let n = d.versions.count
            guard n > 0, d.target.dates.count == n, d.target.headingIDs.count == n, d.target.formerIDs.count == n,
                (0..<n).contains(d.currentIndex),
                d.target.slug == d.slug, ContentLoader.slugProblem(d.slug) == nil, !d.slug.hasPrefix(".")
            else { return false }
            return files.allSatisfy { path in
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                return parts.count > 1 && parts[0] == d.slug && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            }
        }

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
    static let format = 9

    /// What every statement's pages depend on (`shared`): when it changes, nothing is taken from the cache.
    var shared = ""
    /// Each statement's entry, by slug.
    var statements: [String: Entry] = [:]
    /// Entries as the file held them, by slug, to be written back unchanged.
    var lines: [String: ArraySlice<UInt8>] = [:]

    /// The cache file for `output`: a hidden file beside it.
    static func path(for writer: StagingFolder) -> String { writer.parent + "/." + writer.name + ".cache.json" }

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
            guard let entry, entry.isWellFormed else { return nil }
            cache.statements[entry.digest.slug] = entry
            cache.lines[entry.digest.slug] = line
        }
        return cache
    }

    /// Writes the cache (to a temporary name first, so a reader never sees half of it), a few statements at a time:
    /// a large site's cache is tens of megabytes, which the build need not hold whole at its end.
    func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try encoder.encode(Header(format: Self.format, shared: shared))
        let temporary = path + ".tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw WriteError(message: "cannot save the build cache", path: path)
        }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        defer { try? file.close() }
        try file.write(contentsOf: header)
        for slugs in statements.keys.sorted().chunked(into: 16) {
            let encoded = slugs.concurrentMap { slug in lines[slug].map { Data($0) } ?? (try? JSONEncoder().encode(statements[slug]!)) }
            for line in encoded {
                guard let line else { throw WriteError(message: "cannot encode the build cache", path: path) }
                try file.write(contentsOf: Data([10]) + line)
            }
        }
        try file.write(contentsOf: Data([10]))
        guard rename(temporary, path) == 0 else { throw WriteError(message: "cannot save the build cache", path: path) }
    }
}

extension BuildCache {
    /// Splits `folders` into the statements `previous` can stand in for (`unchanged`) and those to read, given the
    /// stamps of their files (`sources`).
    static func split(
        _ folders: [StatementFolder], sources: [String?], previous: BuildCache?, shared: String, asOf: Day, output: String
    ) -> (kept: [Entry], unread: [StatementFolder]) {
        let found = Array(zip(folders, sources)).concurrentMap { folder, sources in
            previous?.unchanged(folder.slug, sources: sources, shared: shared, asOf: asOf, output: output)
        }
        return (found.compactMap { $0 }, zip(folders, found).filter { $0.1 == nil }.map(\.0))
    }

    /// The entry of statement `slug` when it can stand in for reading the statement: the build is `shared` alike, the
    /// statement's files have the stamps they had (`sources`), the version in force on `asOf` is the same, and its
    /// published files in `output` are as the last build left them.
    func unchanged(_ slug: String, sources: String?, shared: String, asOf: Day, output: String) -> Entry? {
        guard self.shared == shared, let entry = statements[slug], let sources, entry.sources == sources,
            Statement.currentIndex(effective: entry.digest.versions.map(\.effective), asOf: asOf) == entry.digest.currentIndex
        else { return nil }
        return entry.checked(in: output)
    }
}
