import Foundation
import TrustsiteModel

extension WriteError {
    /// `error` (from Foundation or the system) as a `path: error: …` line: `what` and the system's reason, such as
    /// "Read-only file system", rather than Foundation's own text (which names its error domain).
    public init(_ error: any Error, _ what: String = "cannot write the site", path: String) {
        if let error = error as? WriteError {
            self = error
            return
        }
        self.init(message: "\(what): \(Self.reason(error))", path: path)
    }

    /// The system's reason for `error`: the text of its errno when it has one.
    static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let cocoa = error as? CocoaError, let errno = Self.errno(cocoa.code) { return String(cString: strerror(errno)) }
        return ns.localizedFailureReason ?? "the system refused it (\(ns.domain) \(ns.code))"
    }

    /// The errno a Foundation file error without an underlying one stands for.
    private static func errno(_ code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        case .fileReadTooLarge: return EFBIG
        default: return nil
        }
    }
}
