/// A position in a source file, 1-based, as compilers print it.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// Path as given to the tool (relative paths stay relative).
    public var path: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column; 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// By path, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:col`, leaving out what is unknown.
    public var description: String {
        guard line > 0 else { return path }
        return column > 0 ? "\(path):\(line):\(column)" : "\(path):\(line)"
    }
}

/// One problem found in the input.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible, Codable {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Comparable, Codable {
        case warning, error
        /// Warnings before errors.
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// The message, without location or severity.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, the one place diagnostics become text.
    public var description: String { "\(location.description): \(severity.rawValue): \(message)" }
}

/// Diagnostics collected by a stage; stages collect, the builder decides when to stop.
public struct Diagnostics: Sendable {
    /// Everything reported so far, in report order.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty collection.
    public init() {}

    /// Reports an error.
    public mutating func error(_ location: SourceLocation, _ message: String) {
        all.append(Diagnostic(.error, location, message))
    }

    /// Reports a warning.
    public mutating func warning(_ location: SourceLocation, _ message: String) {
        all.append(Diagnostic(.warning, location, message))
    }

    /// Adds diagnostics from another stage.
    public mutating func append(contentsOf other: Diagnostics) { all += other.all }

    /// Adds diagnostics found before (those of a statement taken from the build cache).
    package mutating func append(contentsOf found: [Diagnostic]) { all += found }

    /// Whether any error was reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by file, line and column, so output is stable whatever the order of work.
    public var sorted: [Diagnostic] {
        all.sorted { ($0.location, $0.severity.rawValue, $0.message) < ($1.location, $1.severity.rawValue, $1.message) }
    }
}

/// Thrown when a build or check stops because of errors in the input.
public struct InputErrors: Error, CustomStringConvertible {
    /// The diagnostics, errors and warnings, sorted.
    public var diagnostics: [Diagnostic]
    /// All diagnostics as lines.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Errors made of `diagnostics`.
    package init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
