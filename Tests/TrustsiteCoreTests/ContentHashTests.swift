import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Content hashes are SHA-256 in lowercase hex (FIPS 180-4 test vectors), as versions.json promises.
@Suite struct ContentHashTests {
    @Test func knownVectors() {
        #expect(ContentHash.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
