import TrustsiteModel

extension DataFiles {
    /// A version's notice fields in `versions.json`: `change` (null when unset), `announced`, and its in-force period
    /// (`in_force_from`: null when it is never in force; `in_force_until`: null while in force or upcoming).
    package struct VersionNotice: Encodable {
        package var change: ChangeClass?
        package var announced: Day
        package var in_force_from: Day?
        package var in_force_until: Day?

        package enum CodingKeys: String, CodingKey { case change, announced, in_force_from, in_force_until }

        /// The notice fields of `version`, whose in-force period is `period`.
        package init(_ version: Version, _ period: InForcePeriod) {
            (change, announced, in_force_from, in_force_until) = (version.change, version.announced, period.from, period.endedOn)
        }

        /// Every key, null when unset.
        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change, forKey: .change)
            try c.encode(announced, forKey: .announced)
            try c.encode(in_force_from, forKey: .in_force_from)
            try c.encode(in_force_until, forKey: .in_force_until)
        }
    }
}
