import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Symbolic links in the content folder (git stores them, so a pull request can add any): a link that leads outside
    /// the content folder, loops or leads nowhere is an error at its path and what it points at is never read or
    /// published; a link to a file or folder inside is followed.
    @Suite struct SymbolicLinkTests {
        /// Text outside the content folder that no site may ever show.
        static let secret = "SECRET-OUTSIDE-THE-CONTENT"

        /// A site with one statement `p`, `outside/` beside `content/` holding a valid version, a folder of them and a
        /// site.yml, and a hidden `content/.git/config`, all carrying `secret`.
        static func site(_ links: [String: String]) throws -> TempSite {
            let site = try TempSite([
                "content/p/2024-01-01.md": "## A\n\nText.\n",
                "outside/secret.md": "## \(secret)\n\n\(secret)\n",
                "outside/folder/2024-01-01.md": "## \(secret)\n",
                "outside/site.yml": "title: \(secret)\n",
                "content/.git/config": "[http] extraheader = AUTHORIZATION: basic \(secret)\n",
            ])
            for (path, target) in links { try site.link(path, to: target) }
            return site
        }

        static let outside =
            "leads outside the content folder, which trustsite never reads from; replace the link with the file or folder itself"
        static let loop = "symbolic link loops (it leads back to itself, or to the folder that holds it or one above); remove it"

        /// (what, links to make, the errors `check` reports with the temporary folder as R).
        static let refused: [(String, [String: String], [String])] = [
            (
                "a version file linked to /etc/passwd", ["content/p/2024-02-01.md": "/etc/passwd"],
                ["R/content/p/2024-02-01.md: error: symbolic link to '/etc/passwd' \(outside)"]
            ),
            (
                "a version file linked up and out", ["content/p/2024-02-01.md": "../../outside/secret.md"],
                ["R/content/p/2024-02-01.md: error: symbolic link to '../../outside/secret.md' (R/outside/secret.md) \(outside)"]
            ),
            (
                "statement.yml linked out", ["content/p/statement.yml": "/etc/passwd"],
                ["R/content/p/statement.yml: error: symbolic link to '/etc/passwd' \(outside)"]
            ),
            (
                "site.yml linked out", ["content/site.yml": "../outside/site.yml"],
                ["R/content/site.yml: error: symbolic link to '../outside/site.yml' (R/outside/site.yml) \(outside)"]
            ),
            (
                "a statement folder linked out", ["content/q": "../outside/folder"],
                ["R/content/q: error: symbolic link to '../outside/folder' (R/outside/folder) \(outside)"]
            ),
            (
                "a version file linked to a folder outside", ["content/p/2024-02-01.md": "/etc"],
                ["R/content/p/2024-02-01.md: error: symbolic link to '/etc' \(outside)"]
            ),
            (
                "a chain of links that ends outside",
                ["content/p/2024-02-01.md": "hop", "content/p/hop": "../hop2", "content/hop2": "/etc/passwd"],
                ["R/content/p/2024-02-01.md: error: symbolic link to 'hop' (/etc/passwd) \(outside)"]
            ),
            (
                "a dangling link", ["content/p/2024-02-01.md": "gone.md"],
                [
                    "R/content/p/2024-02-01.md: error: symbolic link to 'gone.md' leads nowhere (nothing is there); remove it or point it at "
                        + "something inside the content folder"
                ]
            ),
            (
                "a version file linked into a hidden folder inside", ["content/p/2024-02-01.md": "../.git/config"],
                [
                    "R/content/p/2024-02-01.md: error: symbolic link to '../.git/config' leads to the hidden entry '.git', which trustsite "
                        + "never reads; replace the link with the file or folder itself"
                ]
            ),
            ("a link to itself", ["content/p/2024-02-01.md": "2024-02-01.md"], ["R/content/p/2024-02-01.md: error: \(loop)"]),
            (
                "two links that lead to each other",
                ["content/p/2024-02-01.md": "2024-03-01.md", "content/p/2024-03-01.md": "2024-02-01.md"],
                ["R/content/p/2024-02-01.md: error: \(loop)", "R/content/p/2024-03-01.md: error: \(loop)"]
            ),
            ("a statement folder linked to the content folder", ["content/q": "."], ["R/content/q: error: \(loop)"]),
            (
                "a statement folder linked to the folder above", ["content/q": ".."],
                ["R/content/q: error: symbolic link to '..' (R) \(outside)"]
            ),
            ("a statement folder linked to itself", ["content/q": "q"], ["R/content/q: error: \(loop)"]),
        ]

        @Test(arguments: 0..<Self.refused.count)
        func aLinkOutLoopingOrLeadingNowhereIsAnErrorAndNothingIsPublished(_ index: Int) throws {
            let (label, links, expected) = Self.refused[index]
            let site = try Self.site(links)
            #expect(Self.errors(site) == expected, "\(label)")
            #expect(throws: InputErrors.self, "\(label)") { try SiteBuilder(options: site.options).build() }
            #expect(!FileManager.default.fileExists(atPath: site.output), "\(label)")
        }

        @Test func linksInsideTheContentFolderAreFollowed() throws {
            let site = try Self.site([
                "content/p/2024-02-01.md": "../q/2024-01-01.md", "content/r": "p", "content/site.yml": "_shared/site.yml",
            ])
            try site.write("content/q/2024-01-01.md", "---\nsummary: s\n---\n## A\n\nLinked text.\n")
            try site.write("content/_shared/site.yml", "title: Linked Title\n")
            #expect(Self.errors(site).isEmpty)
            let report = try SiteBuilder(options: site.options).build()
            #expect(report.statements == 3 && report.versions == 5)
            let page = try String(contentsOfFile: site.output + "/r/2024-02-01/index.html", encoding: .utf8)
            #expect(page.contains("Linked text.") && page.contains("Linked Title"))
        }

        @Test func specialFilesAndNamesThatAreNotUTF8AreErrorsNamingThem() throws {
            let site = try Self.site([:])
            #expect(mkfifo(site.content + "/p/2024-02-01.md", 0o644) == 0)
            let bad = (Array("\(site.content)/caf".utf8) + [0xE9, 0]).map { CChar(bitPattern: $0) }
            #expect(mkdir(bad, 0o755) == 0)
            #expect(
                Self.errors(site) == [
                    "R/content/caf\u{FFFD}: error: name is not valid UTF-8; rename it",
                    "R/content/p/2024-02-01.md: error: not a regular file or folder (a device, pipe or socket); trustsite reads only files and folders",
                ])
        }

        /// The errors `check` reports, with the temporary folder (as given and as resolved) shown as R.
        static func errors(_ site: TempSite) -> [String] {
            let real = URL(fileURLWithPath: site.root).resolvingSymlinksInPath().path
            return site.check().diagnostics.filter { $0.severity == .error }.map {
                $0.description.replacingOccurrences(of: real, with: "R").replacingOccurrences(of: site.root, with: "R")
            }
        }
    }
}

extension TempSite {
    /// Makes a symbolic link at `path` (under the root) whose text is `target`, creating folders.
    func link(_ path: String, to target: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: parentFolder(full), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
    }

    /// The folder that holds `path`.
    func parentFolder(_ path: String) -> String { String(path[..<path.lastIndex(of: "/")!]) }
}
