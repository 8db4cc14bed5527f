import Foundation
import TrustsiteModel

/// `/statements.json` and `/<slug>/versions.json`: every version and section for scripts, a stable interface.
package struct DataFiles {
    package let site: SiteModel
    package let changes: [StatementChanges]

    package struct StatementsFile: Encodable {
        package var statements: [StatementEntry]
    }

    package struct StatementEntry: Encodable {
        package var slug, title, description, url, versions_url, feed_url, current, updated, effective: String
        package var latest: String
        package var order: Int?

        package enum CodingKeys: String, CodingKey {
            case slug, title, description, url, versions_url, feed_url, current, updated, effective, latest, order
        }

        /// Every documented key, `order` as null when statement.yml sets none (synthesised coding would leave it out).
        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            for (key, value) in [
                (CodingKeys.slug, slug), (.title, title), (.description, description), (.url, url), (.versions_url, versions_url),
                (.feed_url, feed_url), (.current, current), (.updated, updated), (.effective, effective), (.latest, latest),
            ] { try c.encode(value, forKey: key) }
            try c.encode(order, forKey: .order)
        }
    }

    package struct VersionsFile: Encodable {
        package var slug, title, url: String
        package var current: String
        package var versions: [VersionEntry]
    }

    package struct VersionEntry: Encodable {
        package var date, updated, effective, url, changes_url, sha256: String
        package var summary: String?
        package var title: String
        package var sections: [SectionEntry]
        /// The notice fields (`VersionNotice`), encoded beside the others.
        package var notice: VersionNotice

        package enum CodingKeys: String, CodingKey {
            case date, updated, effective, url, changes_url, sha256, summary, title, sections
        }

        /// The fields as before, `summary` left out when unset, then the notice fields.
        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            for (key, value) in [
                (CodingKeys.date, date), (.updated, updated), (.effective, effective), (.url, url), (.changes_url, changes_url),
                (.sha256, sha256), (.title, title),
            ] { try c.encode(value, forKey: key) }
            try c.encodeIfPresent(summary, forKey: .summary)
            try c.encode(sections, forKey: .sections)
            try notice.encode(to: encoder)
        }
    }

    package struct SectionEntry: Encodable {
        package var id, title, lineage, last_changed: String
        package var level: Int
        package var aliases: [String]
    }

    /// `/statements.json` (the `versions.json` files are statement pages: `versionsPage`).
    package func statementsPage(_ digests: [StatementDigest]) -> OutputFile {
        let entries = digests.map { d in
            StatementEntry(
                slug: d.slug, title: d.title, description: d.description,
                url: url(SitePaths.statement(d.slug)), versions_url: url(SitePaths.versionsJSON(d.slug)),
                feed_url: url(SitePaths.feed(d.slug)), current: d.date(d.currentIndex).description,
                updated: d.current.updated.description, effective: d.current.effective.description,
                latest: d.latestDate.description, order: d.order)
        }
        return OutputFile("statements.json", bytes: encode(StatementsFile(statements: entries)))
    }

    /// `/<slug>/versions.json` for statement `s`.
    package func versionsPage(_ s: Int) -> OutputFile {
        OutputFile(SitePaths.versionsJSON(site.statements[s].slug), bytes: encode(versions(site.statements[s], changes[s])))
    }

    package func versions(_ statement: Statement, _ changes: StatementChanges) -> VersionsFile {
        let periods = statement.inForcePeriods(asOf: site.asOf)
        let versions = statement.versions.enumerated().map { i, v in
            VersionEntry(
                date: v.date.description, updated: v.updated.description, effective: v.effective.description,
                url: url(SitePaths.version(statement.slug, v.date)),
                changes_url: i == 0 ? "" : url(SitePaths.changes(statement.slug, v.date)),
                sha256: v.source.sha256, summary: v.summary, title: v.title,
                sections: v.document.sections.enumerated().map { s, section in
                    SectionEntry(
                        id: section.id, title: section.title, lineage: changes.history.lineage[i][s],
                        last_changed: statement.versions[changes.timeline.lastChanged[i][s]].date.description,
                        level: section.level, aliases: changes.timeline.aliases[i][s])
                }, notice: VersionNotice(v, periods[i]))
        }
        return VersionsFile(
            slug: statement.slug, title: statement.title, url: url(SitePaths.statement(statement.slug)),
            current: statement.current.date.description, versions: versions)
    }

    package func url(_ path: String) -> String { SitePaths.publicURL(path, base: site.config.baseURL) }

    package func encode<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(((try? encoder.encode(value)) ?? Data("{}".utf8))) + [10]
    }
}
