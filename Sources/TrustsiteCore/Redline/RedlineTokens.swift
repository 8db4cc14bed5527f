/// An element that encloses redline content: a block container (list, item, quote, table part) or an inline
/// (emphasis, link, code, table cell). `instance` tells two elements with the same tags apart.
struct Enclosure: Hashable {
    var open: String
    var close: String
    var instance: Int
    /// What compares across versions (the tag before page-specific link rewriting).
    var signature: String

    init(open: String, close: String, instance: Int, signature: String? = nil) {
        self.open = open
        self.close = close
        self.instance = instance
        self.signature = signature ?? open
    }
}

/// A piece of inline content: a word, a space or punctuation, or a text-free atom (line break, image, raw HTML).
struct Token {
    /// What is printed, already escaped.
    var html: String
    /// Visible characters for the clean-up's weighting (0 for spaces, punctuation and atoms).
    var weight: Int
    /// The inline elements around it, outermost first.
    var inlines: [Enclosure]
    /// Compared across versions: the text and the tags around it (not their instances).
    var key: String
}

/// A leaf block of a section, the unit of block alignment: a paragraph, a heading, a code block, a table row…
struct Leaf {
    /// The block containers around it, outermost first.
    var containers: [Enclosure]
    /// Its own opening and closing markup (`<p>`/`</p>`, `<tr>`/`</tr>`; empty for a tight list paragraph).
    var open: String
    var close: String
    /// Its inline content.
    var tokens: [Token]
    /// Compared across versions to find unchanged leaves.
    var key: String
}
