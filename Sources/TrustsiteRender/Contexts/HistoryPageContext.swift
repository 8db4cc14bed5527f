import Mustache
import TrustsiteModel

/// `history`: every version of a statement, newest first, with the heat map of its changes.
package struct HistoryPageContext: PageContext {
    package var layout: LayoutContext
    /// The statement's title.
    package var title: String
    package var currentHref: String
    package var versions: [HistoryVersion]
    package var heatmapHTML: String

    package func field(_ name: String) -> Any? {
        switch name {
        case "title": return title
        case "currentHref": return currentHref
        case "versions": return versions
        case "heatmapHTML": return heatmapHTML
        default: return nil
        }
    }
}

/// A version in the history list.
package struct HistoryVersion: MustacheParent {
    package var date: Day
    package var updated: Day
    package var effective: Day
    package var href: String
    package var changesHref: String?
    package var compareHref: String?
    package var isCurrent: Bool
    package var isUpcoming: Bool
    /// A draft (only in builds with drafts).
    package var isDraft: Bool
    package var summaryHTML: String?
    package var changed: [HistoryChange]

    package func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "changesHref": return changesHref
        case "compareHref": return compareHref
        case "isCurrent": return isCurrent
        case "isUpcoming": return isUpcoming
        case "isDraft": return isDraft
        case "effectiveDiffers": return effective != updated
        case "summaryHTML": return summaryHTML
        case "changed": return changed
        default: return date.field(name, "date") ?? updated.field(name, "updated") ?? effective.field(name, "effective")
        }
    }
}

/// A section a version changed, linking to its redline.
package struct HistoryChange: MustacheParent {
    package var kind: String
    package var label: String
    package var title: String
    package var href: String

    package func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind
        case "label": return label
        case "title": return title
        case "href": return href
        default: return nil
        }
    }
}
