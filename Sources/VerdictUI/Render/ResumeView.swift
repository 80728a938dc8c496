import VerdictEngine

/// The resume question: what was saved, and the question (its keys are in the footer).
enum ResumeView {
    static func document(_ state: SessionState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        guard let offer = state.resumeOffer else { return body }
        body.addWrapped(offer.summary, width: width)
        body.add(.blank)
        body.add(StyledLine("Resume it?", .title))
        return body
    }
}
