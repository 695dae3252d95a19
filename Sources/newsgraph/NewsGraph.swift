import ArgumentParser

@main
struct NewsGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "A news intelligence API: entities and relations between countries, from the articles you send.",
        subcommands: [
            ServeCommand.self, ExtractCommand.self, ImportCommand.self, ExportCommand.self, TrainCommand.self,
            TrainParserCommand.self, TrainRelationsCommand.self, ParseCommand.self,
        ]
    )
}
