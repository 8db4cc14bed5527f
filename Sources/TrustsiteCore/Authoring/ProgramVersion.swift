import CCmark

/// What `trustsite --version` prints: trustsite's own version and the libcmark it parses Markdown with (a shared
/// library, so an upgrade of the system's package changes it without trustsite changing).
public enum ProgramVersion {
    /// trustsite's version.
    public static let trustsite = "0.1.0"

    /// The version of the libcmark loaded, as it reports itself.
    public static var libcmark: String { String(cString: cmark_version_string()) }

    /// The line `--version` prints, e.g. `trustsite 0.1.0 (libcmark 0.30.2)`.
    public static var description: String { "trustsite \(trustsite) (libcmark \(libcmark))" }
}
