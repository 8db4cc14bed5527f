import Foundation

/// Turns loaded sources into the site model: parses Markdown, splits sections, resolves titles and current versions.
public enum SiteModelBuilder {
    /// Builds the model; statements are parsed in parallel, diagnostics are merged in a stable order.
    public static func build(_ content: ContentSource, asOf: Day, into diagnostics: inout Diagnostics) -> SiteModel {
        let results = content.statements.concurrentMap { source -> (Statement, Diagnostics) in
            var local = Diagnostics()
            let statement = self.statement(source, asOf: asOf, &local)
            return (statement, local)
        }
        var statements: [Statement] = []
        for (statement, local) in results {
            diagnostics.append(contentsOf: local)
            statements.append(statement)
        }
        statements.sort(by: Statement.homeOrder)
        return SiteModel(config: content.site, statements: statements, asOf: asOf, files: content.files)
    }

    package static func statement(_ source: StatementSource, asOf: Day, memo: ParseMemo? = nil, _ diagnostics: inout Diagnostics)
        -> Statement
    {
        // Each file is parsed on its own, in parallel (a one-statement rebuild then uses every core); the warnings keep
        // the files' order.
        let parsed = source.versions.concurrentMap { v -> (SectionedDocument, Diagnostics) in
            var found = Diagnostics()
            let document = memo?.document(v, statement: source.slug, into: &found) ?? ParseMemo.parse(v, into: &found)
            return (document, found)
        }
        var versions: [Version] = []
        for (v, (document, found)) in zip(source.versions, parsed) {
            diagnostics.append(contentsOf: found)
            let title = v.frontMatter.title ?? source.config.title ?? document.h1Title ?? source.slug
            versions.append(Version(source: v, title: title, document: document))
        }
        return Statement(
            slug: source.slug, config: source.config, versions: versions,
            currentIndex: Statement.currentIndex(of: versions, asOf: asOf), files: source.files)
    }
}

extension Statement {
    /// Home-page order: statement.yml `order`, then title, then slug.
    package static func homeOrder(_ a: Statement, _ b: Statement) -> Bool {
        homeOrder((a.config.order, a.title, a.slug), (b.config.order, b.title, b.slug))
    }

    /// Home-page order of (order, title, slug) keys.
    package static func homeOrder(_ a: (order: Int?, title: String, slug: String), _ b: (order: Int?, title: String, slug: String)) -> Bool
    {
        let (oa, ob) = (a.order ?? Int.max, b.order ?? Int.max)
        if oa != ob { return oa < ob }
        // A total order, so the home page's order never depends on the order statements were read in.
        let byTitle = a.title.localizedStandardCompare(b.title)
        if byTitle != .orderedSame { return byTitle == .orderedAscending }
        return a.slug < b.slug
    }
}
