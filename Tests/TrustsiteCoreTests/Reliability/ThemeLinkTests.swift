import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Symbolic links in the templates folder: only links that stay inside it are followed, once and without loops;
    /// a template or asset linked anywhere else is an error and never read, so it cannot be published under `assets/`.
    @Suite struct ThemeLinkTests {
        static let outside =
            "leads outside the templates folder, which trustsite never reads from; replace the link with the file or folder itself"
        static let loop = "symbolic link loops (it leads back to itself, or to the folder that holds it or one above); remove it"

        /// A site with the built-in theme copied to `templates/`, a secret beside it, and `links` made.
        static func site(_ links: [String: String], removing: [String] = []) throws -> TempSite {
            let site = try TempSite(["content/p/2024-01-01.md": "## A\n\nText.\n", "outside/folder/secret.txt": "SECRET\n"])
            try site.writeTheme()
            try site.write("templates/extra/x.css", "x {}\n")
            for path in removing { try FileManager.default.removeItem(atPath: site.root + "/" + path) }
            for (path, target) in links { try site.link(path, to: target) }
            return site
        }

        static let refused: [(String, [String: String], [String], [String])] = [
            (
                "a template linked to /etc/passwd", ["templates/404.mustache": "/etc/passwd"], ["templates/404.mustache"],
                ["R/templates/404.mustache: error: symbolic link to '/etc/passwd' \(outside)"]
            ),
            (
                "an asset linked to /etc/passwd", ["templates/assets/passwd.txt": "/etc/passwd"], [],
                ["R/templates/assets/passwd.txt: error: symbolic link to '/etc/passwd' \(outside)"]
            ),
            (
                "an asset folder linked out", ["templates/assets/etc": "../../outside/folder"], [],
                ["R/templates/assets/etc: error: symbolic link to '../../outside/folder' (R/outside/folder) \(outside)"]
            ),
            (
                "a partial linked into the content folder", ["templates/partials/x.mustache": "../../content/p/2024-01-01.md"], [],
                [
                    "R/templates/partials/x.mustache: error: symbolic link to '../../content/p/2024-01-01.md' (R/content/p/2024-01-01.md) "
                        + outside
                ]
            ),
            (
                "an asset folder linked to the folder above", ["templates/assets/loop": ".."], [],
                ["R/templates/assets/loop: error: \(loop)"]
            ),
            ("an asset folder linked to itself", ["templates/assets/self": "."], [], ["R/templates/assets/self: error: \(loop)"]),
            (
                "a folder link inside a linked folder", ["templates/assets/more": "../extra", "templates/extra/deeper": "../partials"], [],
                [
                    "R/templates/assets/more/deeper: error: symbolic link to a folder, inside a folder that is itself reached through a link; "
                        + "links are followed only once: point the first link at the real folder"
                ]
            ),
        ]

        @Test(arguments: 0..<Self.refused.count)
        func aThemeLinkOutOrLoopingIsAnErrorAndNothingIsPublished(_ index: Int) throws {
            let (label, links, removing, expected) = Self.refused[index]
            let site = try Self.site(links, removing: removing)
            #expect(SymbolicLinkTests.errors(site) == expected, "\(label)")
            #expect(throws: InputErrors.self, "\(label)") { try SiteBuilder(options: site.options).build() }
            #expect(!FileManager.default.fileExists(atPath: site.output), "\(label)")
        }

        @Test func linksInsideTheTemplatesFolderArePublishedOnce() throws {
            let site = try Self.site(["templates/assets/alias.css": "style.css", "templates/assets/more": "../extra"])
            try SiteBuilder(options: site.options).build()
            let assets = Tree.snapshot(site.output + "/assets")
            #expect(assets["alias.css"] == assets["style.css"] && assets["alias.css"] != nil)
            #expect(assets["more/x.css"] == Data("x {}\n".utf8))
            // at.js is the built-in theme's, as the theme has none (`Theme.optionalFiles`).
            #expect(Set(assets.keys) == ["alias.css", "at.js", "icon.svg", "more/x.css", "redline.js", "style.css", "toc.js"])
        }
    }
}
