import TrustsiteModel

/// The in-force period of each version page, and the banner of the statement's page while no version is in force yet.
extension StatementPages {
    /// Version `index`'s in-force line, linking to the point-in-time page.
    package func inForceLine(_ index: Int, from path: String) -> InForceLine {
        InForceLine(
            statement.inForcePeriods(asOf: site.asOf)[index], atHref: SitePaths.link(from: path, to: SitePaths.pointInTime(slug)))
    }

    /// The banner of the first version while the as-of date is before its effective date: shown as the statement's page,
    /// it is not yet in force (nor is any other version).
    package func notYetInForceBanner(_ index: Int, from path: String) -> Banner? {
        guard index == statement.currentIndex, !statement.hasVersionInForce(asOf: site.asOf) else { return nil }
        return Banner(
            kind: "upcoming", text: "No version is in force yet: this one takes effect on \(statement.versions[index].effective.longForm).",
            href: SitePaths.link(from: path, to: SitePaths.pointInTime(slug)), linkText: "When each version is in force")
    }
}

extension StatementPages {
    /// Whether version `i` is the one in force (badged "Current"): none is before the first effective date.
    package func isInForce(_ i: Int) -> Bool { i == statement.currentIndex && statement.hasVersionInForce(asOf: site.asOf) }

    /// Whether version `i` is still to take effect (badged "Upcoming"), the first one included while none is in force.
    package func isScheduled(_ i: Int) -> Bool { statement.isUpcoming(i) || !statement.hasVersionInForce(asOf: site.asOf) }
}

extension StatementPages {
    /// The statement's feeds for its pages' `<link rel="alternate">`: its changes, and its material changes once it
    /// classifies its changes (`Statement.classifiesChanges`).
    package var feeds: [(String, String)] {
        [("\(statement.title): changes", SitePaths.feed(slug))]
            + (statement.classifiesChanges ? [("\(statement.title): material changes", SitePaths.materialFeed(slug))] : [])
    }
}
