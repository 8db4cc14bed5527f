import ArgumentParser
import TrustsiteCore
import TrustsiteModel
import TrustsiteRender

/// The trustsite command line: a thin shell over TrustsiteCore.
@main
struct Trustsite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish versioned policy statements as a static Trust Center site.",
        version: ProgramVersion.description,
        subcommands: [Init.self, New.self, Build.self, Check.self, Diff.self, Serve.self]
    )
}
