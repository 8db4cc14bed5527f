import ArgumentParser
import TrustsiteModel

/// `--as-of`, the option of every command that decides which version is in force.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"), help: "Date that decides which version is in force (YYYY-MM-DD; default today).",
        transform: DayArgument.parse)
    var asOf: Day?

    /// The date given, or today.
    var day: Day { asOf ?? .today() }
}
