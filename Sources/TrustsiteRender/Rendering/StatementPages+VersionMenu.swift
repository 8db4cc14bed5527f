import TrustsiteModel

extension StatementPages {
    /// The version picker, newest first (empty when there is only one version): the shown version and its neighbours,
    /// the current and the newest, at most `pickerSize` in all, each linking to its page and its comparison with the
    /// current one; a gap marks versions left out, which the history page lists. A window, so that a statement's
    /// pages grow linearly with its versions rather than each listing all of them.
    package func versionList(_ index: Int, from path: String) -> [VersionPickerEntry] {
        let all = statement.versions.indices
        guard all.count > 1 else { return [] }
        var chosen: Set<Int> = [index, statement.currentIndex, all.last!]
        var step = 1
        while chosen.count < min(Self.pickerSize, all.count) {
            for i in [index + step, index - step] where all.contains(i) && chosen.count < Self.pickerSize { chosen.insert(i) }
            step += 1
        }
        var entries: [VersionPickerEntry] = []
        for i in chosen.sorted(by: >) {
            if let last = entries.last?.index, last - 1 != i { entries.append(.gap) }
            let date = statement.versions[i].date
            entries.append(
                .version(
                    PickedVersion(
                        index: i, date: date, href: SitePaths.link(from: path, to: SitePaths.version(slug, date)),
                        compareHref: i != statement.currentIndex ? SitePaths.link(from: path, to: SitePaths.compare(slug, date)) : nil,
                        isShown: i == index, isCurrent: i == statement.currentIndex, isUpcoming: statement.isUpcoming(i))))
        }
        if let oldest = entries.last?.index, oldest > 0 { entries.append(.gap) }
        return entries
    }

    /// The most versions the picker lists.
    package static let pickerSize = 9

    package func versionLinks(_ index: Int, from path: String, isCurrentURL: Bool) -> [LinkField] {
        var links: [LinkField] = []
        if index > 0 {
            let previous = statement.versions[index - 1]
            links.append(
                LinkField(
                    href: SitePaths.link(from: path, to: SitePaths.version(slug, previous.date)),
                    label: "Previous version (\(previous.date.longForm))"))
        }
        if index + 1 < statement.versions.count {
            let next = statement.versions[index + 1]
            links.append(
                LinkField(
                    href: SitePaths.link(from: path, to: SitePaths.version(slug, next.date)), label: "Next version (\(next.date.longForm))")
            )
        }
        if index > 0 {
            links.append(
                LinkField(
                    href: SitePaths.link(from: path, to: SitePaths.changes(slug, statement.versions[index].date)),
                    label: "What changed in this version"))
        }
        if index != statement.currentIndex {
            links.append(
                LinkField(
                    href: SitePaths.link(from: path, to: SitePaths.compare(slug, statement.versions[index].date)),
                    label: "Compare with the current version"))
        }
        if isCurrentURL {
            links.append(
                LinkField(
                    href: SitePaths.link(from: path, to: SitePaths.version(slug, statement.versions[index].date)),
                    label: "Permanent link to this version"))
        }
        return links
    }
}
