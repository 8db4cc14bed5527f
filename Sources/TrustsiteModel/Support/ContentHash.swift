import Crypto

/// SHA-256 content hashes as hex, for versions.json and cache keys (swift-crypto's, which uses the CPU's SHA
/// instructions: every version file is hashed on every build).
public enum ContentHash {
    /// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
