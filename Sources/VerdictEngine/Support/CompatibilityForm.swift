/// NFKC's compatibility mapping for the characters that pass for letters, digits or spaces in
/// a person's name, so `𝐀𝐧𝐚`, `Ⓐⓝⓐ`, `Ａｎａ` and `Ana` compare equal (``PersonName/key(_:)``).
///
/// Hand-written because nothing this package may link offers NFKC: Swift 6.3's standard
/// library compares strings by canonical equivalence (so `é` and `e` + U+0301 are already
/// equal) and has `Unicode.Scalar.Properties.changesWhenNFKCCaseFolded` but not the mapping;
/// FoundationEssentials has no normalisation; full Foundation (ICU) is kept out of the binary.
///
/// Covered (each mapping checked against Python's `unicodedata.normalize("NFKC", …)`):
/// full-width ASCII and half-width katakana; ligatures (`ﬁ`, `Ĳ`, `ǆ`, `ǉ`); mathematical
/// alphanumerics (U+1D400–1D7FF) and letterlike symbols (`ℍ`, `ℓ`, `ⅅ`); superscripts,
/// subscripts and modifier letters; circled, parenthesized and squared letters and numbers;
/// Roman numerals; Greek symbol variants (`ϐ`, `ϑ`, `µ`). Not covered: Arabic presentation
/// forms, CJK squared words and other forms no one types as a name; compatibility spaces
/// need nothing here, as ``PersonName`` treats every `White_Space` character as a space.
enum CompatibilityForm {
    /// Appends the compatibility form of `scalar` (the scalar itself when it has none).
    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if let folded = fold(scalar.value) { out.append(contentsOf: folded.unicodeScalars) } else { out.append(scalar) }
    }

    /// The compatibility form of `value`, or nil when it is its own.
    static func fold(_ value: UInt32) -> String? {
        switch value {
        case 0..<0xAA: return nil
        case 0xFF01...0xFF5E: return scalar(value - 0xFF01 + 0x21)  // full-width ASCII
        case 0x1D400...0x1D6A3: return letter((value - 0x1D400) % 52)  // 13 math alphabets, A–Z a–z each
        case 0x1D6A4, 0x1D6A5: return value == 0x1D6A4 ? "ı" : "ȷ"
        case 0x1D6A8...0x1D7C9: return nth(mathGreek, (value - 0x1D6A8) % 58)  // 5 Greek alphabets
        case 0x1D7CA, 0x1D7CB: return value == 0x1D7CA ? "Ϝ" : "ϝ"
        case 0x1D7CE...0x1D7FF: return String((value - 0x1D7CE) % 10)  // 5 alphabets of digits
        case 0x2460...0x2473: return String(value - 0x2460 + 1)  // ① … ⑳
        case 0x2474...0x2487: return "(\(value - 0x2474 + 1))"
        case 0x2488...0x249B: return "\(value - 0x2488 + 1)."
        case 0x249C...0x24B5: return "(" + (letter(value - 0x249C + 26) ?? "") + ")"
        case 0x24B6...0x24E9: return letter(value - 0x24B6)  // Ⓐ … ⓩ
        case 0x24EA: return "0"
        case 0x1F110...0x1F129: return "(" + (letter(value - 0x1F110) ?? "") + ")"
        case 0x1F130...0x1F149: return letter(value - 0x1F130)  // squared A–Z
        case 0x2160...0x216F: return roman[Int(value - 0x2160)]
        case 0x2170...0x217F: return roman[Int(value - 0x2170)].lowercased()
        default: break
        }
        if let folded = others[value] { return folded }
        guard let run = runs.last(where: { $0.first <= value }) else { return nil }
        return nth(run.targets, value - run.first).flatMap { $0 == "_" ? nil : $0 }
    }

    // MARK: - Tables

    /// Consecutive code points from `first`, one target scalar each (`_`: none).
    private static let runs: [(first: UInt32, targets: String)] = [
        (0x00B2, "23"), (0x00B9, "1"), (0x00BA, "o"),
        (0x02B0, "hɦjrɹɻʁwy"), (0x02E0, "ɣlsxʕ"),
        (0x03D0, "βθΥΎΫφπ"), (0x03F0, "κρς_Θε"),
        (0x1D2C, "AÆB_DEƎGHIJKLMN_OȢPRTUWaɐɑᴂbdeəɛɜg_kmŋoɔᴖᴗptuᴝɯvᴥβγδφχiruvβγρφχ"),
        (0x2070, "0i__456789+−=()n0123456789+−=()_aeoxəhklmnpst"),
        (0x2102, "C____Ɛ__gHHHhħIILl_N___PQRRR______Z___Z_KÅBC_eEF_Moאבגדi__πγΓΠ∑____Ddeij"),
        (0xFF65, "・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン\u{3099}\u{309A}"),
    ]

    /// Single code points with a form of several scalars, or alone in their block.
    private static let others: [UInt32: String] = [
        0xAA: "a", 0xB5: "μ", 0x132: "IJ", 0x133: "ij", 0x13F: "L·", 0x140: "l·", 0x149: "ʼn", 0x17F: "s", 0x3F9: "Σ",
        0x1C4: "DŽ", 0x1C5: "Dž", 0x1C6: "dž", 0x1C7: "LJ", 0x1C8: "Lj", 0x1C9: "lj", 0x1CA: "NJ", 0x1CB: "Nj", 0x1CC: "nj",
        0x1F1: "DZ", 0x1F2: "Dz", 0x1F3: "dz", 0x2116: "No", 0x2120: "SM", 0x2122: "TM",
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    ]

    private static let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"]

    /// Α–Ω (ϴ as Θ), ∇, α–ω, ∂ and the symbol variants, as each math Greek alphabet orders them.
    private static let mathGreek = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΘΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂εθκφρπ"

    // MARK: - Helpers

    /// `A`–`Z` for 0–25, `a`–`z` for 26–51.
    private static func letter(_ index: UInt32) -> String? {
        scalar(index < 26 ? 0x41 + index : 0x61 + index - 26)
    }

    private static func scalar(_ value: UInt32) -> String? {
        Unicode.Scalar(value).map { String($0) }
    }

    /// The `index`th scalar of `text`, or nil past its end.
    private static func nth(_ text: String, _ index: UInt32) -> String? {
        let scalars = text.unicodeScalars
        guard let position = scalars.index(scalars.startIndex, offsetBy: Int(index), limitedBy: scalars.endIndex),
              position < scalars.endIndex else { return nil }
        return String(scalars[position])
    }
}
