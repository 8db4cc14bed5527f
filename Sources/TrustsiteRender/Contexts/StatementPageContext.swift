import Mustache
import TrustsiteModel

/// `statement`: a version of a statement, at its permanent URL or as the statement's current page.
package struct StatementPageContext: PageContext {
    package var layout: LayoutContext
    package var title: String
    package var titleID: String?
    package var updated: Day
    package var effective: Day
    package var historyHref: String
    package var banner: Banner?
    package var upcoming: UpcomingLink?
    package var toc: [TOCEntry]
    package var bodyHTML: String
    /// Sections changed in this version (0 for the first).
    package var changedCount: Int
    package var versionLinks: [LinkField]
    package var versions: [VersionPickerEntry]
    package var versionCount: Int
    /// When this version is in force.
    package var inForce: InForceLine?
    /// What Pagefind reads, on a page the search index holds (`StatementPages.searchFields`).
    package var pagefind: SearchMarks? = nil

    package func field(_ name: String) -> Any? {
        switch name {
        case "title": return title
        case "titleID": return titleID
        case "historyHref": return historyHref
        case "effectiveDiffers": return effective != updated
        case "banner": return banner
        case "upcoming": return upcoming
        case "toc": return toc
        case "bodyHTML": return bodyHTML
        case "changedCount": return changedCount
        case "versionLinks": return versionLinks
        case "versions": return versions
        case "versionCount": return versionCount
        case "inForce": return inForce
        case "pagefind": return pagefind
        default: return updated.field(name, "updated") ?? effective.field(name, "effective")
        }
    }
}

/// The note above a version that is not the one in force, or not at the statement's address.
package struct Banner: MustacheParent {
    /// `upcoming`, `archived` or `permalink`.
    package var kind: String
    package var text: String
    package var href: String
    package var linkText: String

    package func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind
        case "text": return text
        case "href": return href
        case "linkText": return linkText
        default: return nil
        }
    }
}

/// The version that takes effect next, and when.
package struct UpcomingLink: MustacheParent {
    package var href: String
    package var effective: Day
    /// Its class of change, when its front matter sets one.
    package var change: ChangeClass? = nil

    package func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        // "A material change", or "A new version" when the class is not set.
        case "lead": return change?.sentenceLead ?? "A new version"
        default: return effective.field(name, "effective")
        }
    }
}

/// An entry of the version picker: a version, or a gap where versions are left out (the history lists them).
package enum VersionPickerEntry: MustacheParent {
    case gap
    case version(PickedVersion)

    package func child(named name: String) -> Any? {
        switch self {
        case .gap: return name == "isGap" ? true : nil
        case .version(let version): return name == "isGap" ? false : version.child(named: name)
        }
    }

    /// The version's index, nil for a gap.
    package var index: Int? {
        if case .version(let version) = self { return version.index }
        return nil
    }
}

/// A version in the picker.
package struct PickedVersion: MustacheParent {
    package var index: Int
    package var date: Day
    package var href: String
    /// Its comparison with the current version (nil for the current one).
    package var compareHref: String?
    package var isShown: Bool
    package var isCurrent: Bool
    package var isUpcoming: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "index": return index
        case "href": return href
        case "compareHref": return compareHref
        case "isShown": return isShown
        case "isCurrent": return isCurrent
        case "isUpcoming": return isUpcoming
        default: return date.field(name, "date")
        }
    }
}
