import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A statement folder named like a file or folder the site writes at its root would collide with it (or vanish):
    /// an error naming the folder.
    @Suite struct ReservedNameTests {
        static let names =
            "404.html, assets, feed.xml, files, index.html, material.xml, pagefind, pagefind-archive, sitemap.xml, statements.json"

        // The search bundles' folders too, whether or not this site is built with search.
        @Test(arguments: [
            "feed.xml", "index.html", "sitemap.xml", "statements.json", "404.html", "assets", "Assets", "FEED.XML", "pagefind",
            "Pagefind-Archive",
        ])
        func aStatementFolderNamedLikeASiteFileIsAnError(_ name: String) throws {
            let site = try TempSite(["content/\(name)/2024-01-01.md": "## A\n", "content/ok/2024-01-01.md": "## B\n"])
            #expect(
                site.lines(.error) == [
                    "R/content/\(name): error: statement folder '\(name)' has the name of a file or folder the site writes at its root "
                        + "(\(Self.names)), so the two would collide; rename the folder"
                ])
        }

        @Test func aTemplatesFolderInTheContentFolderIsAnErrorUnlessItIsTheThemeInUse() throws {
            let site = try TempSite(["content/templates/2024-01-01.md": "## A\n", "content/ok/2024-01-01.md": "## B\n"])
            #expect(
                site.lines(.error) == [
                    "R/content/templates: error: a folder named 'templates' in the content folder is neither a statement nor the "
                        + "templates folder in use; rename it, or pass it with --templates to use it as the theme"
                ])
            for (path, text) in DefaultTheme.files { try site.write("content/templates/" + path, text) }
            var options = site.options
            options.templates = site.content + "/templates"
            let report = SiteBuilder(options: options).check()
            #expect(report.errors == 0 && report.statements == 1)
        }

        @Test func theNamesAreEveryNameABuiltSiteHasAtItsRootButTheStatements() throws {
            let site = try TempSite([
                "content/p/2024-01-01.md": "## A\n", "content/q/2024-01-01.md": "## B\n", "content/files/logo.svg": "<svg/>",
            ])
            var options = site.options
            // The sitemap is written only with a base URL.
            options.baseURL = "https://trust.example.com"
            try SiteBuilder(options: options).build()
            #expect(Set(Tree.entries(site.output)).subtracting(["p", "q"]) == SitePaths.rootNames)
        }
    }
}
