import Mustache
import TrustsiteModel

// Contexts answer templates by name (`MustacheParent`) rather than being dictionaries: the fields are typed and
// checked where they are made, and Mustache needs neither a dictionary per page nor a reflection (Mirror) per lookup.
// Fields ending in `HTML` hold markup built by `HTMLRenderer` and are the only ones templates print raw (`{{{…}}}`);
// everything else is escaped by Mustache. A field a context does not have is nil, so Mustache looks for it in the
// enclosing contexts, as it would for a key missing from a dictionary.

/// A page's fields for its template: the page's own first, then its layout's, as Mustache inheritance needs.
package protocol PageContext: MustacheParent {
    /// The fields the layout reads.
    var layout: LayoutContext { get }
    /// The page's own field `name`, or nil when it has none.
    func field(_ name: String) -> Any?
}

extension PageContext {
    package func child(named name: String) -> Any? { field(name) ?? layout.child(named: name) }
}

extension Day {
    /// The template field `name` of this day when it is `prefix` (the ISO date) or `prefix` + `Long` (in words).
    package func field(_ name: String, _ prefix: String) -> String? {
        guard name.hasPrefix(prefix) else { return nil }
        if name.utf8.count == prefix.utf8.count { return description }
        return name.utf8.count == prefix.utf8.count + 4 && name.hasSuffix("Long") ? longForm : nil
    }
}

/// A link and its text.
package struct LinkField: MustacheParent {
    package var href: String
    package var label: String

    package func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "label": return label
        default: return nil
        }
    }
}

/// A day's two fields under one name: `prefix` (the ISO date) and `prefix` + `Long` (in words).
package struct DayFields: MustacheParent {
    package var prefix: String
    package var day: Day

    package func child(named name: String) -> Any? { day.field(name, prefix) }
}
