/// Front matter `change`: how much a version changes the statement, for notices and the material-changes feeds.
public enum ChangeClass: String, Sendable, Codable, CaseIterable {
    /// Changes readers' rights or what is done with their data: announced ahead (`notice_days`) and in the material feeds.
    case material
    /// A change of substance too small to announce ahead.
    case minor
    /// Wording, typos, layout: nothing a reader must act on.
    case editorial

    /// The allowed values as the error message lists them: `material, minor or editorial`.
    package static let allowedList = "material, minor or editorial"

    /// A reader's phrase for the class, as in "A material change takes effect on …".
    public var phrase: String { "\(rawValue) change" }
}
