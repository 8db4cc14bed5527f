import Mustache
import TrustsiteModel

/// `changes`: a version against the one before it, or (compare) a version against the current one.
package struct ChangesPageContext: PageContext {
    package var layout: LayoutContext
    /// The statement's title.
    package var title: String
    package var isCompare: Bool
    /// An upcoming version compared with the current one.
    package var isUpcoming: Bool
    /// Only the next version's changes are what happens on its date; a later one takes effect after others.
    package var isNext: Bool
    /// A changes page of a version not yet in force says when it takes effect, as its own page does.
    package var takesEffect: Day?
    package var old: VersionRef
    package var new: VersionRef
    package var summaryHTML: String?
    package var historyHref: String
    package var focusHref: String
    package var counts: [ChangeCount]
    package var changed: [ChangeListItem]
    package var entriesHTML: String
    package var unchangedCount: Int
    package var nothingChanged: Bool

    package func field(_ name: String) -> Any? {
        switch name {
        case "title": return title
        case "isCompare": return isCompare
        case "isChanges": return !isCompare
        case "isUpcoming": return isUpcoming
        case "isNext": return isNext
        case "takesEffect": return takesEffect.map { DayFields(prefix: "effective", day: $0) }
        case "old": return old
        case "new": return new
        case "summaryHTML": return summaryHTML
        case "historyHref": return historyHref
        case "focusHref": return focusHref
        case "counts": return counts
        case "changed": return changed
        case "entriesHTML": return entriesHTML
        case "unchangedCount": return unchangedCount == 0 ? nil : unchangedCount
        case "nothingChanged": return nothingChanged
        default: return nil
        }
    }
}

/// One side of a redline: a version's link and date (and, for the newer side, its effective date).
package struct VersionRef: MustacheParent {
    package var href: String
    package var date: Day
    package var effective: Day?

    package func child(named name: String) -> Any? {
        name == "href" ? href : date.field(name, "date") ?? effective?.field(name, "effective")
    }
}

/// How many sections changed in one way.
package struct ChangeCount: MustacheParent {
    package var kind: ChangeKind
    package var count: Int

    package func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind.rawValue
        case "label": return kind.label
        case "count": return count
        default: return nil
        }
    }
}

/// The change list's line for a changed section.
package struct ChangeListItem: MustacheParent {
    package var lineage: String
    package var kind: ChangeKind
    package var title: String
    /// The title it had, when it was renamed.
    package var oldTitle: String?
    package var notes: [String]

    package func child(named name: String) -> Any? {
        switch name {
        case "anchor": return "change-" + lineage
        case "kind": return kind.rawValue
        case "label": return kind.label
        case "title": return title
        // Always there, if false or empty: a field missing from a list item makes Mustache search every enclosing context.
        case "oldTitle": return oldTitle ?? false
        case "notes": return notes
        default: return nil
        }
    }
}

/// One section's entry on a redline page (`partials/redline-entry`).
package struct RedlineEntryContext: MustacheParent {
    package var lineage: String
    package var kind: ChangeKind
    package var title: String
    package var oldTitle: String?
    package var notes: [String]
    package var levelNote: String?
    package var historyHref: String
    package var redlineHTML: String

    package func child(named name: String) -> Any? {
        switch name {
        case "anchor": return "change-" + lineage
        case "kind": return kind.rawValue
        case "label": return kind.label
        case "title": return title
        case "oldTitle": return oldTitle
        case "notes": return notes
        case "levelNote": return levelNote
        case "isUnchanged": return kind == .unchanged
        case "redlineHTML": return redlineHTML
        case "historyHref": return historyHref
        default: return nil
        }
    }
}
