import ArgumentParser
import VerdictEngine

/// Checks of the options that name a file or folder to write.
enum PathOptions {
    /// Refuses an empty path (`--output ""`, a variable that was not set): it would fail
    /// after the last question, or name the folder `/` as a base (`"" + "/ana.json"`).
    static func refuseEmpty(_ options: KeyValuePairs<String, String?>) throws {
        for case let (flag, value?) in options where value.isEmpty {
            throw ValidationError("\(flag): expected a path, found nothing (empty)")
        }
    }

    /// Refuses an output that is one of the files read (the same regular file by any path
    /// or link), before anything is written: it would replace what it is made from.
    static func refuseInputs(_ outputs: [String?], inputs: [String]) throws {
        let read = Set(inputs.filter { FileKind(path: $0) == .file }.compactMap(FileReader.identity(of:)))
        for case let output? in outputs where FileKind(path: output) == .file {
            guard let identity = FileReader.identity(of: output), read.contains(identity) else { continue }
            throw InputError(.cannotWrite, path: output, "cannot write: it is one of the files being read; choose another file")
        }
    }
}
