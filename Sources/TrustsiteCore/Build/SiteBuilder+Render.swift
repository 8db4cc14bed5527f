import TrustsiteModel
import TrustsiteRender

extension SiteBuilder {
    /// The diffs, digests and pages of `inputs`' statements, each page written into `site` as soon as it is rendered
    /// (so memory stays bounded) unless the last build's is still good; returns every statement's digest.
    func render(
        _ inputs: SiteInputs, theme: Theme, fingerprints: [String: String]?, previous: BuildCache?, output: String,
        into site: any SiteOutput, _ record: CacheRecorder, _ timings: inout Timings
    ) throws -> [StatementDigest] {
        let model = inputs.model
        let changes = timings.measure("diffs") { StatementChanges.build(model) }
        let digests = timings.measure("digests") { inputs.digests(changes) }
        try timings.measure("render+write") {
            let progress = BuildProgress(total: digests.count, report: options.progress)
            try Self.keep(inputs.kept, in: site, record: record, progress: progress)
            let reuse = { @Sendable (i: Int) throws -> Bool in
                let slug = model.statements[i].slug
                guard let found = previous?.statements[slug], found.inputs == fingerprints?[slug],
                    let entry = found.checked(in: output)
                else { return false }
                try Self.keep([entry], in: site, record: record, progress: progress)
                return true
            }
            let firstWritten = options.firstWritten ?? { _ in }
            try SiteRenderer(site: model, theme: theme, changes: changes, digests: digests).render(
                reusing: reuse, first: options.firstPages, firstDone: firstWritten, into: { _, pages in try site.write(pages) },
                finished: { i, paths in
                    // A statement's folder holds only its pages, which are all written now.
                    try site.finish(model.statements[i].slug)
                    record.rendered(model.statements[i].slug, files: paths)
                    progress.step()
                })
        }
        return digests
    }

    /// Keeps the files of statements `entries` (checked: `BuildCache.Entry.checked`) as the last build published them.
    static func keep(_ entries: [BuildCache.Entry], in site: any SiteOutput, record: CacheRecorder, progress: BuildProgress) throws {
        let failures = entries.concurrentMap { entry -> WriteError? in
            do {
                let identical = try site.keep(entry.digest.slug, files: entry.files, published: entry.published)
                record.reused(entry, identical: identical)
            } catch let error as WriteError {
                return error
            } catch {
                return WriteError(error, "cannot reuse the published files", path: entry.digest.slug)
            }
            progress.step()
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}
