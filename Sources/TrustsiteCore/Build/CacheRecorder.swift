import Foundation
import TrustsiteModel
import TrustsiteRender

/// Collects each statement's files as the pages are written or taken from the last build (from several threads),
/// for the next build's cache.
final class CacheRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [String]] = [:]
    private var reused: [String: (entry: BuildCache.Entry, identical: Bool)] = [:]

    /// Statement `slug`'s pages were rendered as `paths`.
    func rendered(_ slug: String, files paths: [String]) { lock.withLock { files[slug] = paths } }

    /// Statement `slug`'s files were taken from the last build, as `entry` lists them; `identical` when each is the
    /// published file itself, whose stamp is then unchanged.
    func reused(_ entry: BuildCache.Entry, identical: Bool) {
        lock.withLock {
            files[entry.digest.slug] = entry.files
            reused[entry.digest.slug] = (entry, identical)
        }
    }

    /// How many statements were taken from the published site.
    var reusedCount: Int { lock.withLock { reused.count } }

    /// The statements rendered this time, by slug, sorted.
    var renderedSlugs: [String] { lock.withLock { files.keys.filter { reused[$0] == nil }.sorted() } }

    /// The cache describing this build, after `previous`: an entry for each statement whose files could be stamped.
    /// Statements not read (`fingerprints` has none for them) keep their entry, and its line when nothing changed.
    func cache(
        shared: String, digests: [StatementDigest], inputs: SiteInputs, fingerprints: [String: String], previous: BuildCache?,
        output: String
    ) -> BuildCache {
        let (files, reused) = lock.withLock { (self.files, self.reused) }
        var cache = BuildCache(shared: shared)
        let entries = digests.concurrentMap { digest -> (BuildCache.Entry, ArraySlice<UInt8>?)? in
            let slug = digest.slug
            let same = reused[slug].flatMap { $0.identical ? $0.entry.stamp : nil }
            guard let paths = files[slug], let stamp = same ?? BuildCache.stamp(paths, in: output)?.0 else { return nil }
            if var entry = reused[slug]?.entry, fingerprints[slug] == nil {
                entry.stamp = stamp
                return (entry, same == nil ? nil : previous?.lines[slug])
            }
            guard let fingerprint = fingerprints[slug] else { return nil }
            // Without stamps of its files (too recent to trust, or none to be had) it is read again next time.
            let sources = inputs.sources[slug] ?? ""
            return (BuildCache.Entry(sources: sources, inputs: fingerprint, files: paths, stamp: stamp, digest: digest), nil)
        }
        for case let (entry, line)? in entries {
            cache.statements[entry.digest.slug] = entry
            cache.lines[entry.digest.slug] = line
        }
        return cache
    }
}
