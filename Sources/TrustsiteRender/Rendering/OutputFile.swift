import TrustsiteModel

/// One output file: its path under the site folder and its bytes.
public struct OutputFile: Sendable {
    /// Relative output path, e.g. `privacy/2024-01-05/index.html`.
    public var path: String
    /// The file's content.
    public var bytes: [UInt8]

    /// A page from text.
    public init(_ path: String, _ text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    /// A page from bytes.
    public init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
