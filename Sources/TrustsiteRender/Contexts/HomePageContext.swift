import Mustache
import TrustsiteModel

/// `home`: the statements, and the newest changes across them.
package struct HomePageContext: PageContext {
    package var layout: LayoutContext
    package var statements: [StatementCard]
    package var recent: [RecentChange]

    package func field(_ name: String) -> Any? {
        switch name {
        case "statements": return statements
        case "recent": return recent
        default: return nil
        }
    }
}

/// A statement's card on the home page.
package struct StatementCard: MustacheParent {
    package var title: String
    package var description: String?
    package var href: String
    package var historyHref: String
    package var versionCount: Int
    package var summaryHTML: String?
    package var updated: Day
    /// Only when it differs from `updated`.
    package var effective: Day?
    /// The version that takes effect next.
    package var upcoming: UpcomingLink?

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "href": return href
        case "historyHref": return historyHref
        case "versionCount": return versionCount
        case "summaryHTML": return summaryHTML
        case "upcoming": return upcoming
        default: return updated.field(name, "updated") ?? effective?.field(name, "effective")
        }
    }
}

/// A version in the home page's recent changes.
package struct RecentChange: MustacheParent {
    package var statementTitle: String
    package var date: Day
    package var href: String
    package var summaryHTML: String?
    /// When it takes effect, for a version not yet in force.
    package var upcoming: Day?
    /// A draft (only in builds with drafts).
    package var isDraft: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "statementTitle": return statementTitle
        case "href": return href
        case "summaryHTML": return summaryHTML
        case "upcoming": return upcoming.map { DayFields(prefix: "effective", day: $0) }
        case "isDraft": return isDraft
        default: return date.field(name, "date")
        }
    }
}
