/// Version numbers reported by `verdict --version` and written into result documents.
public enum VerdictVersion {
    /// The tool's semantic version.
    public static let tool = "0.1.0"
    /// The name written as `tool.name` in documents.
    public static let toolName = "verdict"
    /// `--version` text: tool version and the worksheet format version it reads.
    public static var description: String { "verdict \(tool) (worksheet format \(Worksheet.formatVersion))" }
}
