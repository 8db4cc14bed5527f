import Mustache
import TrustsiteModel

/// `section`: one logical section's history across renames and moves.
package struct SectionPageContext: PageContext {
    package var layout: LayoutContext
    /// The section's latest title.
    package var title: String
    package var statementTitle: String
    /// The section in the current version, nil when it is not there.
    package var currentHref: String?
    package var historyHref: String
    /// Its headings over time, newest first.
    package var headings: [SectionHeading]
    package var events: [SectionEvent]

    package func field(_ name: String) -> Any? {
        switch name {
        case "title": return title
        case "statementTitle": return statementTitle
        case "currentHref": return currentHref
        case "historyHref": return historyHref
        case "headings": return headings
        case "renamed": return headings.count > 1
        case "events": return events
        default: return nil
        }
    }
}

/// A heading the section had, and since when.
package struct SectionHeading: MustacheParent {
    package var title: String
    package var id: String
    package var since: Day

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "id": return id
        default: return since.field(name, "since")
        }
    }
}

/// A change to the section, with its redline.
package struct SectionEvent: MustacheParent {
    package var date: Day
    package var kind: String
    package var label: String
    package var href: String
    package var versionHref: String
    package var oldTitle: String?
    package var splitNote: String?
    package var redlineHTML: String

    package func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind
        case "label": return label
        case "href": return href
        case "versionHref": return versionHref
        case "oldTitle": return oldTitle
        case "splitNote": return splitNote
        case "redlineHTML": return redlineHTML
        default: return date.field(name, "date")
        }
    }
}
