import Foundation

/// `trustsite show <slug> --on D`: the version of a statement in force on a date, found by the rule of
/// `InForcePeriod` from the content folder's front matter alone (no Markdown is parsed).
public enum PointInTime {
    /// The version in force on a date.
    public struct Answer: Sendable, Equatable, Encodable {
        /// The statement.
        public var slug: String
        /// The date asked about.
        public var on: Day
        /// The version's date (its file name and URL segment).
        public var date: Day
        /// Its file, as the content folder was given.
        public var file: String
        /// Its public URL (root-relative without `base_url`).
        public var url: String
        /// When it takes effect.
        public var effective: Day
        /// When it was announced.
        public var announced: Day
        /// Its class of change, when set.
        public var change: ChangeClass?
        /// The first day it is in force.
        public var in_force_from: Day
        /// The next version's effective date, when one is scheduled.
        public var in_force_until: Day?

        /// Every key, null when unset.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(slug, forKey: .slug)
            try c.encode(on, forKey: .on)
            try c.encode(date, forKey: .date)
            try c.encode(file, forKey: .file)
            try c.encode(url, forKey: .url)
            try c.encode(effective, forKey: .effective)
            try c.encode(announced, forKey: .announced)
            try c.encode(change, forKey: .change)
            try c.encode(in_force_from, forKey: .in_force_from)
            try c.encode(in_force_until, forKey: .in_force_until)
        }

        private enum CodingKeys: String, CodingKey {
            case slug, on, date, file, url, effective, announced, change, in_force_from, in_force_until
        }

        /// The answer for people: the version, then its file and URL.
        public var text: String {
            let period = "in force from \(in_force_from)" + (in_force_until.map { " until \($0)" } ?? "")
            return "\(slug) on \(on): the version of \(date) (\(period))\nfile: \(file)\nurl: \(url)\n"
        }

        /// The answer as one JSON object for scripts.
        public var json: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return ((try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
        }
    }

    /// What the lookup found.
    public enum Outcome: Sendable, Equatable {
        /// A version is in force on the date.
        case inForce(Answer)
        /// The date is before the first version takes effect (`first`).
        case beforeFirst(first: Day)
    }

    /// The version of `slug` in force on `day`; throws `InputErrors` for broken content or an unknown slug (naming the
    /// closest known one).
    public static func lookup(content: String, slug: String, on day: Day, io: FileIO = .disk) throws -> Outcome {
        var diagnostics = Diagnostics()
        let source = ContentLoader(io: io).load(content, into: &diagnostics)
        let errors = diagnostics.sorted.filter { $0.severity == .error }
        guard let statement = source.statements.first(where: { $0.slug == slug }) else {
            let known = source.statements.map(\.slug)
            let hint = Suggestion.didYouMean(slug, among: known)
            let message =
                "no statement '\(slug)'" + (hint.isEmpty ? "" : hint)
                + (known.isEmpty ? "" : "; statements: \(known.joined(separator: ", "))")
            throw InputErrors(diagnostics: errors + [Diagnostic(.error, SourceLocation(path: joinPath(content, slug)), message)])
        }
        if !errors.isEmpty { throw InputErrors(diagnostics: errors) }
        let effective = statement.versions.map(\.effective)
        guard let i = InForcePeriod.index(on: day, effective: effective) else { return .beforeFirst(first: effective.min()!) }
        let version = statement.versions[i], period = InForcePeriod.periods(effective: effective, asOf: day)[i]
        return .inForce(
            Answer(
                slug: slug, on: day, date: version.date, file: version.path,
                url: SitePaths.publicURL(SitePaths.version(slug, version.date), base: source.site.baseURL), effective: version.effective,
                announced: version.announced, change: version.change, in_force_from: period.from ?? version.effective,
                in_force_until: period.until))
    }
}
