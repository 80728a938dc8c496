import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// Shell completions that call back into the binary (`CompletionKind.custom`): worksheet
/// ids on the search path, and `ID=ANSWER` pairs of the worksheet being answered.
enum CompletionCandidates {
    /// Completes a WORKSHEET argument: ids on the search path (config folders included),
    /// plus worksheet files when the word looks like a path.
    static let worksheets: CompletionKind = .custom { _, _, prefix in worksheetIDs(prefix: prefix) }

    /// Completes `--answer`: every `QUESTION=ANSWER` pair of the worksheet named on the
    /// command line, or of the default worksheet.
    static let answers: CompletionKind = .custom { words, _, prefix in answerPairs(words: words, prefix: prefix) }

    // MARK: - Worksheets

    /// Ids (and, for path-like prefixes, files) starting with `prefix`, sorted.
    static func worksheetIDs(prefix: String, settings: Settings? = try? Settings.load()) -> [String] {
        let prefix = unquote(prefix)
        let catalog = settings?.catalog() ?? WorksheetCatalog.standard()
        var result = Set(catalog.entries().filter { $0.problem == nil }.map(\.id))
        if prefix.contains("/") || prefix.hasPrefix(".") || prefix.hasPrefix("~") {
            result.formUnion(files(matching: prefix))
        }
        return result.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Worksheet files and folders whose path starts with `prefix`.
    private static func files(matching prefix: String) -> [String] {
        let folder = prefix.hasSuffix("/") ? prefix : PathText.parent(prefix)
        let shownFolder = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        let home = ProcessEnvironment.current()["HOME"]
        let diskFolder = folder.isEmpty ? "." : PathText.expandingTilde(folder, home: home)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: diskFolder) else { return [] }
        return names.compactMap { name in
            if FileKind(path: PathText.join(diskFolder, name)) == .folder { return shownFolder + name + "/" }
            return WorksheetCatalog.extensions.contains(PathText.pathExtension(name)) ? shownFolder + name : nil
        }
    }

    // MARK: - Answers

    /// Options whose value is the next word (so that word is not the WORKSHEET argument).
    static let optionsWithValues: Set<String> = [
        "--answer", "--answers", "--format", "--output", "-o", "--name", "--theme", "--worksheet", "--what-if",
    ]
    /// Subcommands that take a WORKSHEET argument.
    static let worksheetCommands: Set<String> = ["run", "score", "meeting"]

    /// `QUESTION=ANSWER` pairs starting with `prefix`, in worksheet order. (bash splits
    /// words at `=`, so there the pairs complete up to the `=`: `--answer ap<TAB>` gives
    /// `api=yes api=no`.)
    static func answerPairs(words: [String], prefix: String, settings: Settings? = try? Settings.load()) -> [String] {
        let prefix = unquote(prefix)
        let reference = worksheetArgument(in: words)
        let catalog = settings?.catalog() ?? WorksheetCatalog.standard()
        guard let worksheet = try? catalog.resolve(reference ?? settings?.worksheet.value) else { return [] }
        let pairs = worksheet.questions.flatMap { question in question.answers.map { "\(question.id)=\($0.id)" } }
        return pairs.filter { $0.hasPrefix(prefix) }
    }

    /// The first positional word after the subcommand, skipping options and their values.
    static func worksheetArgument(in words: [String]) -> String? {
        var index = words.firstIndex { worksheetCommands.contains(unquote($0)) }.map { $0 + 1 } ?? 1
        while index < words.count {
            let word = unquote(words[index])
            if word == "--" { return index + 1 < words.count ? unquote(words[index + 1]) : nil }
            if optionsWithValues.contains(word) {
                index += 2
                continue
            }
            if !word.hasPrefix("-"), !word.isEmpty { return word }
            index += 1
        }
        return nil
    }

    /// A shell word without surrounding quotes (shells pass words verbatim).
    static func unquote(_ word: String) -> String {
        guard word.count >= 2, let first = word.first, first == "\"" || first == "'", word.last == first else {
            return word.hasPrefix("\"") || word.hasPrefix("'") ? String(word.dropFirst()) : word
        }
        return String(word.dropFirst().dropLast())
    }
}
