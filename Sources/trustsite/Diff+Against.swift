import Foundation
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

extension Diff {
    /// The site's changes page of `slug`'s version of `date`, when the site has a base URL.
    static func changesURL(_ site: SiteConfig, _ slug: String, _ date: Day) -> String? {
        site.baseURL.isEmpty ? nil : SitePaths.publicURL(SitePaths.changes(slug, date), base: site.baseURL)
    }

    /// Every version changed since `revision`, statement by statement and oldest first, each against what it
    /// replaces: its own text at `revision` when it was there (an edited version), else the version before it as it
    /// was at `revision` (a new version), else nothing (a new statement's first version: every section added).
    func changed(since revision: String) throws -> [DiffReport] {
        let git = GitChanges(content: content, revision: revision)
        let files = try git.files()
        var reports: [DiffReport] = []
        for slug in Set(files.map(\.slug)).sorted() {
            let mine = files.filter { $0.slug == slug }
            for gone in mine where gone.status == .deleted {
                Terminal.warning("\(gone.path) is deleted: a published version's permanent page would go with it")
            }
            guard mine.contains(where: { $0.status != .deleted }) else { continue }
            let (site, versions) = try StatementVersions.statement(content: content, slug: slug)
            for file in mine where file.status != .deleted {
                // A version the model leaves out (a draft, for one) is not in the list.
                guard let i = versions.firstIndex(where: { $0.date == file.date }) else { continue }
                let before: Version
                if file.status == .modified, let bytes = try git.contents(file.path) {
                    before = try StandaloneVersion.load(bytes: bytes, path: "\(revision):\(file.path)")
                } else if i > 0 {
                    let previous = versions[i - 1]
                    let path = previous.source.path
                    before = try git.contents(path).map { try StandaloneVersion.load(bytes: $0, path: "\(revision):\(path)") } ?? previous
                } else {
                    before = try StandaloneVersion.load(bytes: [], path: "(none)")
                }
                var report = DiffReport(statement: slug, old: before, new: versions[i])
                report.changesURL = Self.changesURL(site, slug, file.date)
                reports.append(report)
            }
        }
        return reports
    }
}
