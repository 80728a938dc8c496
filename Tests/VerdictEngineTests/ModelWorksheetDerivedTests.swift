import Testing
@testable import VerdictEngine

/// ``Worksheet`` keeps its flattened questions, its id index and the compiled form every
/// scorer shares (built once, not once per scorer); each must follow every edit of the
/// options and sections, or a scorer would score a worksheet that no longer exists.
@Suite("Model: a worksheet's derived data follows its edits")
struct ModelWorksheetDerivedTests {
    @Test("edited sections: questions, lookups and the scorer see the new question")
    func sectionsEdited() {
        var sheet = ScoringFixtures.wakatime()
        #expect(sheet.question("late") == nil)
        sheet.sections.append(WorksheetSection(id: "more", title: "More", questions: [
            Question(id: "late", prompt: "Late?", kind: .yesno, weight: 5, answers: [
                Answer(id: "yes", label: "Yes", points: ["flask": 1], reason: "R"),
                Answer(id: "no", label: "No", points: ["django": 1], reason: "R"),
            ]),
        ]))
        #expect(sheet.questions.map(\.id).last == "late")
        #expect(sheet.question("late")?.weight == 5)
        #expect(sheet.section(containing: "late")?.id == "more")
        #expect(sheet.section(containing: "api")?.id == "all")
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["late": "yes"]))
        #expect(report.scores.first { $0.option == "flask" }?.points == 5)
        #expect(report.visibleQuestions.contains("late"))

        sheet.sections[1].questions[0].answers[0].points = ["django": 2]
        let rescored = Scorer(worksheet: sheet).score(Responses(answers: ["late": "yes"]))
        #expect(rescored.scores.first { $0.option == "django" }?.points == 10)
    }

    @Test("edited options: the scorer scores only the options left")
    func optionsEdited() {
        var sheet = ScoringFixtures.wakatime()
        sheet.options.removeAll { $0.id == "flask" }
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["api": "no"]))
        #expect(report.scores.map(\.option) == ["django"])
        #expect(SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: ["api": "no"])).pivotal.allSatisfy {
            $0.winner != "flask"
        })
    }

    @Test("equal worksheets stay equal and hash alike, however they were built")
    func equality() {
        var edited = ScoringFixtures.wakatime()
        edited.sections[0].questions[0].prompt = "Changed?"
        edited.sections[0].questions[0].prompt = ScoringFixtures.wakatime().sections[0].questions[0].prompt
        #expect(edited == ScoringFixtures.wakatime())
        #expect(Set([edited, ScoringFixtures.wakatime()]).count == 1)
        edited.sections[0].questions[0].weight = 3
        #expect(edited != ScoringFixtures.wakatime())
    }
}
