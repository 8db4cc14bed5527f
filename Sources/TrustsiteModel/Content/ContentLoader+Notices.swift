extension ContentLoader {
    /// `notice_days` of site.yml or statement.yml: a whole number of days, 0 or more.
    package static func noticeDays(_ fields: YAMLFields, _ diagnostics: inout Diagnostics) -> Int? {
        guard let days = fields.int("notice_days", &diagnostics) else { return nil }
        if days < 0, let node = fields.node("notice_days") {
            diagnostics.error(fields.location(node), "'notice_days' is \(days); it must be 0 or more days, e.g. notice_days: 30")
            return nil
        }
        return days
    }

    /// `source` with site.yml's defaults applied where its statement.yml sets none (`notice_days`).
    package static func applyingDefaults(_ site: SiteConfig, to source: StatementSource) -> StatementSource {
        var source = source
        source.config.noticeDays = source.config.noticeDays ?? site.noticeDays
        return source
    }
}
