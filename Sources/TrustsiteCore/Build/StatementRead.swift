import TrustsiteChecks
import TrustsiteModel

/// One statement folder read, modelled and checked on its own, as `SiteBuilder.validate` does for each in parallel.
/// Its Markdown text is let go of as soon as its checks are done, so a site of hundreds of megabytes never holds all
/// of its text beside all of its parse (on 200 MB of real policies, that was 200 MB of a build's peak memory).
struct StatementRead: Sendable {
    /// The statement folder's slug.
    var slug: String
    /// The statement, or nil when its folder has no usable version.
    var statement: Statement?
    /// What reading, modelling and checking it found, but for its links into other statements: its own warnings, which
    /// the build cache keeps with it (`SiteInputs.ownWarnings`).
    var diagnostics = Diagnostics()
    /// What links into it may name.
    var target: LinkTarget?
    /// Its links into other statements, checked once every statement is read (`ContentChecks.checkCrossLinks`).
    var crossLinks: [CrossLink] = []

    /// Reads `folder`; `slugs` names every statement of the site, for the links its checks resolve.
    init(
        _ folder: StatementFolder, loader: ContentLoader, asOf: Day, slugs: Set<String>, siteFiles: [SiteFile], rawHTML: Bool,
        memo: ParseMemo? = nil
    ) {
        slug = folder.slug
        guard let source = loader.loadStatement(slug: folder.slug, path: folder.path, &diagnostics) else { return }
        var statement = SiteModelBuilder.statement(source, asOf: asOf, memo: memo, &diagnostics)
        // Followed once, here: the link checks need the former ids it gives, the diffs the lineage itself.
        statement.lineage = StatementHistory.lineage(statement.versions)
        let target = LinkTarget(statement)
        // Links within the statement need only its own target; those into others are set aside as cross links.
        let links = LinkChecks(targets: [statement.slug: target], slugs: slugs, siteFiles: siteFiles)
        crossLinks = ContentChecks.check(statement, links: links, text: TextChecks(rawHTML: rawHTML), into: &diagnostics)
        statement.releaseSourceText()
        (self.statement, self.target) = (statement, target)
    }
}
