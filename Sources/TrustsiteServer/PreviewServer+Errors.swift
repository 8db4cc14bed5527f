import Foundation
import NIOCore

extension PreviewServer {
    /// Why the server could not listen on `port`, in words; NIO's own text for a port in use reads
    /// "bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)".
    public static func describe(_ error: any Error, port: Int) -> String {
        let code = (error as? IOError)?.errnoCode
        if code == EADDRINUSE || (code == nil && "\(error)".contains("Address already in use")) {
            return "port \(port) is in use by another program; pick another with --port, or --port 0 for a free one"
        }
        if let code { return String(cString: strerror(code)) }
        return "\(error)"
    }
}
