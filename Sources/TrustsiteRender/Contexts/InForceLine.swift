import Mustache
import TrustsiteModel

/// A version's in-force period in words: "In force from A until B", "In force since A", "Takes effect on A",
/// "Not yet in force: takes effect on A" or "Never in force".
package struct InForceLine: MustacheParent {
    /// The words before the first date.
    package var lead: String
    package var from: Day?
    package var until: Day?
    /// The point-in-time page, which the line links to.
    package var atHref: String

    /// The line of `period`.
    package init(_ period: InForcePeriod, atHref: String) {
        self.atHref = atHref
        (from, until) = (period.from, nil)
        switch period.status {
        case .past: (lead, until) = ("In force from", period.until)
        case .current: lead = "In force since"
        case .upcoming: lead = "Takes effect on"
        case .notYetInForce: lead = "Not yet in force: takes effect on"
        case .never: lead = "Never in force: a later version took effect first"
        }
    }

    package func child(named name: String) -> Any? {
        switch name {
        case "lead": return lead
        case "atHref": return atHref
        case "hasFrom": return from != nil
        case "hasUntil": return until != nil
        default: return from?.field(name, "from") ?? until?.field(name, "until")
        }
    }
}

extension ChangeClass {
    /// The class as the subject of a sentence: "A material change", "An editorial change".
    package var sentenceLead: String { self == .editorial ? "An editorial change" : "A \(rawValue) change" }
}
