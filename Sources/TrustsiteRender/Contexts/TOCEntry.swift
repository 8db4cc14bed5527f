import Mustache

/// One entry of the "On this page" list, nested by heading level.
package struct TOCEntry {
    package var id: String
    package var title: String
    /// The section changed in the version shown.
    package var changed: Bool
    package var children: [TOCEntry]
}

extension TOCEntry: MustacheParent {
    package func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "changed": return changed
        case "children": return children
        default: return nil
        }
    }
}
