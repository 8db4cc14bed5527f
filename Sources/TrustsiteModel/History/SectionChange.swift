/// How a section changed between two versions (the `data-change` values of the markup contract).
public enum ChangeKind: String, Sendable, CaseIterable {
    case added, removed, modified, renamed, moved, renumbered, unchanged
}

/// One section's fate between an older and a newer version.
public struct SectionChange: Sendable, Hashable {
    /// Index in the older version's sections, nil when added.
    public var old: Int?
    /// Index in the newer version's sections, nil when removed.
    public var new: Int?
    /// The logical section's key, the same in every version.
    public var lineage: String
    /// The heading text changed (beyond its number).
    public var renamed = false
    /// Only the heading's number or letter prefix changed ("3. Rights" → "4. Rights").
    public var renumbered = false
    /// The body (or heading) text changed.
    public var modified = false
    /// The body text changed, not only the heading.
    public var textChanged = false
    /// Its order among the matched sections changed.
    public var moved = false
    /// Only the heading level changed (not a rewrite).
    public var levelChanged = false
    /// The old section split in two that this section is a part of (`SectionSplit`), found after lineage.
    public var split: SectionSplit?

    /// What else happened to it besides `kind`, for the label beside it: a renamed section's body changing, a move.
    public var alsoNotes: [String] {
        var notes: [String] = []
        if kind == .renamed && textChanged { notes.append("text changed") }
        if renumbered && kind != .renumbered { notes.append("renumbered") }
        if moved && kind != .moved { notes.append("moved") }
        return notes
    }

    /// `alsoNotes` and, for a part of a split section, "split into “A” and “B”"; `old` and `new` are the two versions'
    /// sections.
    public func notes(old: [Section], new: [Section]) -> [String] {
        alsoNotes + (split.map { [$0.note(old: old, new: new, part: self.new)] } ?? [])
    }

    /// The one kind shown: added/removed, else renamed > modified > moved > renumbered > unchanged.
    public var kind: ChangeKind {
        if old == nil { return .added }
        if new == nil { return .removed }
        if renamed { return .renamed }
        if modified { return .modified }
        if moved { return .moved }
        if renumbered { return .renumbered }
        return .unchanged
    }

    /// Whether readers are told of it as a change: anything but unchanged and a mere renumbering.
    public var isChange: Bool { kind != .unchanged && kind != .renumbered }
}

/// All section changes between two versions, in reading order (new order, removed sections where they stood).
public struct VersionDiff: Sendable {
    /// The changes in reading order.
    public var changes: [SectionChange]

    /// How many sections changed in each way.
    public func count(_ kind: ChangeKind) -> Int { changes.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// Whether anything at all changed.
    public var isEmpty: Bool { changes.allSatisfy { $0.kind == .unchanged } }
}

extension SectionChange {
    /// The section before the change (in `old`) and after it (in `new`): nil where it was added or removed.
    package func sections(old: Version?, new: Version) -> (old: Section?, new: Section?) {
        (self.old.flatMap { i in old.map { $0.document.sections[i] } }, self.new.map { new.document.sections[$0] })
    }

    /// The section as it is after the change, or as it was before when it was removed.
    package func section(old: Version?, new: Version) -> Section? {
        let (before, after) = sections(old: old, new: new)
        return after ?? before
    }
}
