import TrustsiteModel

/// What changed in the front matter between two versions (`title`, `updated`, `effective`, `summary` as written), for
/// `trustsite diff`: moving an effective date is a material change even when no section changed.
public struct FrontMatterDiff: Sendable, Equatable {
    /// One key whose value changed; a key not written reads "(not set)".
    public struct Change: Sendable, Equatable {
        /// The front matter key.
        public var key: String
        /// The older version's value.
        public var old: String
        /// The newer version's value.
        public var new: String
        /// The older version's value as written, nil where the key is not.
        public var oldValue: String?
        /// The newer version's value as written.
        public var newValue: String?
    }

    /// The changed keys, in front matter order.
    public var changes: [Change]

    /// Compares the front matter of `old` and `new`.
    public init(old: Version, new: Version) {
        let (a, b) = (old.source.frontMatter, new.source.frontMatter)
        let pairs: [(String, String?, String?)] = [
            ("title", a.title, b.title), ("updated", a.updated?.description, b.updated?.description),
            ("effective", a.effective?.description, b.effective?.description), ("summary", a.summary, b.summary),
        ]
        changes = pairs.compactMap { key, x, y in
            x == y ? nil : Change(key: key, old: Self.shown(x), new: Self.shown(y), oldValue: x, newValue: y)
        }
    }

    /// Whether no key changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// A value on one line, quoted unless a date; "(not set)" when missing.
    package static func shown(_ value: String?) -> String {
        guard let value else { return "(not set)" }
        if Day(value) != nil { return value }
        return "“" + value.split(whereSeparator: \.isNewline).joined(separator: " ") + "”"
    }
}
