extension SitePaths {
    /// `/<slug>/notices/<date>/`: the email-ready notice of a version (HTML).
    public static func notice(_ slug: String, _ date: Day) -> String { "\(slug)/notices/\(date)/index.html" }
    /// `/<slug>/notices/<date>.txt`: the same notice as plain text.
    public static func noticeText(_ slug: String, _ date: Day) -> String { "\(slug)/notices/\(date).txt" }
}
