/// Files compiled into the binary from the repository's `worksheets/` and `schemas/`
/// folders (the single source; SwiftPM embeds them at build time).
public enum BundledFiles {
    /// Shipped worksheets: file name and bytes. A test checks this matches `worksheets/`.
    public static let worksheets: [(name: String, bytes: [UInt8])] = [
        ("django-flask-fastapi.yaml", PackageResources.django_flask_fastapi_yaml),
        ("django-vs-flask.yaml", PackageResources.django_vs_flask_yaml),
        ("wakatime-2015.yaml", PackageResources.wakatime_2015_yaml),
    ]

    /// The commented starter worksheet `verdict new` writes (`__ID__`, `__TITLE__` placeholders).
    public static let starterWorksheet: [UInt8] = PackageResources.starter_yaml

    /// JSON Schemas by name (`worksheet`, `result`, `team`, `case`).
    public static let schemas: [String: [UInt8]] = [
        "worksheet": PackageResources.worksheet_schema_json,
        "result": PackageResources.result_schema_json,
        "team": PackageResources.team_schema_json,
        "case": PackageResources.case_schema_json,
    ]
}
