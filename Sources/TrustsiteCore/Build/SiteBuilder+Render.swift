extension SiteBuilder {
    /// The diffs, digests and pages of `inputs`' statements, each page written into `staged` as soon as it is
    /// rendered (so memory stays bounded) unless the last build's is still good; returns every statement's digest.
    func render(
        _ inputs: SiteInputs, theme: Theme, fingerprints: [String: String]?, previous: BuildCache?, output: String,
        into staged: StagedSite,
        _ record: CacheRecorder, _ timings: inout Timings
    ) throws -> [StatementDigest] {
        let model = inputs.model
        let changes = timings.measure("diffs") { StatementChanges.build(model) }
        let digests = timings.measure("digests") { inputs.digests(changes) }
        try timings.measure("render+write") {
            let progress = BuildProgress(total: digests.count, report: options.progress)
            try staged.reuse(inputs.kept, record: record, progress: progress)
            let reuse = { @Sendable (i: Int) throws -> Bool in
                let slug = model.statements[i].slug
                guard let found = previous?.statements[slug], found.inputs == fingerprints?[slug],
                    let entry = found.checked(in: output)
                else { return false }
                try staged.reuse([entry], record: record, progress: progress)
                return true
            }
            try SiteRenderer(site: model, theme: theme, changes: changes, digests: digests).render(
                reusing: reuse, into: { _, pages in try staged.write(pages) },
                finished: { i, paths in
                    // A statement's folder holds only its pages, which are all written now.
                    try staged.finish(model.statements[i].slug)
                    record.rendered(model.statements[i].slug, files: paths)
                    progress.step()
                })
        }
        return digests
    }
}
