import Mustache
import TrustsiteModel

extension LayoutContext {
    /// The layout's `search` field: present only when the site is built with search (so a site without has no search
    /// box, script or style), with `archive` when the archive bundle exists.
    package var searchFields: SearchLayoutFields? { site.search ? SearchLayoutFields(archive: site.searchArchive) : nil }
}

/// The layout's `search` field.
package struct SearchLayoutFields: MustacheParent {
    /// The archive bundle exists.
    package var archive: Bool

    package func child(named name: String) -> Any? { name == "archive" ? archive : nil }
}
