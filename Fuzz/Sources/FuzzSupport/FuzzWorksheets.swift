import VerdictEngine

/// The shipped worksheets, loaded once per fuzzing process.
public enum FuzzWorksheets {
    /// The default worksheet (`django-vs-flask`); the harnesses read answers against it.
    public static let standard: Worksheet = load(WorksheetCatalog.defaultWorksheetID + ".yaml")

    /// Loads one bundled worksheet by file name; a failure here is a broken build.
    private static func load(_ name: String) -> Worksheet {
        guard let file = BundledFiles.worksheets.first(where: { $0.name == name }) else {
            fatalError("no bundled worksheet \(name)")
        }
        do {
            return try WorksheetLoader().load(bytes: file.bytes, file: name, origin: "bundled")
        } catch {
            fatalError("bundled worksheet \(name) does not load: \(error)")
        }
    }
}
