import Mustache
import TrustsiteModel

/// `at`: which version of a statement is in force on a date, as the list of every in-force period.
package struct PointInTimePageContext: PageContext {
    package var layout: LayoutContext
    /// The statement's title.
    package var title: String
    package var currentHref: String
    package var historyHref: String
    /// The first day any version is in force (nil when none ever is).
    package var first: Day?
    /// Every version, oldest first.
    package var periods: [PointInTimeEntry]

    package func field(_ name: String) -> Any? {
        switch name {
        case "title": return title
        case "currentHref": return currentHref
        case "historyHref": return historyHref
        case "hasFirst": return first != nil
        case "periods": return periods
        default: return first?.field(name, "first")
        }
    }
}

/// One version on the point-in-time page: its in-force period and links to it and to what changed in it.
package struct PointInTimeEntry: MustacheParent {
    package var date: Day
    package var period: InForceLine
    package var href: String
    /// Its changes page (nil for the first version).
    package var redlineHref: String?
    package var isCurrent: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "redlineHref": return redlineHref
        case "isCurrent": return isCurrent
        case "period": return period
        // The period's bounds as the script reads them (empty when open).
        case "fromISO": return period.from?.description ?? ""
        case "untilISO": return period.until?.description ?? ""
        default: return date.field(name, "date")
        }
    }
}
